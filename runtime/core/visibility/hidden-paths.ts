import type { JsonSchema } from '../types'
import { evaluateWith, type RowIndex, valueAt } from './is-visible'
import { type RuleNode, visibilityPlan } from './plan'

type Instance = { path: string; rows: RowIndex }

const own = (v: unknown, key: string): unknown =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, key)
    ? (v as Record<string, unknown>)[key]
    : undefined

/**
 * The concrete places of a rule node in `data`: one for a node outside tables (whether or not it
 * has a value), one per existing row for a column. Places under a hidden path are left out.
 */
function instancesOf(data: unknown, node: RuleNode, hidden: ReadonlySet<string>): Instance[] {
  let current = [{ path: '', at: '', value: data, rows: {} as RowIndex }]
  for (const seg of node.segments) {
    const next: typeof current = []
    for (const c of current) {
      if (seg === '[]') {
        if (!Array.isArray(c.value)) continue
        const at = `${c.at}[]`
        c.value.forEach((row, i) => {
          const path = `${c.path}.${i}`
          if (!hidden.has(path)) next.push({ path, at, value: row, rows: { ...c.rows, [at]: i } })
        })
        continue
      }
      const path = c.path ? `${c.path}.${seg}` : seg
      if (hidden.has(path)) continue
      next.push({ path, at: c.at ? `${c.at}.${seg}` : seg, value: own(c.value, seg), rows: c.rows })
    }
    current = next
  }
  return current.map(({ path, rows }) => ({ path, rows }))
}

/**
 * The concrete data paths (`agent`, `units.1.type`) of the nodes whose visibility rule is false for
 * `data`, outermost only (what lies under a hidden node is hidden with it). Rules read the data with
 * the values of nodes hidden before them removed, so a field controlled by a hidden field is
 * evaluated as if that field were unanswered. See ./README.md for missing fields and cycles.
 */
export function hiddenPaths(schema: JsonSchema, data: unknown): string[] {
  const { nodes } = visibilityPlan(schema)
  if (nodes.length === 0) return []
  const hidden = new Set<string>()
  const out: string[] = []
  for (const node of nodes) {
    for (const at of instancesOf(data, node, hidden)) {
      const lookup = (q: string) =>
        node.missing.has(q) ? undefined : valueAt(data, q, at.rows, hidden)
      if (evaluateWith(node.rule, lookup)) continue
      hidden.add(at.path)
      out.push(at.path)
    }
  }
  return out
}

/** Whether a concrete dotted path (`units.1.type`, a validation error's path) is at or below one of `hidden`. */
export function isHiddenAt(path: string, hidden: ReadonlySet<string>): boolean {
  if (hidden.size === 0) return false
  let at = ''
  for (const seg of path.split('.')) {
    at = at ? `${at}.${seg}` : seg
    if (hidden.has(at)) return true
  }
  return false
}

type Trie = Map<string, Trie | true>

function trieOf(paths: readonly string[]): Trie {
  const root: Trie = new Map()
  for (const path of paths) {
    const segs = path.split('.')
    let at: Trie = root
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1
      const has = at.get(seg)
      if (has === true) return
      if (last) at.set(seg, true)
      else if (has) at = has
      else {
        const child: Trie = new Map()
        at.set(seg, child)
        at = child
      }
    })
  }
  return root
}

function strip(value: unknown, trie: Trie): unknown {
  if (Array.isArray(value)) {
    const copy = value.slice()
    for (const [seg, sub] of trie) {
      // rows are never hidden as such (a rule sits on a column or on the whole table)
      if (sub === true || !/^\d+$/.test(seg) || Number(seg) >= copy.length) continue
      copy[Number(seg)] = strip(copy[Number(seg)], sub)
    }
    return copy
  }
  if (value === null || typeof value !== 'object') return value
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) }
  for (const [key, sub] of trie) {
    if (!Object.hasOwn(copy, key)) continue
    if (sub === true) delete copy[key]
    else copy[key] = strip(copy[key], sub)
  }
  return copy
}

/**
 * `data` without the values at the given concrete paths: a copy along those paths only (the rest
 * is shared with `data`, which is never changed); `data` itself when there is nothing to remove.
 */
export function withoutPaths<T>(data: T, paths: readonly string[]): T {
  return paths.length === 0 ? data : (strip(data, trieOf(paths)) as T)
}

/** The data an applicant's rules leave visible, and the paths removed from it. */
export function applyVisibility<T>(schema: JsonSchema, data: T): { data: T; hidden: string[] } {
  const hidden = hiddenPaths(schema, data)
  return { data: withoutPaths(data, hidden), hidden }
}

/** The errors that are not about a hidden field (or anything inside one). */
export function visibleErrors<E extends { path: string }>(
  errors: E[],
  hidden: readonly string[],
): E[] {
  if (hidden.length === 0 || errors.length === 0) return errors
  const set = new Set(hidden)
  return errors.filter((e) => !isHiddenAt(e.path, set))
}
