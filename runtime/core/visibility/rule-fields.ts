import type { Rule } from '../types'

/** The schema keyword of a field's visibility rule. */
export const VISIBLE_WHEN = 'x-visible-when'

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined

/** The field paths a rule reads, in order of appearance. */
export function ruleFields(rule: unknown): string[] {
  const out: string[] = []
  const walk = (r: unknown) => {
    const node = asRecord(r)
    if (!node) return
    if (Array.isArray(node.all)) node.all.forEach(walk)
    else if (Array.isArray(node.any)) node.any.forEach(walk)
    else if ('not' in node) walk(node.not)
    else if (typeof node.q === 'string') out.push(node.q)
  }
  walk(rule)
  return out
}

/** The rule with every `q` passed through `map`; the same object when nothing changed. */
export function mapRuleFields(rule: Rule, map: (q: string) => string): Rule {
  const node = asRecord(rule)
  if (!node) return rule
  if (Array.isArray(node.all) || Array.isArray(node.any)) {
    const key = Array.isArray(node.all) ? 'all' : 'any'
    const list = node[key] as Rule[]
    const next = list.map((r) => mapRuleFields(r, map))
    return next.every((r, i) => r === list[i]) ? rule : ({ ...node, [key]: next } as Rule)
  }
  if ('not' in node) {
    const inner = mapRuleFields(node.not as Rule, map)
    return inner === node.not ? rule : ({ ...node, not: inner } as Rule)
  }
  if (typeof node.q !== 'string') return rule
  const q = map(node.q)
  return q === node.q ? rule : ({ ...node, q } as Rule)
}

/** `path` itself or a path below it: `a` covers `a`, `a.b`, `a[].c`. */
export const isAtOrBelow = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[]`)

/** Rewrites a path under `from` to the same place under `to` (a rename or a move). */
export const movePath = (path: string, from: string, to: string): string =>
  isAtOrBelow(path, from) ? `${to}${path.slice(from.length)}` : path
