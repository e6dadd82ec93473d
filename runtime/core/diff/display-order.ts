import { isObjectSchema, isTableSchema } from '../schema'
import type { JsonSchema } from '../types'

/**
 * The order rjsf shows properties in: `ui:order` first, `*` standing for the unlisted ones in
 * schema order (unlisted ones go last when there is no `*`); names not in the schema are ignored.
 */
export function displayOrder(keys: string[], order: unknown): string[] {
  if (!Array.isArray(order)) return keys
  const listed = order.filter((k): k is string => typeof k === 'string' && k !== '*')
  const known = new Set(keys)
  const named = new Set(listed.filter((k) => known.has(k)))
  const rest = keys.filter((k) => !named.has(k))
  const star = order.indexOf('*')
  const pick = (list: unknown[]) =>
    list.filter((k): k is string => typeof k === 'string' && named.has(k))
  const head = pick(star >= 0 ? order.slice(0, star) : order)
  const tail = star >= 0 ? pick(order.slice(star + 1)) : []
  return [...new Set([...head, ...rest, ...tail])]
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** A copy of the schema whose objects list their properties in display order. */
export function orderByUi(schema: JsonSchema, ui: unknown): JsonSchema {
  const u = isPlainObject(ui) ? ui : {}
  if (isObjectSchema(schema)) {
    const props = schema.properties ?? {}
    const out: Record<string, JsonSchema> = {}
    for (const k of displayOrder(Object.keys(props), u['ui:order'])) {
      Object.defineProperty(out, k, {
        value: orderByUi(props[k] as JsonSchema, u[k]),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return { ...schema, properties: out }
  }
  if (isTableSchema(schema) && schema.items) {
    return { ...schema, items: orderByUi(schema.items, u.items) }
  }
  return schema
}
