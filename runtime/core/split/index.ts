import { splitPath } from '../schema'
import { cloneJson, FORBIDDEN_KEYS, isPlainObject } from '../schema/json-value'
import type { MappingEntry, Rule } from '../types'
import { isVisible } from '../visibility/is-visible'

/** A mapping entry with the optional hints `merge` adds (see `MergeMappingEntry`). */
export type SplitEntry = MappingEntry & {
  common?: boolean
  requiredParent?: string
  visibleWhen?: Rule
}

export type SplitPart = { item: string; data: Record<string, unknown> }

type Obj = Record<string, unknown>

const endsWith = (whole: string[], tail: string[]) =>
  whole.length >= tail.length && tail.every((s, i) => whole[whole.length - tail.length + i] === s)

/** `a.rows[].b` → `[['a', 'rows'], ['b']]`: the key runs between array steps. */
const chunksOf = (path: string): string[][] => {
  const chunks: string[][] = [[]]
  for (const seg of splitPath(path)) {
    if (seg === '[]') chunks.push([])
    else chunks[chunks.length - 1]?.push(seg)
  }
  return chunks
}

/**
 * The value at `keys` (own properties only), without building and re-parsing a path string. What
 * an object inherits is a function (`toString`…), never a JSON value: one lookup tells both apart.
 */
const read = (src: unknown, keys: string[]): unknown => {
  let cur = src
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Obj)[key]
    if (typeof cur === 'function') return undefined
  }
  return cur
}

/**
 * An entry parsed once: merged and part key runs (`m`, `p`), the anchor object, and per key run
 * the slices `place` needs (the objects to mirror, the part's parent keys), so a submission's
 * split allocates no paths.
 */
type Compiled = {
  m: string[][]
  p: string[][]
  anchor: string[]
  mirror: { src: string[]; dst: string[] }[][]
  parent: string[][]
  /** per key run, its last key (where the value goes in its parent) */
  leaf: string[]
} | null

/** Entries are parsed once per mapping entry object (published mappings are reused per request). */
const compiledEntries = new WeakMap<SplitEntry, Compiled>()
function compile(e: SplitEntry): Compiled {
  let c = compiledEntries.get(e)
  if (c !== undefined) return c
  const m = chunksOf(e.merged)
  const p = chunksOf(e.path)
  const keys = [...m.flat(), ...p.flat()]
  if (m.length !== p.length || keys.some((s) => FORBIDDEN_KEYS.has(s))) c = null
  else {
    const anchor = e.requiredParent ? splitPath(e.requiredParent) : []
    const usable = !anchor.some((s) => s === '[]' || FORBIDDEN_KEYS.has(s))
    const mirror = m.map((mk, k) => {
      const pk = p[k]!
      if (!endsWith(mk, pk)) return []
      const offset = mk.length - pk.length
      return Array.from({ length: Math.max(0, pk.length - 1) }, (_, i) => ({
        src: mk.slice(0, offset + i + 1),
        dst: pk.slice(0, i + 1),
      }))
    })
    c = {
      m,
      p,
      anchor: usable ? anchor : [],
      mirror,
      parent: p.map((pk) => pk.slice(0, -1)),
      leaf: p.map((pk) => pk[pk.length - 1] ?? ''),
    }
  }
  compiledEntries.set(e, c)
  return c
}

/** The object at `keys` under `dst`, created on the way; undefined if a non-object is in the way. */
const objectAt = (dst: Obj, keys: string[]): Obj | undefined => {
  let cur: Obj = dst
  for (const key of keys) {
    const next = Object.hasOwn(cur, key) ? cur[key] : undefined
    if (next === undefined) cur[key] = {}
    else if (!isPlainObject(next)) return undefined
    cur = cur[key] as Obj
  }
  return cur
}

