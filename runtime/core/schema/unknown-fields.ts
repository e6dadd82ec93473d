import type { JsonSchema } from '../types'
import { isOpaque, typeOf } from './leaves'

export type UnknownField = { path: string; message: string }

/**
 * Data keys the form does not have (`path` dotted, rows by index). Objects with fixed properties
 * are checked, table rows too; opaque nodes (oneOf, maps …) and schemas that allow extra keys by
 * pattern are trusted to their own validation. Stops after `limit` findings.
 */
export function unknownFields(schema: JsonSchema, data: unknown, limit = 20): UnknownField[] {
  const out: UnknownField[] = []
  const stack: { s: JsonSchema; d: unknown; path: string }[] = [{ s: schema, d: data, path: '' }]
  while (stack.length && out.length < limit) {
    const { s, d, path } = stack.pop()!
    if (!s || typeof s !== 'object' || isOpaque(s) || d === null || typeof d !== 'object') continue
    if (Array.isArray(d)) {
      const items = s.items
      if (typeOf(s) === 'array' && items && typeof items === 'object' && !Array.isArray(items)) {
        d.forEach((row, i) => {
          stack.push({ s: items, d: row, path: path ? `${path}.${i}` : String(i) })
        })
      }
      continue
    }
    if (!s.properties) continue
    for (const [key, value] of Object.entries(d)) {
      const at = path ? `${path}.${key}` : key
      const child = Object.hasOwn(s.properties, key) ? s.properties[key] : undefined
      if (!child) out.push({ path: at, message: '表单中没有这个字段' })
      else stack.push({ s: child, d: value, path: at })
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
