import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../../runtime/core/types'
import { type PdfForm, pdfNormalForm, readPdf, renderPdf } from '../../runtime/pdf'
import { pdfText, qpdfCheck } from './tools'

const HOSTILE = [
  ') /JS (app.alert(1)',
  '>> /AA << /O << /S /JavaScript /JS (app.alert(2)) >> >>',
  '<script>alert(3)</script>',
  '%PDF-1.7\n1 0 obj << /Type /Catalog /OpenAction 2 0 R >> endobj',
  'endstream endobj trailer << /Root 1 0 R >>',
  '\u202eevil\u202c 右到左 \u2066隔离\u2069',
  'tab\tnul\u0000bell\u0007 esc\u001b del\u007f',
  '\\) \\\\ ( ( unbalanced',
  '𠀀𪚥 emoji 😀 and lone \ud800 surrogate',
]

const joined = HOSTILE.join(' | ')

const schema: JsonSchema = {
  type: 'object',
  properties: {
    s: {
      type: 'object',
      title: `节${HOSTILE[0]}`,
      description: joined,
      properties: Object.fromEntries(
        HOSTILE.map((h, i) => [
          `f${i}`,
          {
            type: 'string',
            title: `字段 ${h}`,
            description: h,
            ...(i === 0 ? { enum: HOSTILE } : {}),
          },
        ]),
      ),
    },
    t: {
      type: 'array',
      title: HOSTILE[2],
      items: { type: 'object', properties: { a: { type: 'string', title: HOSTILE[1] } } },
    },
  },
}

const form: PdfForm = {
  title: `申请表 ${HOSTILE[0]} ${HOSTILE[2]}`,
  bundleName: HOSTILE[3]!,
  slug: 'hostile',
  version: 1,
  hash: 'h',
  number: 'XJ1) /JS (x',
  date: '2026-01-15',
  schema,
  uiSchema: { s: { f1: { 'ui:help': HOSTILE[1] } } },
  materials: [
    {
      key: 'm',
      name: HOSTILE[0]!,
      form: 'copy',
      copies: 1,
      requirement: 'required',
      note: HOSTILE[2],
      items: [],
      exempt: false,
    },
  ],
}

const data = {
  s: Object.fromEntries(HOSTILE.map((h, i) => [`f${i}`, h])),
  t: HOSTILE.map((h) => ({ a: h })),
}

/** Every name used as a dictionary key or name object, in the uncompressed file. */
function decompressed(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-hostile-'))
  try {
    writeFileSync(join(dir, 'in.pdf'), bytes)
    execFileSync('qpdf', [
      '--qdf',
      '--object-streams=disable',
      join(dir, 'in.pdf'),
      join(dir, 'out.pdf'),
    ])
    return readFileSync(join(dir, 'out.pdf'), 'latin1')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('user text is text', () => {
  it('hostile titles, help, options and values add no action, script or structure', async () => {
    const bytes = await renderPdf(form, data)
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
    ]) {
      expect(raw.includes(key), key).toBe(false)
    }
    expect(raw.match(/\/Type \/Catalog/g)).toHaveLength(1)
    const text = pdfText(bytes)
    expect(text).toContain('app.alert(1)')
    expect(text).toContain('<script>alert(3)</script>')
    expect(text).not.toContain('\u202e')
  })

  it('hostile values read back exactly', async () => {
    const back = await readPdf(await renderPdf(form, data), form)
    expect(back.data).toEqual(pdfNormalForm(schema, form.uiSchema, data))
    expect(JSON.stringify(back.data)).toContain('\ufffd surrogate')
  })
})
