import { describe, expect, it } from 'vitest'
import { checkPattern } from './pattern-safety'

/** Patterns Chinese forms commonly carry; all must pass. */
const ACCEPTED = [
  '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$',
  '^1[3-9]\\d{9}$',
  '^\\d{6}$',
  '^[\\u4e00-\\u9fa5]{2,20}$',
  '^\\d{17}[\\dX]$',
  '^0\\d{2,3}-?\\d{7,8}$',
  '^\\d+(\\.\\d{1,2})?$',
  '^[\\u4e00-\\u9fa5A-Za-z0-9（）()·]{1,50}$',
  '^(\\d{1,3}\\.){3}\\d{1,3}$',
  '^.{0,200}$',
]

const REFUSED = ['^(a+)+$', '(x+x+)+y', '^(\\d+)*$', '\\s+$', '^(\\w+\\s?)*$']

/** Inputs meant to make a backtracking engine work hard: long runs and a failing end. */
const adversarial = (): string[] => {
  const n = 100 * 1024
  return ['a', '1', '中', 'X', ' ', '.'].flatMap((c) => [c.repeat(n), `${c.repeat(n - 1)}!`])
}

describe('checkPattern', () => {
  it('accepts common form patterns', () => {
    for (const p of ACCEPTED) expect(checkPattern(p), p).toEqual({ ok: true })
  })

  it('refuses patterns with catastrophic backtracking, in Chinese', () => {
    for (const p of REFUSED) {
      const result = checkPattern(p)
      expect(result.ok, p).toBe(false)
      if (result.ok) continue
      expect(result.code).toBe('PATTERN_UNSAFE')
      expect(result.message.startsWith('正则表达式存在回溯风险（ReDoS），请简化：')).toBe(true)
    }
  })

  it('refuses patterns it cannot decide in time, saying so', () => {
    const result = checkPattern('^(a|b|ab)*c$')
    expect(result).toMatchObject({ ok: false, code: 'PATTERN_UNSAFE' })
    if (!result.ok) expect(result.message).toContain('限定的分析时间')
  })

  it('refuses patterns that do not compile with the u flag', () => {
    for (const p of ['(', '[a-', '\\p{Nope}', 'a{2,1}', '\\-']) {
      const result = checkPattern(p)
      expect(result, p).toMatchObject({ ok: false, code: 'PATTERN_INVALID' })
      if (!result.ok) expect(result.message).toMatch(/^正则表达式无效/)
    }
  })

  it('decides quickly', () => {
    for (const p of [...ACCEPTED, ...REFUSED]) {
      const start = performance.now()
      checkPattern(p)
      expect(performance.now() - start, p).toBeLessThan(1000)
    }
  })

  it('keeps every accepted pattern fast on 100 KB inputs', () => {
    const inputs = adversarial()
    for (const p of ACCEPTED) {
      const re = new RegExp(p, 'u') // as ajv runs `pattern`
      for (const s of inputs) {
        const start = performance.now()
        re.test(s)
        expect(performance.now() - start, `${p} on ${s.slice(0, 3)}…`).toBeLessThan(50)
      }
    }
  })
})
