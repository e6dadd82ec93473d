import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { merge } from '../../runtime/core/merge'
import type { Item } from '../../runtime/core/types'
import { type GuideDoc, layoutGuide, type Page, renderGuide } from '../../runtime/pdf'
import { embedCjkFont } from '../../runtime/pdf/fonts/cjk-embedder'
import { cjkFont } from '../../runtime/pdf/fonts/load-font'
import { fontMeasure } from '../../runtime/pdf/fonts/measure'
import { CONTENT } from '../../runtime/pdf/layout/geometry'
import { seedPackage } from '../../templates'
import { eLicenseLibrary } from '../../templates/e-licenses'
import { elements } from '../../templates/elements'
import { qpdfCheck } from './tools'

/** The seed bundles as published versions would carry them (merged, not tailored). */
function seedGuides(): GuideDoc[] {
  const departments = new Map(seedPackage.departments.map((d) => [d.code, d.name]))
  const items = new Map<string, Item>(
    seedPackage.items.map(({ departmentCode, ...i }) => [
      i.code,
      { ...i, department: departments.get(departmentCode) ?? departmentCode },
    ]),
  )
  return seedPackage.bundles.map((b) => {
    const members = b.items.map((c) => items.get(c)!)
    const merged = merge(members, elements, {
      bindings: b.bindings,
      overrides: b.overrides,
      eLicenses: eLicenseLibrary,
    })
    return {
      slug: b.slug,
      version: 1,
      hash: `test-${b.slug}`,
      name: b.name,
      leadDepartment: departments.get(b.leadDepartmentCode) ?? '',
      date: '2026-01-15',
      items: members.map((m) => ({ code: m.code, name: m.name, department: m.department })),
      materials: merged.materials,
      situations: b.situations,
      rules: b.rules,
      guide: b.guide,
    }
  })
}

