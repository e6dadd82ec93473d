import { describe, expect, it } from 'vitest'
import { isCnPhone } from './cn-phone'

describe('isCnPhone', () => {
  it('accepts landlines with 3- and 4-digit area codes, with or without the hyphen', () => {
    for (const n of [
      '010-62345678',
      '01062345678',
      '021-87654321',
      '029-88886666',
      '0731-88886666',
      '073188886666',
      '0731-8888666',
      '07318888666',
      '0991-2345678',
    ]) {
      expect(isCnPhone(n), n).toBe(true)
    }
  })

  it('accepts an extension after a hyphen', () => {
    expect(isCnPhone('010-62345678-1')).toBe(true)
    expect(isCnPhone('0731-88886666-123456')).toBe(true)
    expect(isCnPhone('073188886666-8001')).toBe(true)
  })

  it('accepts 400/800 service numbers', () => {
    for (const n of ['4001234567', '400-123-4567', '400-1234-567', '800-820-8820', '8008208820']) {
      expect(isCnPhone(n), n).toBe(true)
    }
  })

  it('refuses malformed numbers', () => {
    for (const n of [
      '010-1234567', // 3-digit area codes take 8-digit numbers
      '010-623456789',
      '010-12345678', // local numbers do not start with 1
      '0731-888866666',
      '0731-888866',
      '010-02345678', // local numbers do not start with 0 or 1
      '0731-18886666',
      '88886666', // no area code
      '13812345678', // a mobile, see cn-mobile
      '0731 88886666',
      '(0731)88886666',
      '0731-88886666-',
      '0731-88886666-1234567',
      '011-62345678',
      '400-12-34567',
      '500-123-4567',
      '40012345678',
      '',
    ]) {
      expect(isCnPhone(n), n).toBe(false)
    }
  })
})
