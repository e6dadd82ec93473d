import { splitPath } from '../schema'
import { cloneJson, FORBIDDEN_KEYS, isPlainObject } from '../schema/json-value'
import type { MappingEntry } from '../types'

/** A mapping entry with the optional hints `merge` adds (see `MergeMappingEntry`). */
export type SplitEntry = MappingEntry & { common?: boolean; requiredParent?: string }

export type SplitPart = { item: string; data: Record<string, unknown> }

type Obj = Record<string, unknown>

/** `a.rows[].b` → `[['a', 'rows'], ['b']]`: the key runs between array steps. */
const chunksOf = (path: string): string[][] => {
  const chunks: string[][] = [[]]
  for (const seg of splitPath(path)) {
    if (seg === '[]') chunks.push([])
    else chunks[chunks.length - 1]?.push(seg)
  }
  return chunks
}

/** The value at `keys` (own properties only), without building and re-parsing a path string. */
const read = (src: unknown, keys: string[]): unknown => {
  let cur = src
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object' || !Object.hasOwn(cur, key)) return undefined
    cur = (cur as Obj)[key]
  }
  return cur
}

type Compiled = { m: string[][]; p: string[][]; anchor: string[] } | null

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
    c = { m, p, anchor: usable ? anchor : [] }
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

const endsWith = (whole: string[], tail: string[]) =>
  whole.length >= tail.length && tail.every((s, i) => whole[whole.length - tail.length + i] === s)

/**
 * Copies one entry's values from `src` (merged data or a merged row) into `dst` (the part or one of
 * its rows), chunk `k` onwards. Arrays are walked index by index, so the part's rows line up with
 * the merged rows. With `mirror`, objects on the way that exist in the merged data are created in
 * the part even when empty: an item section keeps its item's shape, required empty objects included.
 */
function place(src: unknown, dst: Obj, m: string[][], p: string[][], k: number, mirror: boolean) {
  const mk = m[k] ?? []
  const pk = p[k] ?? []
  if (mirror && endsWith(mk, pk)) {
    const offset = mk.length - pk.length
    for (let j = 1; j < pk.length; j++) {
      if (isPlainObject(read(src, mk.slice(0, offset + j)))) objectAt(dst, pk.slice(0, j))
    }
  }
  const value = read(src, mk)
  if (k === m.length - 1) {
    // path '': the entry is the item's whole data (a form kept whole)
    if (k === 0 && pk.length === 0 && isPlainObject(value)) Object.assign(dst, cloneJson(value))
    if (value === undefined || pk.length === 0) return
    const parent = objectAt(dst, pk.slice(0, -1))
    if (parent) parent[pk[pk.length - 1] as string] = cloneJson(value)
    return
  }
  if (!Array.isArray(value) || pk.length === 0) return
  const holder = objectAt(dst, pk.slice(0, -1))
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
    place(row, rows[i] as Obj, m, p, k + 1, mirror)
  })
}

/**
 * The inverse of merge: for each item (first-appearance order in the mapping, or `options.items`),
 * its data in its own form's shape. Each entry copies the merged value to the item path; `[]`
 * walks the merged array's indices; absent values stay absent. Objects are only created when a
 * value lands inside, when the merged data holds them (item sections), or when the entry names
 * them as `requiredParent`. Prototype keys are never written.
 */
export function split(
  mergedData: unknown,
  mapping: SplitEntry[],
  options: { items?: string[] } = {},
): SplitPart[] {
  const order: string[] = []
  const byItem = new Map<string, SplitEntry[]>()
  for (const e of mapping) {
    const list = byItem.get(e.item)
    if (list) list.push(e)
    else {
      byItem.set(e.item, [e])
      order.push(e.item)
    }
  }
  const wanted = options.items ? [...new Set(options.items)] : order
  return wanted.map((item) => {
    const data: Obj = {}
    for (const e of byItem.get(item) ?? []) {
      const c = compile(e)
      if (!c) continue
      if (c.anchor.length > 0) objectAt(data, c.anchor)
      place(mergedData, data, c.m, c.p, 0, e.common !== true)
    }
    return { item, data }
  })
}