function withPdf<T>(bytes: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-guide-'))
  try {
    writeFileSync(join(dir, 'g.pdf'), bytes)
    return fn(join(dir, 'g.pdf'), dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** pdftotext in content order (-raw): a wrapped table cell reads as one run. */
const rawText = (bytes: Uint8Array): string =>
  withPdf(bytes, (p) =>
    execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', p, '-'], { encoding: 'utf8' }),
  )

/** Without any whitespace, so that text wrapped across lines still matches. */
const squeeze = (s: string): string => s.replace(/\s+/g, '')

const HEADINGS = [
  '一、事项名称与编码',
  '二、实施主体与联办部门',
  '三、服务对象',
  '四、设定依据',
  '五、受理条件',
  '六、申请材料',
  '七、办理流程',
  '八、办理时限',
  '九、收费',
  '十、办理地点、时间与方式',
  '十一、咨询与投诉',
  '十二、中介服务',
  '十三、办理结果',
  '十四、情形引导',
  '十五、常见问题',
]

/** Every box of the body stays inside the content frame (the first four are header and footer). */
function outside(pages: Page[]): string[] {
  const measure = fontMeasure()
  const right = CONTENT.x + CONTENT.width
  const bad: string[] = []
  pages.forEach((p, n) => {
    for (const b of p.boxes.slice(4)) {
      const where = `page ${n + 1} ${JSON.stringify(b).slice(0, 120)}`
      if (b.kind === 'text') {
        // closing punctuation may hang one character past the edge (标点悬挂)
        if (b.x < CONTENT.x - 0.5 || b.x + measure(b.text, b.size) > right + b.size + 0.5)
          bad.push(where)
        if (b.y < CONTENT.top || b.y > CONTENT.bottom + 0.5) bad.push(where)
      } else if (b.kind === 'rect') {
        if (b.x < CONTENT.x - 0.5 || b.x + b.w > right + 0.5) bad.push(where)
        if (b.y < CONTENT.top - 0.5 || b.y + b.h > CONTENT.bottom + 0.5) bad.push(where)
      } else if (b.kind === 'line') {
        for (const [x, y] of [
          [b.x1, b.y1],
          [b.x2, b.y2],
        ] as const)
          if (
            x < CONTENT.x - 0.5 ||
            x > right + 0.5 ||
            y < CONTENT.top - 0.5 ||
            y > CONTENT.bottom + 0.5
          )
            bad.push(where)
      }
    }
  })
  return bad
}

describe('办事指南 PDF of every seed bundle', () => {
  const guides = seedGuides()
  it.each(guides.map((g) => [g.slug, g] as const))(
    '%s: headings, materials, steps, limits, fee extract',
    async (_, doc) => {
      const bytes = await renderGuide(doc)
      expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')
      const pageCount = (await PDFDocument.load(bytes)).getPageCount()
      expect(pageCount).toBeGreaterThan(0)
      const text = rawText(bytes)
      const flat = squeeze(text)
      expect(flat).toContain(squeeze(`${doc.name} 办事指南`))
      for (const h of HEADINGS) expect(flat, h).toContain(h)
      for (const m of doc.materials) expect(flat, m.name).toContain(squeeze(m.name))
      for (const s of doc.guide.process ?? []) expect(flat, s.title).toContain(squeeze(s.title))
      for (const i of doc.items) expect(flat, i.code).toContain(i.code)
      expect(flat).toContain(squeeze(doc.guide.fee || '不收费'))
      expect(flat).toContain(`法定办结时限：${doc.guide.timeLimit!.legal}个工作日`)
      expect(flat).toContain(`承诺办结时限：${doc.guide.timeLimit!.promised}个工作日`)
      expect(text).toContain(`第 1 页 共 ${pageCount} 页`)
      expect(text).toContain(`第 ${pageCount} 页 共 ${pageCount} 页`)
      expect(outside(layoutGuide(doc, fontMeasure()))).toEqual([])
    },
  )

  it('draws parallel steps side by side, no two flowchart boxes overlapping', () => {
    const doc = guides.find((g) => g.slug === 'qiye-kaiban')!
    const pages = layoutGuide(doc, fontMeasure())
    const steps = pages.flatMap((p) =>
      p.boxes.filter((b) => b.kind === 'rect' && b.radius === 4),
    ) as { x: number; y: number; w: number; h: number }[]
    expect(steps).toHaveLength(doc.guide.process!.length)
    const parallel = doc.guide.process!.filter((s) => s.parallel).length
    const rows = new Map<number, number>()
    for (const s of steps) rows.set(Math.round(s.y), (rows.get(Math.round(s.y)) ?? 0) + 1)
    expect(Math.max(...rows.values())).toBe(parallel)
    for (const a of steps)
      for (const b of steps)
        if (a !== b)
          expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(
            true,
          )
  })

  it('prints 「不收费」 for an empty fee and 「—」 for a guide without its elements', async () => {
    const doc = { ...guides[0]!, guide: { fee: '' } }
    const flat = squeeze(rawText(await renderGuide(doc)))
    expect(flat).toContain('九、收费不收费')
    expect(flat).toContain('服务对象—')
    expect(flat).toContain('本一件事不涉及中介服务')
  })
})

const LONG = `https://example.com/${'A'.repeat(2500)}`
const HOSTILE = [
  ') /JS (app.alert(1)',
  '>> /AA << /O << /S /JavaScript /JS (app.alert(2)) >> >>',
  '<script>alert(3)</script>',
  '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj',
  'endstream endobj trailer << /Root 1 0 R >>',
  '\\) \\\\ ( ( unbalanced /Launch /URI (file:///etc/passwd)',
  '\u202eevil\u202c tab\tnul\u0000 esc\u001b',
  '𠀀𪚥 emoji 😀🚀 and lone \ud800 surrogate',
  LONG,
]
const h = (i: number) => HOSTILE[i % HOSTILE.length]!

function hostileGuide(): GuideDoc {
  const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i))
  return {
    slug: 'hostile',
    version: 1,
    hash: 'h) /JS (x',
    name: `${h(0)} ${h(2)} ${LONG}`,
    leadDepartment: h(1),
    date: '2026-01-15',
    items: many(4, (i) => ({ code: h(i + 3), name: h(i), department: h(i + 1) })),
    materials: many(9, (i) => ({
      key: `m${i}`,
      name: h(i),
      form: 'copy' as const,
      copies: 1,
      requirement: 'required' as const,
      source: h(i + 1),
      eLicense: h(i + 2),
      note: h(i + 4),
      items: [h(i + 3)],
      exempt: i % 2 === 0,
    })),
    situations: [
      {
        id: 'q',
        title: h(0),
        kind: 'single',
        options: [
          { value: 'a', label: h(1) },
          { value: 'b', label: LONG },
        ],
        help: h(2),
      },
      {
        id: 'r',
        title: LONG,
        kind: 'multiple',
        options: [{ value: 'x', label: h(7) }],
        when: { q: 'q', eq: 'a' },
      },
    ],
    rules: [
      { target: { type: 'material', id: 'm1' }, when: { q: 'q', eq: 'b' } },
      {
        target: { type: 'item', id: h(3) },
        when: { any: [{ q: 'q', eq: 'a' }, { not: { q: 'r', answered: true } }] },
      },
    ],
    guide: {
      implementer: h(0),
      jointDepartments: HOSTILE,
      targets: LONG,
      basis: HOSTILE,
      conditions: HOSTILE.join('\n'),
      process: many(11, (i) => ({
        title: i === 4 ? LONG : h(i),
        department: h(i + 1),
        days: i,
        description: h(i + 2),
        ...(i >= 2 && i < 9 ? { parallel: 'p' } : {}),
      })),
      timeLimit: { legal: 20, promised: 5 },
      fee: h(1),
      location: h(2),
      hours: h(3),
      window: h(4),
      onlineUrl: 'javascript:app.alert(4)',
      visits: 1,
      consultPhone: h(5),
      complaintPhone: h(6),
      intermediaries: many(3, (i) => ({
        name: h(i),
        basis: h(i + 1),
        required: i === 0,
        note: h(i + 2),
      })),
      result: { name: h(7), sampleUrl: 'javascript:app.alert(5)' },
      faq: many(5, (i) => ({ q: h(i), a: h(i + 3) })),
    },
  }
}

/** The file with object streams unpacked and streams decompressed (what a scanner sees). */
function decompressed(bytes: Uint8Array): string {
  return withPdf(bytes, (p, dir) => {
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', p, join(dir, 'out.pdf')])
    return readFileSync(join(dir, 'out.pdf'), 'latin1')
  })
}

describe('user text in the 办事指南 is text', () => {
  it('hostile strings in every slot add no action, script or structure, and stay on the page', async () => {
    const doc = hostileGuide()
    const bytes = await renderGuide(doc)
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')
    const raw = decompressed(bytes)
    for (const key of [
      '/JS',
      '/JavaScript',
      '/AA',
      '/OpenAction',
      '/Launch',
      '/URI',
      '/SubmitForm',
      '/S /',
    ])
      expect(raw.includes(key), key).toBe(false)
    expect(raw.match(/\/Type \/Catalog/g)).toHaveLength(1)
    // pdf-lib writes an empty /Annots per page: no link, no widget, nothing clickable
    expect(raw).not.toMatch(/\/Annots \[\s*[^\]\s]/)
    expect(raw).not.toMatch(/\/Subtype \/(Link|Widget)/)
    const text = rawText(bytes)
    expect(text).toContain('<script>alert(3)</script>')
    expect(text).toContain('javascript:app.alert(4)')
    expect(text).not.toContain('\u202e')
    expect(outside(layoutGuide(doc, fontMeasure()))).toEqual([])
  })

  it('a guide of the wrong shape prints what it can instead of failing', async () => {
    const doc = {
      ...hostileGuide(),
      materials: [null, 7, { name: 42, copies: -1, form: 'scroll' }],
      situations: [{ options: 'no' }],
      rules: [{ target: null }, 'x'],
      guide: {
        process: [null, { title: { a: 1 }, days: 'three' }],
        basis: '《一部法》',
        faq: 'x',
        timeLimit: null,
      },
    } as unknown as GuideDoc
    const flat = squeeze(rawText(await renderGuide(doc)))
    expect(flat).toContain('《一部法》')
    expect(flat).toContain('42')
  })
})

describe('the embedded font subset', () => {
  it('keeps every glyph outline in a small document (glyph data under 64 KB: short loca)', async () => {
    const text = '一件事测试办事指南第1版，AB(x)'
    const doc = await PDFDocument.create()
    const font = embedCjkFont(doc)
    const hex = font.encodeText(text).toString().slice(1, -1)
    const ids = hex.match(/.{4}/g)!.map((h) => Number.parseInt(h, 16))
    doc.addPage().drawText('x', { font, size: 1 })
    const saved = await PDFDocument.load(await doc.save())
    let file: Uint8Array | undefined
    for (const [, obj] of saved.context.enumerateIndirectObjects()) {
      const ref = obj instanceof PDFDict ? obj.get(PDFName.of('FontFile2')) : undefined
      const stream = ref ? saved.context.lookup(ref) : undefined
      if (stream instanceof PDFRawStream) file = decodePDFRawStream(stream).decode()
    }
    const subset = fontkit.create(file! as Buffer) as unknown as {
      head: { indexToLocFormat: number }
      getGlyph(id: number): { path: { toSVG(): string } }
    }
    expect(subset.head.indexToLocFormat).toBe(0)
    const original = cjkFont().font
    ;[...text].forEach((ch, i) => {
      const want = original.glyphForCodePoint(ch.codePointAt(0)!).path.toSVG()
      expect(subset.getGlyph(ids[i]!).path.toSVG(), ch).toBe(want)
    })
  })
})
