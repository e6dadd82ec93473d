import type { Situation } from '../types'
import { ruleQuestions } from './rule-questions'

/**
 * The questions with every question before the follow-ups that read it (ties keep definition
 * order). Duplicate ids keep their first definition; questions on a cycle come last.
 */
export function questionOrder(situations: Situation[]): Situation[] {
  const unique: Situation[] = []
  const ids = new Set<string>()
  for (const s of situations) {
    if (ids.has(s.id)) continue
    ids.add(s.id)
    unique.push(s)
  }
  const parents = new Map(
    unique.map((s) => [s.id, ruleQuestions(s.when).filter((q) => ids.has(q) && q !== s.id)]),
  )
  const placed = new Set<string>()
  const out: Situation[] = []
  let progress = true
  while (progress) {
    progress = false
    for (const s of unique) {
      if (placed.has(s.id)) continue
      if (!(parents.get(s.id) ?? []).every((p) => placed.has(p))) continue
      placed.add(s.id)
      out.push(s)
      progress = true
      break // restart so that earlier-defined questions keep precedence
    }
  }
  return [...out, ...unique.filter((s) => !placed.has(s.id))]
}
