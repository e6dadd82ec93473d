/** Rewriting situation rules when a question or an option is renamed. */
import type { ApplicabilityRule, Rule, RuleTarget, Situation } from '../../../runtime/core/types'

type Leaf = Extract<Rule, { q: string }>

/**
 * The rule with every comparison (`{q, …}`) passed through `fn`; the same object when nothing
 * changed. Malformed parts are kept as they are.
 */
export function mapRuleLeaves(rule: Rule, fn: (leaf: Leaf) => Leaf): Rule {
  if (!rule || typeof rule !== 'object') return rule
  const walkList = (list: Rule[]): Rule[] => {
    const out = list.map((r) => mapRuleLeaves(r, fn))
    return out.every((r, i) => r === list[i]) ? list : out
  }
  if ('all' in rule) {
    if (!Array.isArray(rule.all)) return rule
    const all = walkList(rule.all)
    return all === rule.all ? rule : { ...rule, all }
  }
  if ('any' in rule) {
    if (!Array.isArray(rule.any)) return rule
    const any = walkList(rule.any)
    return any === rule.any ? rule : { ...rule, any }
  }
  if ('not' in rule) {
    const not = mapRuleLeaves(rule.not, fn)
    return not === rule.not ? rule : { ...rule, not }
  }
  return typeof rule.q === 'string' ? fn(rule) : rule
}

/** A question renamed from `from` to `to`. */
export const renameQuestionIn = (rule: Rule, from: string, to: string): Rule =>
  mapRuleLeaves(rule, (leaf) => (leaf.q === from ? { ...leaf, q: to } : leaf))

/** An option value of question `q` renamed from `from` to `to` (in `eq` and `in`). */
export const renameValueIn = (rule: Rule, q: string, from: string, to: string): Rule =>
  mapRuleLeaves(rule, (leaf) => {
    if (leaf.q !== q) return leaf
    if ('eq' in leaf) return leaf.eq === from ? { ...leaf, eq: to } : leaf
    if ('in' in leaf && Array.isArray(leaf.in) && leaf.in.includes(from))
      return { ...leaf, in: leaf.in.map((v) => (v === from ? to : v)) }
    return leaf
  })

/** Applies `fn` to every rule of the bundle: applicability rules and follow-up conditions. */
export function mapBundleRules(
  situations: Situation[],
  rules: ApplicabilityRule[],
  fn: (rule: Rule) => Rule,
): { situations: Situation[]; rules: ApplicabilityRule[] } {
  const s = situations.map((q) => {
    if (q.when === undefined) return q
    const when = fn(q.when)
    return when === q.when ? q : { ...q, when }
  })
  const r = rules.map((x) => {
    const when = fn(x.when)
    return when === x.when ? x : { ...x, when }
  })
  return {
    situations: s.every((q, i) => q === situations[i]) ? situations : s,
    rules: r.every((x, i) => x === rules[i]) ? rules : r,
  }
}

export const sameTarget = (a: RuleTarget | undefined, b: RuleTarget): boolean =>
  !!a && a.type === b.type && a.id === b.id

/** The rule that makes a target apply: one rule as stored, several as `{all: […]}`, or none. */
export function ruleOf(rules: ApplicabilityRule[], target: RuleTarget): Rule | undefined {
  const found = rules.filter((r) => sameTarget(r?.target, target)).map((r) => r.when)
  if (found.length <= 1) return found[0]
  return { all: found }
}
