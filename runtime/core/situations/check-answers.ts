import type { Answers, Situation } from '../types'
import { answerOf, isAnswered, sameValue } from './answer-value'
import type { Issue } from './issue'
import { visibility } from './visible-situations'

const isOption = (s: Situation, v: unknown) =>
  Array.isArray(s.options) && s.options.some((o) => sameValue(o.value, v))

const isScalar = (v: unknown) => typeof v === 'string' || typeof v === 'boolean'

/**
 * Checks an applicant's answers. Unknown ids, wrong shapes, unknown options and unanswered visible
 * questions are reported. Answers to hidden questions are ignored, not refused: a client that
 * changed an earlier answer may still hold follow-up answers, and `normalizeAnswers` drops them.
 */
export function checkAnswers(
  situations: Situation[],
  answers: Answers,
  options: { partial?: boolean } = {},
): Issue[] {
  const issues: Issue[] = []
  const ids = new Set(situations.map((s) => s.id))
  for (const key of Object.keys(answers)) {
    if (!ids.has(key)) issues.push({ path: `answers.${key}`, message: `未知的情形问题「${key}」` })
  }
  const visible = visibility(situations, answers)
  const seen = new Set<string>()
  for (const s of situations) {
    if (seen.has(s.id)) continue
    seen.add(s.id)
    if (!visible(s.id)) continue
    const path = `answers.${s.id}`
    const title = s.title || s.id
    const v = answerOf(answers, s.id)
    if (!isAnswered(v)) {
      // partial: an applicant still answering; what is answered must be right, the rest may wait
      if (!options.partial) issues.push({ path, message: `请回答「${title}」` })
    } else if (s.kind === 'multiple') {
      if (!Array.isArray(v)) {
        issues.push({ path, message: `「${title}」是多选题，回答应为选项列表` })
        continue
      }
      const chosen = new Set<string>()
      v.forEach((x, i) => {
        const at = `${path}.${i}`
        if (!isScalar(x)) issues.push({ path: at, message: `「${title}」的回答无效` })
        else if (!isOption(s, x)) issues.push({ path: at, message: `「${title}」没有选项「${x}」` })
        else if (chosen.has(String(x)))
          issues.push({ path: at, message: `「${title}」的选项「${x}」重复选择` })
        chosen.add(String(x))
      })
    } else if (Array.isArray(v)) {
      issues.push({ path, message: `「${title}」是单选题，只能选择一项` })
    } else if (!isScalar(v)) {
      issues.push({ path, message: `「${title}」的回答无效` })
    } else if (!isOption(s, v)) {
      issues.push({ path, message: `「${title}」没有选项「${v}」` })
    }
  }
  return issues
}
