/** Reads and writes concrete dotted data paths (`rows.0.name`). Refuses prototype keys. */

const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor'])

export function getAt(data: unknown, path: string): unknown {
  if (!path) return data
  let cur: unknown = data
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    if (!Object.hasOwn(cur, key)) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Sets a value, creating objects (or arrays for numeric segments) on the way. Mutates `data`. */
export function setAt(data: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.')
  let cur: Record<string, unknown> = data
  keys.forEach((key, i) => {
    if (FORBIDDEN.has(key)) throw new Error(`forbidden key ${key}`)
    if (i === keys.length - 1) {
      cur[key] = value
      return
    }
    const next = cur[key]
    if (next === null || typeof next !== 'object') {
      cur[key] = /^\d+$/.test(keys[i + 1] ?? '') ? [] : {}
    }
    cur = cur[key] as Record<string, unknown>
  })
}
