/**
 * Visibility rules: a node whose schema has `"x-visible-when": Rule` is shown only while the rule
 * holds. The rule is the situations' `Rule` (`{q, eq}`, `{q, in}`, `{q, answered}`, `all`, `any`,
 * `not`), with `q` the data path of another field of the same form (`project.isGovInvested`; a
 * column of the same table row is `units[].type`). So the runtime evaluates it with the situations'
 * own `evaluateRule`, over the form data instead of the answers (`isVisible` below).
 */
import { evaluateRule } from '../../runtime/core/situations/evaluate-rule'
import type { Answers, Rule } from '../../runtime/core/types'

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

/** The value at a field path in form data; `rows[]` takes the given row (`rowIndex`). */
function valueAt(data: unknown, path: string, rows: Record<string, number>): unknown {
  let cur: unknown = data
  let at = ''
  for (const raw of path.split('.')) {
    const isRows = raw.endsWith('[]')
    const key = isRows ? raw.slice(0, -2) : raw
    const obj = asRecord(cur)
    if (!obj || !Object.hasOwn(obj, key)) return undefined
    cur = obj[key]
    at = at ? `${at}.${key}` : key
    if (isRows) {
      const i = rows[`${at}[]`]
      if (i === undefined || !Array.isArray(cur)) return undefined
      cur = cur[i]
      at = `${at}[]`
    }
  }
  return cur
}

/**
 * Whether a node with this rule is shown for `data`. `rows` names the current row of each table
 * (`{'units[]': 2}`) when the rule reads a column of the row being filled.
 */
export function isVisible(
  rule: Rule | undefined,
  data: unknown,
  rows: Record<string, number> = {},
): boolean {
  if (rule === undefined) return true
  const answers: Answers = {}
  for (const q of ruleFields(rule)) {
    const v = valueAt(data, q, rows)
    if (v === undefined) continue
    Object.defineProperty(answers, q, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return evaluateRule(rule, answers)
}
