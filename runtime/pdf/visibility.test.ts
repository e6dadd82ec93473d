/** Paper and visibility rules: conditions printed in words, hidden values ignored; notes as text. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument, PDFTextField } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { fieldName, type PdfForm, readPdf, renderPdf } from '.'

const form: PdfForm = {
  title: '显示条件测试申请表',
  bundleName: '显示条件测试',
  slug: 'vis',
  version: 1,
  hash: 'abc123',
  date: '2026-11-28',
  materials: [],
  schema: {
    type: 'object',
    properties: {
      project: {
        type: 'object',
        title: '项目信息',
        required: ['isGov', 'fundDoc'],
        properties: {
          hint: {
            type: 'null',
            title: '填表须知',
            description: '政府投资项目须填写资金文号。\n其他项目不填。',
          },
          isGov: { type: 'boolean', title: '是否政府投资' },
          fundDoc: {
            type: 'string',
            title: '资金文号',
            maxLength: 10,
            'x-visible-when': { q: 'project.isGov', eq: true },
          },
          units: {
            type: 'array',
            title: '参建单位',
            items: {
              type: 'object',
              properties: {
                role: {
                  type: 'string',
                  title: '单位类型',
                  enum: ['d', 'c'],
                  enumNames: ['设计', '施工'],
                },
                licence: {
                  type: 'string',
                  title: '资质证书号',
                  'x-visible-when': { q: 'project.units[].role', eq: 'c' },
                },
              },
            },
          },
        },
      },
    },
  },
  uiSchema: { project: { hint: { 'ui:field': 'note' } } },
}

const text = (bytes: Uint8Array): string => {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-vis-'))
  try {
    writeFileSync(join(dir, 'f.pdf'), bytes)
    return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'f.pdf'), '-'], {
      encoding: 'utf8',
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('visibility rules and notes on paper', () => {
  it('prints the condition under the label and a note as text without a field', async () => {
    const bytes = await renderPdf(form)
    const flat = text(bytes).replace(/\s+/g, '')
    expect(flat).toContain('仅当“是否政府投资”为“是”时填写')
    expect(flat).toContain('资质证书号：仅当“单位类型”为“施工”时填写')
    expect(flat).toContain('填表须知政府投资项目须填写资金文号。其他项目不填。')
    expect(flat).not.toContain('此项无需填写')
    const names = (await PDFDocument.load(bytes))
      .getForm()
      .getFields()
      .map((f) => f.getName())
    expect(names).not.toContain(fieldName(['project', 'hint']))
    expect(names).toContain(fieldName(['project', 'fundDoc']))
  })

  it('does not prefill hidden values, and reading back ignores what was written into hidden fields', async () => {
    const data = {
      project: { isGov: false, fundDoc: '不应打印的文号', units: [{ role: 'd', licence: 'L-1' }] },
    }
    const bytes = await renderPdf(form, data)
    expect(text(bytes)).not.toContain('不应打印的文号')
    const doc = await PDFDocument.load(bytes)
    const fields = doc.getForm()
    // the applicant writes into fields the answers hide (too long a number, even)
    const fill = (segments: (string | number)[], value: string) => {
      const f = fields.getField(fieldName(segments))
      if (f instanceof PDFTextField) f.setText(value)
    }
    fill(['project', 'fundDoc'], 'FUND-DOC-TOO-LONG-123')
    fill(['project', 'units', 0, 'licence'], 'L-9')
    const read = await readPdf(await doc.save({ updateFieldAppearances: false }), form)
    expect(read.data).toEqual({ project: { isGov: false, units: [{ role: 'd' }] } })
    expect(read.errors).toEqual([])
  })
})
