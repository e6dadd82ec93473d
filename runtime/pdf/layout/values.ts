/** How a data value is written into a text field (and read back by ../read). */
export function numberText(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n)
}

/** Text of a leaf value; undefined/null → ''. Non-text values are written as JSON. */
export function valueText(value: unknown, json = false): string {
  if (value === undefined || value === null) return ''
  if (json) return JSON.stringify(value)
  if (typeof value === 'string') return value
  if (typeof value === 'number') return numberText(value)
  return JSON.stringify(value)
}

/** The separator of several choices typed into one table cell. */
export const MULTI_SEPARATOR = '、'
