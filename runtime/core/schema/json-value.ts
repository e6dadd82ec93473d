/** Small helpers over plain JSON values (schemas, form data). */

/** Keys that would reach an object's prototype when assigned. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  'constructor',
])

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Deep copy of a JSON value. Keys that could reach a prototype are dropped, so copying data that
 * came from `JSON.parse` can never pollute one.
 */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v)) as T
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (!FORBIDDEN_KEYS.has(k)) out[k] = cloneJson(v)
  }
  return out as T
}

/**
 * JSON text with object keys sorted: equal values give equal text whatever their key order.
 * Written as one loop over plain strings: it hashes every submission body, so it is on the hot path.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return value === undefined ? 'null' : JSON.stringify(value)
  }
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ','
      out += canonicalJson(value[i])
    }
    return `${out}]`
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length > 1) keys.sort()
  let out = '{'
  for (const key of keys) {
    const v = obj[key]
    if (v === undefined) continue
    if (out.length > 1) out += ','
    out += `${JSON.stringify(key)}:${canonicalJson(v)}`
  }
  return `${out}}`
}

export const jsonEqual = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b)