/**
 * Copies one entry's values from `src` (merged data or a merged row) into `dst` (the part or one of
 * its rows), chunk `k` onwards. Arrays are walked index by index, so the part's rows line up with
 * the merged rows. With `mirror`, objects on the way that exist in the merged data are created in
 * the part even when empty: an item section keeps its item's shape, required empty objects included.
 */
function place(src: unknown, dst: Obj, c: NonNullable<Compiled>, k: number, mirror: boolean) {
  const { m, p } = c
  const mk = m[k]!
  const pk = p[k]!
  if (mirror) {
    for (const { src: from, dst: to } of c.mirror[k]!) {
      if (isPlainObject(read(src, from))) objectAt(dst, to)
    }
  }
  const value = read(src, mk)
  if (k === m.length - 1) {
    // path '': the entry is the item's whole data (a form kept whole)
    if (k === 0 && pk.length === 0 && isPlainObject(value)) Object.assign(dst, cloneJson(value))
    if (value === undefined || pk.length === 0) return
    const parent = objectAt(dst, c.parent[k]!)
    // most values are strings, numbers or booleans: nothing to copy
    if (parent) parent[c.leaf[k]!] = typeof value === 'object' ? cloneJson(value) : value
    return
  }
  if (!Array.isArray(value) || pk.length === 0) return
  const holder = objectAt(dst, c.parent[k]!)
  const key = pk[pk.length - 1] as string
  if (!holder) return
  if (!Array.isArray(holder[key])) holder[key] = []
  const rows = holder[key] as unknown[]
  const wholeRows = k + 1 === m.length - 1 && (p[k + 1] ?? []).length === 0
  value.forEach((row, i) => {
    if (wholeRows || !isPlainObject(row)) {
      if (rows[i] === undefined) rows[i] = cloneJson(row)
      return
    }
    if (!isPlainObject(rows[i])) rows[i] = {}
    place(row, rows[i] as Obj, c, k + 1, mirror)
  })
}

/**
 * The inverse of merge: for each item (first-appearance order in the mapping, or `options.items`),
 * its data in its own form's shape. Each entry copies the merged value to the item path; `[]`
 * walks the merged array's indices; absent values stay absent. Objects are only created when a
 * value lands inside, when the merged data holds them (item sections), or when the entry names
 * them as `requiredParent`. Prototype keys are never written. An entry with `visibleWhen` (a shared
 * value under this item's own visibility rule) is copied only while the rule holds on `mergedData`.
 * A mapping is compiled once and cached by identity: treat it (and its entries) as immutable.
 */
export function split(
  mergedData: unknown,
  mapping: SplitEntry[],
  options: { items?: string[] } = {},
): SplitPart[] {
  const plan = planOf(mapping)
  const wanted = options.items ? [...new Set(options.items)] : plan.order
  return wanted.map((item) => {
    const data: Obj = {}
    for (const { e, c } of plan.byItem.get(item) ?? []) {
      if (c.anchor.length > 0) objectAt(data, c.anchor)
      // a shared value another item needs, hidden by this item's own rule: not sent to it
      if (e.visibleWhen !== undefined && !isVisible(e.visibleWhen, mergedData)) continue
      place(mergedData, data, c, 0, e.common !== true)
    }
    return { item, data }
  })
}

type Plan = {
  /** items in first-appearance order */
  order: string[]
  /** per item, its usable entries, compiled */
  byItem: Map<string, { e: SplitEntry; c: NonNullable<Compiled> }[]>
}

/** A mapping grouped by item once (a published version's mapping serves every submission). */
const plans = new WeakMap<SplitEntry[], Plan>()
function planOf(mapping: SplitEntry[]): Plan {
  let plan = plans.get(mapping)
  if (plan) return plan
  plan = { order: [], byItem: new Map() }
  for (const e of mapping) {
    let list = plan.byItem.get(e.item)
    if (!list) {
      list = []
      plan.byItem.set(e.item, list)
      plan.order.push(e.item)
    }
    const c = compile(e)
    if (c) list.push({ e, c })
  }
  plans.set(mapping, plan)
  return plan
}
