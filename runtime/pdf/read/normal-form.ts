/**
 * The normal form of data on paper: what a PDF can say back. Empty strings, arrays and objects
 * are absent (an empty box cannot tell them from "not given") and a multi-select lists its
 * choices in option order (check boxes carry no order). The read-back law holds for data in
 * this form: readPdf(renderPdf(form, d)).data equals d.
 */
import { displayOrder } from '../../core/diff/display-order'
import type { JsonSchema } from '../../core/types'
import { asRecord, choicesOf, nodeKind } from '../layout/classify'
import { wellFormed } from '../text/printable'

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0)

export function pdfNormalForm(s: JsonSchema, ui: unknown, value: unknown): unknown {
  if (isEmpty(value)) return undefined
  const kind = nodeKind(s, ui)
  if (kind === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    const props = s.properties ?? {}
    const out: Record<string, unknown> = {}
    for (const key of displayOrder(Object.keys(props), asRecord(ui)['ui:order'])) {
      if (!Object.hasOwn(value, key)) continue
      const v = pdfNormalForm(
        props[key] as JsonSchema,
        asRecord(ui)[key],
        (value as Record<string, unknown>)[key],
      )
      if (v !== undefined) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  if ((kind === 'table' || kind === 'list') && Array.isArray(value)) {
    const rows = value
      .map((row) => pdfNormalForm(s.items as JsonSchema, asRecord(ui).items, row))
      .filter((r) => r !== undefined)
    return rows.length ? rows : undefined
  }
  if (kind === 'multi' && Array.isArray(value)) {
    const ch = choicesOf(s.items as JsonSchema)
    if (!ch) return value
    const key = (v: unknown) => JSON.stringify(v)
    const order = new Map(ch.values.map((v, i) => [key(v), i]))
    return [...value].sort((a, b) => (order.get(key(a)) ?? 0) - (order.get(key(b)) ?? 0))
  }
  if (kind === 'file' || kind === 'none') return undefined
  return typeof value === 'string' ? wellFormed(value).replace(/\r\n?/g, '\n') : value
}
