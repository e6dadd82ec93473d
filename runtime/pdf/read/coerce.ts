/** Typed text → the schema's type. What cannot be converted stays text, for validation to report. */

const FULL_WIDTH = /[\uff01-\uff5e]/g
const toHalfWidth = (s: string) =>
  s
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

export function coerceNumber(text: string): number | string {
  const t = toHalfWidth(text).replace(/[\s,]/g, '')
  if (!NUMBER.test(t)) return text
  const n = Number(t)
  return Number.isFinite(n) ? n : text
}

/** JSON text of an opaque value; plain text when it is not JSON. */
export function coerceJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Several choices typed into one cell, separated by 、，,；; or new lines; options that contain a
 * separator themselves are matched whole first.
 */
export function splitChoices(text: string, labels: string[]): string[] {
  const out: string[] = []
  let rest = text.trim()
  const sep = /^[\s、，,；;]+/
  const sorted = [...labels].sort((a, b) => b.length - a.length)
  while (rest) {
    rest = rest.replace(sep, '')
    if (!rest) break
    const whole = sorted.find((l) => l && rest.startsWith(l))
    if (whole) {
      out.push(whole)
      rest = rest.slice(whole.length)
      continue
    }
    const m = /^[^、，,；;\n]+/.exec(rest)
    const token = (m?.[0] ?? rest).trim()
    out.push(token)
    rest = rest.slice(m?.[0].length ?? rest.length)
  }
  return out
}
