import { describe, expect, it } from 'vitest'
import { guideCompleteness } from './completeness'

describe('guideCompleteness', () => {
  it('is 0 for nothing and lists every missing element', () => {
    const r = guideCompleteness(undefined)
    expect(r.rate).toBe(0)
    expect(r.missing.map((m) => m.title)).toContain('办理流程')
  })
  it('counts blanks and empty lists as missing, an empty 中介服务清单 as stated', () => {
    const r = guideCompleteness({
      implementer: '  ',
      basis: [],
      intermediaries: [],
      visits: 0,
      fee: '不收费',
    })
    const missing = r.missing.map((m) => m.key)
    expect(missing).toContain('implementer')
    expect(missing).toContain('basis')
    expect(missing).not.toContain('intermediaries')
    expect(missing).not.toContain('visits')
    expect(missing).not.toContain('fee')
  })
})
