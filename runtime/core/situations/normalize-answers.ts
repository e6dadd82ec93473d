import type { Answers, Situation } from '../types'
import { answerOf, isAnswered, setOwn } from './answer-value'
import { visibility } from './visible-situations'

/**
 * Keeps the answers of visible questions only, in definition order: answers to hidden follow-ups
 * (left over after an earlier answer changed), to unknown ids, and empty answers are dropped.
 */
export function normalizeAnswers(situations: Situation[], answers: Answers): Answers {
  const visible = visibility(situations, answers)
  const out: Answers = {}
  for (const s of situations) {
    if (Object.hasOwn(out, s.id) || !visible(s.id)) continue
    const v = answerOf(answers, s.id)
    if (!isAnswered(v)) continue
    setOwn(out, s.id, Array.isArray(v) ? [...v] : v)
  }
  return out
}
