import { setOwn } from '../situations/answer-value'
import { evaluateRule } from '../situations/evaluate-rule'
import type { Answers, Rule } from '../types'
import { ruleFields } from './rule-fields'

/** The current row of each table a rule may read, by the table's path with `[]`: `{'units[]': 2}`. */
export type RowIndex = Record<string, number>

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined

/**
 * The value at a field path in form data (own keys only); `rows[]` takes the row named in `rows`.
 * With `hidden` (concrete dotted paths such as `units.1.type`), a value at or below a hidden path
 * reads as absent: what a rule sees is the data with hidden values removed.
 */
export function valueAt(
  data: unknown,
  path: string,
  rows: RowIndex = {},
  hidden?: ReadonlySet<string>,
): unknown {
  let cur: unknown = data
  let at = ''
  let concrete = ''
  for (const raw of path.split('.')) {
    const isRows = raw.endsWith('[]')
    const key = isRows ? raw.slice(0, -2) : raw
    const obj = asRecord(cur)
    if (!obj || !Object.hasOwn(obj, key)) return undefined
    cur = obj[key]
    at = at ? `${at}.${key}` : key
    concrete = concrete ? `${concrete}.${key}` : key
    if (hidden?.has(concrete)) return undefined
    if (isRows) {
      const i = rows[`${at}[]`]
      if (i === undefined || !Array.isArray(cur)) return undefined
      cur = cur[i]
      at = `${at}[]`
      concrete = `${concrete}.${i}`
      if (hidden?.has(concrete)) return undefined
    }
  }
  return cur
}

/** Evaluates a rule with the situations' semantics, reading each field through `lookup`. */
export function evaluateWith(rule: Rule, lookup: (q: string) => unknown): boolean {
  const answers: Answers = {}
  for (const q of ruleFields(rule)) {
    const v = lookup(q)
    if (v !== undefined) setOwn(answers, q, v)
  }
  return evaluateRule(rule, answers)
}

/**
 * Whether a node with this rule is shown for `data`. `rows` names the current row of each table
 * (`{'units[]': 2}`) when the rule reads a column of the row being filled. No rule: shown.
 */
export function isVisible(rule: Rule | undefined, data: unknown, rows: RowIndex = {}): boolean {
  if (rule === undefined) return true
  return evaluateWith(rule, (q) => valueAt(data, q, rows))
}
