import type { Answers, Rule } from '../types'
import { answerOf, isAnswered, sameValue } from './answer-value'

/**
 * Evaluates a rule over the answers. A multiple-choice answer (`string[]`) satisfies `eq` when it
 * contains the value and `in` when it shares a value. Unanswered questions make `eq`/`in` false.
 * Malformed rules (stored data is not trusted) evaluate to false instead of throwing.
 */
export function evaluateRule(rule: Rule, answers: Answers): boolean {
  if (!rule || typeof rule !== 'object') return false
  if ('all' in rule)
    return Array.isArray(rule.all) && rule.all.every((r) => evaluateRule(r, answers))
  if ('any' in rule)
    return Array.isArray(rule.any) && rule.any.some((r) => evaluateRule(r, answers))
  if ('not' in rule) return !evaluateRule(rule.not, answers)
  if (typeof rule.q !== 'string') return false
  const answer = answerOf(answers, rule.q)
  if ('answered' in rule) return isAnswered(answer) === (rule.answered === true)
  if (!isAnswered(answer)) return false
  const given = Array.isArray(answer) ? answer : [answer]
  if ('eq' in rule) return given.some((a) => sameValue(a, rule.eq))
  if ('in' in rule) {
    const wanted = rule.in
    return Array.isArray(wanted) && given.some((a) => wanted.some((w) => sameValue(a, w)))
  }
  return false
}
