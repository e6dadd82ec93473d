import type { PatternCheck } from '../../runtime/core/schema'

/** Placeholder until the validation module's ReDoS check lands: compile check only. */
export const checkPatternSafety: PatternCheck = (pattern) => {
  try {
    new RegExp(pattern, 'u')
    return { ok: true }
  } catch (e) {
    return { ok: false, message: `正则表达式无效：${(e as Error).message}` }
  }
}
