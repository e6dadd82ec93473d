/**
 * The raw values of a PDF's AcroForm fields, keyed by data path segments: text, a chosen option
 * index (radio groups, dropdowns) or a check state. The document's own fields are left out.
 */
import {
  PDFCheckBox,
  type PDFDocument,
  PDFDropdown,
  PDFHexString,
  PDFName,
  PDFRadioGroup,
  PDFString,
  PDFTextField,
} from 'pdf-lib'
import { pathOf } from '../field-name'

export type Raw = { text: string } | { index: number } | { checked: boolean }

export const rawKey = (segments: (string | number)[]): string => segments.map(String).join('\u0000')

const decode = (v: unknown): string | undefined =>
  v instanceof PDFHexString || v instanceof PDFString ? v.decodeText() : undefined

function dropdownIndex(field: PDFDropdown): number | undefined {
  const v = field.acroField.dict.lookup(PDFName.of('V'))
  const value = decode(Array.isArray(v) ? v[0] : v)
  if (value === undefined || value === '') return undefined
  const options = field.acroField.getOptions()
  const byExport = options.findIndex((o) => o.value.decodeText() === value)
  if (byExport >= 0 && /^\d+$/.test(value)) return Number(value)
  const byDisplay = options.findIndex((o) => (o.display ?? o.value).decodeText() === value)
  return byDisplay >= 0 ? byDisplay : undefined
}

export function rawFields(doc: PDFDocument): Map<string, Raw> {
  const out = new Map<string, Raw>()
  for (const field of doc.getForm().getFields()) {
    const segments = pathOf(field.getName())
    if (!segments) continue
    const key = rawKey(segments)
    if (field instanceof PDFTextField) {
      const text = decode(field.acroField.dict.lookup(PDFName.of('V'))) ?? ''
      out.set(key, { text: text.replace(/\r\n?/g, '\n') })
    } else if (field instanceof PDFDropdown) {
      const index = dropdownIndex(field)
      if (index !== undefined) out.set(key, { index })
    } else if (field instanceof PDFRadioGroup) {
      const v = field.acroField.getValue()
      const name = v instanceof PDFName ? v.decodeText() : 'Off'
      if (/^\d+$/.test(name)) out.set(key, { index: Number(name) })
    } else if (field instanceof PDFCheckBox) {
      out.set(key, { checked: field.isChecked() })
    }
  }
  return out
}
