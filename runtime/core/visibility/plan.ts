import { isPlainObject } from '../schema/json-value'
import { schemaAt, splitPath } from '../schema/leaves'
import type { JsonSchema, Rule } from '../types'
import { isAtOrBelow, ruleFields, VISIBLE_WHEN } from './rule-fields'

/** A node of the form that carries a visibility rule. */
export type RuleNode = {
  /** its data path, table rows as `[]`: `units[].type` */
  path: string
  /** `splitPath(path)` */
  segments: string[]
  rule: Rule
  /** fields the rule reads that the form has no node for: they read as unanswered */
  missing: ReadonlySet<string>
}

/**
 * How a form's rules are evaluated: the rule nodes in an order where a rule comes after every rule
 * that can remove what it reads (the field itself or an object or table above it) and after the
 * rules of the objects and tables above its own node.
 */
export type VisibilityPlan = {
  nodes: RuleNode[]
  /** rules that read themselves, directly or through other rules: ignored, their nodes are shown */
  cyclic: string[]
}

const EMPTY: VisibilityPlan = { nodes: [], cyclic: [] }

/** Rule nodes in document order: properties in order, then a table's row (`[]`). */
function collect(schema: JsonSchema): { path: string; rule: Rule }[] {
  const out: { path: string; rule: Rule }[] = []
  const walk = (node: JsonSchema, path: string) => {
    const rule = node[VISIBLE_WHEN]
    if (path && !path.endsWith('[]') && rule !== undefined) out.push({ path, rule: rule as Rule })
    if (isPlainObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (isPlainObject(child)) walk(child, path ? `${path}.${key}` : key)
      }
    }
    if (path && isPlainObject(node.items)) walk(node.items, `${path}[]`)
  }
  if (isPlainObject(schema)) walk(schema, '')
  return out
}

/** Whether `m`'s rule can remove something `n` depends on (its node or a value it reads). */
const dependsOn = (n: RuleNode, m: RuleNode): boolean =>
  (n !== m && isAtOrBelow(n.path, m.path)) ||
  ruleFields(n.rule).some((q) => !n.missing.has(q) && isAtOrBelow(q, m.path))

function buildPlan(schema: JsonSchema): VisibilityPlan {
  const found = collect(schema)
  if (found.length === 0) return EMPTY
  const all: RuleNode[] = found.map(({ path, rule }) => ({
    path,
    segments: splitPath(path),
    rule,
    missing: new Set(ruleFields(rule).filter((q) => schemaAt(schema, q) === undefined)),
  }))
  const deps = all.map((n) => all.filter((m) => dependsOn(n, m)))
  const index = new Map(all.map((n, i) => [n, i]))
  const reaches = (from: number, to: RuleNode): boolean => {
    const seen = new Set<number>()
    const stack = [from]
    while (stack.length > 0) {
      const i = stack.pop() as number
      for (const m of deps[i] ?? []) {
        if (m === to) return true
        const j = index.get(m) as number
        if (!seen.has(j)) {
          seen.add(j)
          stack.push(j)
        }
      }
    }
    return false
  }
  const cyclic = new Set(all.filter((n, i) => reaches(i, n)))
  const pending = all.filter((n) => !cyclic.has(n))
  const placed = new Set<RuleNode>()
  const nodes: RuleNode[] = []
  while (pending.length > 0) {
    // the first pending node (document order) whose dependencies are all placed; one always
    // exists, since the nodes on a cycle are out
    const k = pending.findIndex((n) =>
      (deps[index.get(n) as number] ?? []).every((m) => placed.has(m) || cyclic.has(m)),
    )
    const [next] = pending.splice(Math.max(k, 0), 1)
    if (!next) break
    placed.add(next)
    nodes.push(next)
  }
  return { nodes, cyclic: all.filter((n) => cyclic.has(n)).map((n) => n.path) }
}

const plans = new WeakMap<JsonSchema, VisibilityPlan>()

/** The plan of a schema, built once per schema object (treat schemas as immutable). */
export function visibilityPlan(schema: JsonSchema): VisibilityPlan {
  let plan = plans.get(schema)
  if (!plan) {
    plan = buildPlan(schema)
    plans.set(schema, plan)
  }
  return plan
}
