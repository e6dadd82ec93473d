/**
 * AcroForm field names are concrete data paths (`applicant.uscc`, `rows.0.name`): PDF splits a
 * fully qualified name at dots into a field hierarchy, which mirrors the data. A key containing
 * `.` or `%` is percent-encoded (`%2E`, `%25`) and an empty key is written `%`, so every name
 * decodes to exactly one path. Names starting with `%` belong to the document itself (metadata,
 * the counter's checklist) and are never data.
 */

export const META_FIELD = '%yzb'
/** The field of a form whose root is not an object (its data is one value). */
export const ROOT_FIELD = '%root'
export const CHECKLIST_PREFIX = '%check'

export const encodeSegment = (key: string): string =>
  key === '' ? '%' : key.replace(/[%.]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

export const decodeSegment = (seg: string): string =>
  seg === '%'
    ? ''
    : seg.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))

/** Segments (object keys and row indices) → field name. */
export const fieldName = (segments: (string | number)[]): string =>
  segments.length === 0 ? ROOT_FIELD : segments.map((s) => encodeSegment(String(s))).join('.')

/** Field name → segments; undefined for the document's own fields. */
export function pathOf(name: string): string[] | undefined {
  if (name === ROOT_FIELD) return []
  if (name.startsWith('%') && name !== '%' && !name.startsWith('%.')) {
    if (/^%[0-9A-Fa-f]{2}/.test(name)) return name.split('.').map(decodeSegment)
    return undefined
  }
  return name.split('.').map(decodeSegment)
}
