import { evaluateRule } from '../situations/evaluate-rule'
import type { Answers, ApplicabilityRule, RuleTarget } from '../types'

/** Whether any rule targets this; malformed rule entries are skipped. */
export const hasRule = (rules: ApplicabilityRule[], target: RuleTarget): boolean =>
  rules.some((r) => r?.target?.type === target.type && r.target.id === target.id)

/** Every rule on the target holds (a target without rules applies). Answers must be normalized. */
export function rulesHold(
  rules: ApplicabilityRule[],
  target: RuleTarget,
  answers: Answers,
): boolean {
  return rules.every(
    (r) =>
      r?.target?.type !== target.type || r.target.id !== target.id || evaluateRule(r.when, answers),
  )
}
