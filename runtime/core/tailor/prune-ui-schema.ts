import { setOwn } from '../situations/answer-value'
import type { JsonSchema, UiSchema } from '../types'
import { clonePlain } from './clone-plain'

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Prunes a uiSchema to a pruned schema: entries of removed properties go, `ui:order` keeps `*` and
 * the properties still there (rjsf refuses an order naming a missing property). Everything else is
 * copied. `before` is the schema the uiSchema was written for.
 */
export function pruneUiSchema(ui: unknown, before: JsonSchema, after: JsonSchema): UiSchema {
  if (!isPlainObject(ui)) return {}
  const out: UiSchema = {}
  const had = before.properties ?? {}
  const has = after.properties ?? {}
  for (const [key, value] of Object.entries(ui)) {
    if (key === 'ui:order' && Array.isArray(value) && after.properties) {
      setOwn(
        out,
        key,
        value.filter((k) => k === '*' || Object.hasOwn(has, k)),
      )
    } else if (!key.startsWith('ui:') && Object.hasOwn(had, key)) {
      const b = had[key]
      const a = Object.hasOwn(has, key) ? has[key] : undefined
      if (a && b)
        setOwn(out, key, isPlainObject(value) ? pruneUiSchema(value, b, a) : clonePlain(value))
    } else if (key === 'items' && before.items && after.items && isPlainObject(value)) {
      setOwn(out, key, pruneUiSchema(value, before.items, after.items))
    } else {
      setOwn(out, key, clonePlain(value))
    }
  }
  return out
}
