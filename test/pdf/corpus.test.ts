import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { resolveRefs } from '../../runtime/core/schema'
import type { JsonSchema } from '../../runtime/core/types'
import { type PdfForm, readPdf, renderPdf } from '../../runtime/pdf'
import { pdfText, qpdfCheck } from './tools'

const DIR = new URL('../fixtures/rjsf-samples/', import.meta.url)
const samples = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'index.json')
  .map((f) => ({ file: f, ...JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) }))

const resolved = (s: JsonSchema): JsonSchema => {
  try {
    return resolveRefs(s)
  } catch {
    return s
  }
}

describe('rjsf playground corpus', () => {
  it.each(samples)('$file yields a valid PDF, blank and with its formData', async (sample) => {
    const form: PdfForm = {
      title: String(sample.name),
      bundleName: String(sample.name),
      slug: 'rjsf',
      version: 1,
      hash: 'corpus',
      date: '2026-01-15',
      schema: resolved(sample.schema),
      uiSchema: sample.uiSchema ?? {},
      materials: [],
    }
    for (const data of [undefined, sample.formData]) {
      const bytes = await renderPdf(form, data)
      expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')
      expect(pdfText(bytes)).toContain('申请人（签字/盖章）')
      const back = await readPdf(bytes, form)
      expect(Array.isArray(back.errors)).toBe(true)
    }
  })
})
