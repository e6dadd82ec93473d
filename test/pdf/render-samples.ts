// Renders a prefilled PDF of every seed bundle (and blank ones of two) as PNG pages into docs/img/:
//   npx tsx test/pdf/render-samples.ts [outDir]
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderPdf } from '../../runtime/pdf'
import { sampleData } from './sample-data'
import { templateForms } from './template-forms'

const out = process.argv[2] ?? 'docs/img'
const tmp = process.argv[3] ?? '/tmp/yzb-pdf-samples'
mkdirSync(out, { recursive: true })
mkdirSync(tmp, { recursive: true })
const BLANK = ['qiye-kaiban', 'shigong-xuke']
for (const { slug, form } of templateForms()) {
  const short = slug.split('-')[0]
  const files: Record<string, Uint8Array> = {
    filled: await renderPdf({ ...form, number: 'XJ20260115000123' }, sampleData(form.schema)),
  }
  if (BLANK.includes(slug)) files.blank = await renderPdf(form)
  for (const [kind, bytes] of Object.entries(files)) {
    const pdf = join(tmp, `pdf-${short}-${kind}.pdf`)
    writeFileSync(pdf, bytes)
    execFileSync('pdftoppm', ['-r', '60', '-png', pdf, join(out, `pdf-${short}-${kind}`)])
    console.log(pdf, bytes.length)
  }
}
