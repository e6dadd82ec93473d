// PDF figures for the largest form the seed templates make (all seed items merged into one
// bundle): warm CPU per PDF, cold first PDF in a fresh process, size, memory over 1,000 PDFs, and
// a baseline from the same run: a bare pdf-lib document with the same text and no fields.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { PDFDocument } from 'pdf-lib'
import { merge } from '../runtime/core/merge'
import { dataArb } from '../runtime/core/merge/testing/arbitrary-data'
import type { Item } from '../runtime/core/types'
import { layoutForm, type PdfForm, pdfNormalForm, renderPdf } from '../runtime/pdf'
import { embedCjkFont } from '../runtime/pdf/fonts/cjk-embedder'
import { fontMeasure } from '../runtime/pdf/fonts/measure'
import { PAGE } from '../runtime/pdf/layout/geometry'
import { seedPackage } from '../templates'
import { eLicenseLibrary } from '../templates/e-licenses'
import { elements } from '../templates/elements'

/** The merged form of the given seed items (all of them by default) with generated data. */
function bigForm(codes?: string[]): { form: PdfForm; data: unknown; leaves: number } {
  const dept = new Map(seedPackage.departments.map((d) => [d.code, d.name]))
  const items: Item[] = seedPackage.items
    .filter((i) => !codes || codes.includes(i.code))
    .map(({ departmentCode, ...i }) => ({ ...i, department: dept.get(departmentCode) ?? '' }))
  const m = merge(items, elements, { eLicenses: eLicenseLibrary })
  const form: PdfForm = {
    title: '全部事项合并申请表（基准）',
    bundleName: '基准：全部种子事项',
    slug: 'bench-all',
    version: 1,
    hash: 'bench',
    number: 'XJ20260115000001',
    date: '2026-01-15',
    schema: m.schema,
    uiSchema: m.uiSchema,
    materials: m.materials,
  }
  // Realistic content; validity does not matter to the renderer (and filtering would take long).
  const arb = dataArb(m.schema).map((d) => pdfNormalForm(m.schema, m.uiSchema, d) ?? {})
  const [data] = fc.sample(arb, { numRuns: 1, seed: 1 })
  const leaves =
    JSON.stringify(m.schema).match(/"type":"(string|number|integer|boolean)"/g)?.length ?? 0
  return { form, data, leaves }
}

/** The same text, drawn with pdf-lib's drawText and the same (parsed once) font, no fields. */
async function bare(form: PdfForm, data: unknown): Promise<Uint8Array> {
  const measure = fontMeasure()
  const doc = await PDFDocument.create({ updateMetadata: false })
  const font = embedCjkFont(doc)
  for (const p of layoutForm(form, data, measure)) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    for (const b of p.boxes) {
      if (b.kind === 'text')
        page.drawText(b.text, { x: b.x, y: PAGE.height - b.y, size: b.size, font })
      if (b.kind === 'field' && b.field.type === 'text' && b.field.value)
        page.drawText(b.field.value.replace(/\s+/g, ' ').slice(0, 200), {
          x: b.x,
          y: PAGE.height - b.y - 12,
          size: 8,
          font,
        })
    }
  }
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY })
}

const cpu = () => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

async function warm(
  fn: () => Promise<Uint8Array>,
  n: number,
): Promise<{ ms: number; bytes: number }> {
  for (let i = 0; i < 5; i++) await fn()
  const start = cpu()
  let bytes = 0
  for (let i = 0; i < n; i++) bytes = (await fn()).length
  return { ms: (cpu() - start) / n, bytes }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`

/** Child modes: `--cold` (one PDF in a fresh process), `--memory N` (N PDFs, memory after 10 and N). */
async function child(mode: string, n: number) {
  const t0 = performance.now()
  const { form, data } = bigForm()
  const t1 = performance.now()
  if (mode === '--cold') {
    await renderPdf(form, data)
    console.log(JSON.stringify({ setupMs: t1 - t0, firstMs: performance.now() - t1 }))
    return
  }
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {})
  const snap = () => {
    gc()
    const m = process.memoryUsage()
    return { rss: m.rss, heap: m.heapUsed }
  }
  for (let i = 0; i < 10; i++) await renderPdf(form, data)
  const at10 = snap()
  for (let i = 10; i < n; i++) await renderPdf(form, data)
  console.log(JSON.stringify({ at10, atN: snap() }))
}

function runChild(args: string[]): any {
  const file = fileURLToPath(import.meta.url)
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', file, ...args], {
    encoding: 'utf8',
  })
  return JSON.parse(out.trim().split('\n').at(-1)!)
}

export async function benchPdf(): Promise<string[]> {
  const { form, data, leaves } = bigForm()
  const prefilled = await warm(() => renderPdf(form, data), 40)
  const blank = await warm(() => renderPdf({ ...form, number: undefined }), 40)
  const baseline = await warm(() => bare(form, data), 40)
  const doc = await PDFDocument.load(await renderPdf(form, data))
  const fields = doc.getForm().getFields().length
  const largest = seedPackage.bundles.find((b) => b.slug === 'qiye-kaiban')!
  const real = bigForm(largest.items)
  const realRun = await warm(() => renderPdf(real.form, real.data), 40)
  const realPages = (await PDFDocument.load(await renderPdf(real.form, real.data))).getPageCount()
  const cold = runChild(['--cold'])
  const n = Number(process.env.PDF_BENCH_N ?? 1000)
  const mem = runChild(['--memory', String(n)])
  return [
    `form: all ${seedPackage.items.length} seed items merged: ${leaves} schema leaves, ${fields} AcroForm fields, ${doc.getPageCount()} pages (prefilled)`,
    `  prefilled  warm ${prefilled.ms.toFixed(0)} ms CPU/PDF, ${(prefilled.bytes / 1024).toFixed(0)} KB`,
    `  blank      warm ${blank.ms.toFixed(0)} ms CPU/PDF, ${(blank.bytes / 1024).toFixed(0)} KB`,
    `  baseline   warm ${baseline.ms.toFixed(0)} ms CPU/PDF, ${(baseline.bytes / 1024).toFixed(0)} KB (bare pdf-lib: same text, no fields)`,
    `largest seed bundle (${largest.slug}, no situation applied, ${real.leaves} leaves, ${realPages} pages): prefilled warm ${realRun.ms.toFixed(0)} ms CPU/PDF, ${(realRun.bytes / 1024).toFixed(0)} KB`,
    `  cold       ${cold.firstMs.toFixed(0)} ms for the first PDF in a fresh process (+ ${cold.setupMs.toFixed(0)} ms to merge the bench form)`,
    `  memory     after 10 PDFs: RSS ${mb(mem.at10.rss)}, heap ${mb(mem.at10.heap)}; after ${n}: RSS ${mb(mem.atN.rss)}, heap ${mb(mem.atN.heap)}`,
  ]
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2]?.startsWith('--')) {
  await child(process.argv[2], Number(process.argv[3] ?? 1000))
}
