import { splitPath } from '../schema'
import { FORBIDDEN_KEYS } from '../schema/json-value'
import type { MappingEntry, Rule } from '../types'
import { type CompiledEntry, generateItemSplitter, type ItemSplitter } from './codegen'

/** A mapping entry with the optional hints `merge` adds (see `MergeMappingEntry`). */
export type SplitEntry = MappingEntry & {
  common?: boolean
  requiredParent?: string
  visibleWhen?: Rule
}

export type SplitPart = { item: string; data: Record<string, unknown> }

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
 * An entry parsed: merged and part key runs (`m`, `p`), the anchor object, and per key run the
 * objects to mirror. Null when it cannot be used (runs that do not pair up, prototype keys).
 * Parsed once per mapping, by `planOf`.
 */
function compile(e: SplitEntry): CompiledEntry | null {
  const m = chunksOf(e.merged)
  const p = chunksOf(e.path)
  const keys = [...m.flat(), ...p.flat()]
  if (m.length !== p.length || keys.some((s) => FORBIDDEN_KEYS.has(s))) return null
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
  return {
    m,
    p,
    anchor: usable ? anchor : [],
    mirror,
    mirrored: e.common !== true,
    ...(e.visibleWhen !== undefined ? { visibleWhen: e.visibleWhen } : {}),
  }
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
  return wanted.map((item) => ({ item, data: plan.splitter(item)(mergedData) }))
}

type Plan = {
  /** items in first-appearance order */
  order: string[]
  /** per item, its generated splitter (made on first use) */
  splitter(item: string): ItemSplitter
}

/** A mapping grouped by item and parsed once (a published version's mapping serves every submission). */
const plans = new WeakMap<SplitEntry[], Plan>()
function planOf(mapping: SplitEntry[]): Plan {
  const known = plans.get(mapping)
  if (known) return known
  const order: string[] = []
  const byItem = new Map<string, CompiledEntry[]>()
  for (const e of mapping) {
    let list = byItem.get(e.item)
    if (!list) {
      list = []
      byItem.set(e.item, list)
      order.push(e.item)
    }
    const c = compile(e)
    if (c) list.push(c)
  }
  const splitters = new Map<string, ItemSplitter>()
  const plan: Plan = {
    order,
    splitter(item) {
      let s = splitters.get(item)
      if (!s) {
        s = generateItemSplitter(byItem.get(item) ?? [])
        splitters.set(item, s)
      }
      return s
    },
  }
  plans.set(mapping, plan)
  return plan
}
