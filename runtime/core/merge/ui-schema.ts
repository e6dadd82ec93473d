import { splitPath } from '../schema'
import { cloneJson, isPlainObject } from '../schema/json-value'
import type { JsonSchema, UiSchema } from '../types'

/** The uiSchema under a dotted data path (`rows[].name` → `ui.rows.items.name`), or undefined. */
export function uiAt(ui: UiSchema | undefined, path: string): UiSchema | undefined {
  let cur: unknown = ui
  for (const seg of splitPath(path)) {
    const key = seg === '[]' ? 'items' : seg
    if (!isPlainObject(cur) || !Object.hasOwn(cur, key)) return undefined
    cur = cur[key]
  }
  return isPlainObject(cur) ? cur : undefined
}

/** Only the `ui:*` keys of a uiSchema node (its own options, not its children's). */
export const ownUi = (ui: UiSchema | undefined): UiSchema => {
  const out: UiSchema = {}
  if (!ui) return out
  for (const [k, v] of Object.entries(ui)) if (k.startsWith('ui:')) out[k] = cloneJson(v)
  return out
}

/**
 * rjsf refuses a `ui:order` that names a missing property or omits one (without `*`). After fields
 * moved between sections, orders are filtered to the properties left and completed in schema order.
 * Mutates `ui`; walks objects and table rows.
 */
export function fixOrders(ui: UiSchema, schema: JsonSchema): void {
  const props = schema.properties
  if (props) {
    const order = ui['ui:order']
    if (Array.isArray(order)) {
      const keys = Object.keys(props)
      const present = new Set(keys)
      const kept = [...new Set(order)].filter(
        (k): k is string => k === '*' || (typeof k === 'string' && present.has(k)),
      )
      const listed = new Set(kept)
      const missing = listed.has('*') ? [] : keys.filter((k) => !listed.has(k))
      ui['ui:order'] = [...kept, ...missing]
    }
    for (const [key, child] of Object.entries(props)) {
      const sub = ui[key]
      if (isPlainObject(sub)) fixOrders(sub, child)
    }
  }
  const items = schema.items
  if (items && !Array.isArray(items) && isPlainObject(ui.items)) fixOrders(ui.items, items)
}

/** Adds `ui:options.usedBy` (item codes) to a common field's uiSchema. */
export function withUsedBy(ui: UiSchema | undefined, usedBy: string[]): UiSchema {
  const out = ui ? cloneJson(ui) : {}
  const options = isPlainObject(out['ui:options']) ? out['ui:options'] : {}
  out['ui:options'] = { ...options, usedBy }
  return out
}
