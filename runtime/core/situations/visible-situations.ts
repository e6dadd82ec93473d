import type { Answers, Situation } from '../types'
import { evaluateRule } from './evaluate-rule'
import { ruleQuestions } from './rule-questions'

/**
 * A lazy, memoized visibility test. A question is visible when every question its `when` reads is
 * visible and the rule holds. So a follow-up of a hidden question is hidden even if a stale answer
 * to that question is still around; questions on a cycle, or reading unknown questions, are hidden.
 * With duplicate ids the first definition counts.
 */
export function visibility(situations: Situation[], answers: Answers): (id: string) => boolean {
  const byId = new Map<string, Situation>()
  for (const s of situations) if (!byId.has(s.id)) byId.set(s.id, s)
  const state = new Map<string, boolean | 'visiting'>()
  const visible = (id: string): boolean => {
    const s = byId.get(id)
    if (!s) return false
    const known = state.get(id)
    if (known === 'visiting') return false
    if (known !== undefined) return known
    state.set(id, 'visiting')
    const shown = !s.when || (ruleQuestions(s.when).every(visible) && evaluateRule(s.when, answers))
    state.set(id, shown)
    return shown
  }
  return visible
}

/** The questions to show for these answers, in definition order. */
export function visibleSituations(situations: Situation[], answers: Answers): Situation[] {
  const visible = visibility(situations, answers)
  return situations.filter((s) => visible(s.id))
}
