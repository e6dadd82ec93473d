import { describe, expect, it } from 'vitest'
import { isCnMobile } from './cn-mobile'

describe('isCnMobile', () => {
  it('accepts plain 11-digit numbers starting 13–19', () => {
    for (const n of ['13812345678', '14700000000', '15912345678', '16612345678', '17700001111']) {
      expect(isCnMobile(n), n).toBe(true)
    }
    expect(isCnMobile('18912345678')).toBe(true)
    expect(isCnMobile('19912345678')).toBe(true)
  })

  it('refuses prefixes, separators and wrong numbers', () => {
    for (const n of [
      '+8613812345678',
      '8613812345678',
      '008613812345678',
      '138-1234-5678',
      '138 1234 5678',
      '1381234567',
      '138123456789',
      '12345678901',
      '10012345678',
      '03812345678',
      '',
    ]) {
      expect(isCnMobile(n), n).toBe(false)
    }
  })
})
