import { deepEqual } from './deep-equal'
import { lcs } from './lcs'
import type { ValueChange } from './types'

const IDENTITY_FIELDS = ['id', 'key', 'code'] as const

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const join = (prefix: string, key: string | number) => (prefix ? `${prefix}.${key}` : String(key))

/** The field that identifies every element of both arrays (unique string/number), if any. */
function identityField(a: unknown[], b: unknown[]): string | undefined {
  if (a.length + b.length === 0) return undefined
  return IDENTITY_FIELDS.find((f) =>
    [a, b].every((list) => {
      const seen = new Set<string>()
      return list.every((x) => {
        if (!isPlainObject(x)) return false
        const id = x[f]
        if (typeof id !== 'string' && typeof id !== 'number') return false
        if (seen.has(String(id))) return false
        seen.add(String(id))
        return true
      })
    }),
  )
}

function diffById(a: unknown[], b: unknown[], field: string, prefix: string): ValueChange[] {
  const idOf = (x: unknown) => String((x as Record<string, unknown>)[field])
  const before = new Map(a.map((x, i) => [idOf(x), { x, i }] as const))
  const after = new Map(b.map((x, i) => [idOf(x), { x, i }] as const))
  const out: ValueChange[] = []
  const at = (id: string) => `${prefix}[${id}]`
  for (const [id, { x }] of before) {
    if (!after.has(id)) out.push({ path: at(id), change: 'removed', before: x })
  }
  const common = (list: Map<string, unknown>, other: Map<string, unknown>) =>
    [...list.keys()].filter((id) => other.has(id))
  const kept = lcs(common(before, after), common(after, before))
  for (const [id, { x, i }] of after) {
    const old = before.get(id)
    if (!old) {
      out.push({ path: at(id), change: 'added', after: x })
      continue
    }
    out.push(...diffValues(old.x, x, at(id)))
    if (!kept.has(id)) out.push({ path: at(id), change: 'moved', before: old.i, after: i })
  }
  return out
}

/**
 * A generic JSON diff. Objects by key; arrays by index, except arrays of objects that all carry a
 * unique `id`, `key` or `code`: those are matched by it (paths `materials[business-license].copies`)
 * and reordering is reported as `moved` with the old and new index.
 * Order: removed keys first (in old order), then the new value's keys in its order.
 */
export function diffValues(before: unknown, after: unknown, prefix = ''): ValueChange[] {
  if (deepEqual(before, after)) return []
  if (before === undefined) return [{ path: prefix, change: 'added', after }]
  if (after === undefined) return [{ path: prefix, change: 'removed', before }]
  if (Array.isArray(before) && Array.isArray(after)) {
    const field = identityField(before, after)
    if (field) return diffById(before, after, field, prefix)
    const out: ValueChange[] = []
    const n = Math.max(before.length, after.length)
    for (let i = 0; i < n; i++) {
      if (i >= after.length)
        out.push({ path: join(prefix, i), change: 'removed', before: before[i] })
      else if (i >= before.length)
        out.push({ path: join(prefix, i), change: 'added', after: after[i] })
      else out.push(...diffValues(before[i], after[i], join(prefix, i)))
    }
    return out
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const out: ValueChange[] = []
    for (const k of Object.keys(before)) {
      if (!Object.hasOwn(after, k))
        out.push({ path: join(prefix, k), change: 'removed', before: before[k] })
    }
    for (const k of Object.keys(after)) {
      const b = Object.hasOwn(before, k) ? before[k] : undefined
      out.push(...diffValues(b, after[k], join(prefix, k)))
    }
    return out
  }
  return [{ path: prefix, change: 'changed', before, after }]
}
