import { setOwn } from '../situations/answer-value'

/** Deep-copies arrays and plain objects; anything else (even a widget function) is shared. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clonePlain) as T
  if (value === null || typeof value !== 'object') return value
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) setOwn(out, k, clonePlain(v))
  return out as T
}
