import { splitPath } from '../schema'

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/** The uiSchema node for a dotted data path (`rows[].name` → `ui.rows.items.name`), or `{}`. */
export function uiAt(ui: unknown, path: string): Record<string, unknown> {
  let node: unknown = ui
  for (const seg of splitPath(path)) {
    if (!isPlainObject(node)) return {}
    const key = seg === '[]' ? 'items' : seg
    node = Object.hasOwn(node, key) ? node[key] : undefined
  }
  return isPlainObject(node) ? node : {}
}
