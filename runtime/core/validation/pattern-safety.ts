import { isSafePattern, type RedosDetectorResult } from 'redos-detector'

export type PatternCheck =
  | { ok: true }
  | { ok: false; code: 'PATTERN_INVALID' | 'PATTERN_UNSAFE'; message: string }

/**
 * Analysis budget. The time limit is the one that matters in practice (some patterns exhaust it
 * long before the step limit); a pattern whose analysis runs out of budget is refused, since we
 * could not show it safe. Typical form patterns are decided in a few milliseconds.
 */
const LIMITS = { maxScore: 200, maxSteps: 20_000, timeout: 250 } as const

const SIMPLIFY_HINT =
  '避免嵌套或相邻的可重叠重复（如 (a+)+、\\d+\\d+、(a|ab)*），并为重复加上长度上限'

const overlapHint = (result: RedosDetectorResult): string => {
  const first = result.trails[0]?.trail[0]
  if (!first) return SIMPLIFY_HINT
  return `片段「${first.a.node.source}」与「${first.b.node.source}」可以匹配同一段输入，不匹配时回溯次数会随输入长度急剧增长；${SIMPLIFY_HINT}`
}

/**
 * Whether a schema `pattern` may be used: it must compile as a JavaScript RegExp with the `u` flag
 * (how ajv runs it), and redos-detector must find no catastrophic backtracking in it.
 */
export const checkPattern = (pattern: string): PatternCheck => {
  const known = memo.get(pattern)
  if (known) return known
  const result = analyse(pattern)
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value as string)
  memo.set(pattern, result)
  return result
}

/** Forms repeat the same few patterns; analysing one can take up to the time limit. */
const MEMO_SIZE = 2000
const memo = new Map<string, PatternCheck>()

const analyse = (pattern: string): PatternCheck => {
  try {
    new RegExp(pattern, 'u')
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    return {
      ok: false,
      code: 'PATTERN_INVALID',
      message: `正则表达式无效（按 Unicode 模式解析）：${reason}`,
    }
  }
  let result: RedosDetectorResult
  try {
    result = isSafePattern(pattern, { unicode: true, ...LIMITS })
  } catch {
    return {
      ok: false,
      code: 'PATTERN_UNSAFE',
      message: `正则表达式存在回溯风险（ReDoS），请简化：无法分析该表达式的回溯行为；${SIMPLIFY_HINT}`,
    }
  }
  if (result.safe) return { ok: true }
  if (result.error === 'hitMaxScore') {
    return {
      ok: false,
      code: 'PATTERN_UNSAFE',
      message: `正则表达式存在回溯风险（ReDoS），请简化：${overlapHint(result)}`,
    }
  }
  return {
    ok: false,
    code: 'PATTERN_UNSAFE',
    message: `正则表达式存在回溯风险（ReDoS），请简化：表达式过于复杂，未能在限定的分析时间内确认其安全；${SIMPLIFY_HINT}`,
  }
}
