import type { JsonSchema } from '../types'
import { isObjectSchema } from './leaves'

/**
 * A copy of `data` where every missing REQUIRED object section (and nested required object) is an
 * empty object, so validation names the missing fields (「单位名称」为必填项) rather than the
 * section that holds them. Optional groups stay absent; arrays and values are left as they are.
 */
export function fillContainers(schema: JsonSchema, data: unknown): unknown {
  if (!isObjectSchema(schema)) return data
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data)))
    return data
  const out: Record<string, unknown> = { ...((data as Record<string, unknown>) ?? {}) }
  const required = new Set(schema.required ?? [])
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    if (!isObjectSchema(child)) continue
    const present = Object.hasOwn(out, key)
    if (!present && !required.has(key)) continue
    const filled = fillContainers(child, present ? out[key] : undefined)
    if (filled !== undefined)
      Object.defineProperty(out, key, {
        value: filled,
        enumerable: true,
        writable: true,
        configurable: true,
      })
  }
  return out
}
