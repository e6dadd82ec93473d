import { describe, expect, it } from 'vitest'
import { cnIdCheckChar, isBirthDate, isCnId } from './cn-id'

const CHARSET = '0123456789X'
const withCheck = (first17: string): string => first17 + cnIdCheckChar(first17)
const ymd = (d: Date): string =>
  `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`

/** Every string differing from `s` in exactly one position, over `charset`. */
const mutations = function* (s: string, charset: string): Generator<string> {
  for (let i = 0; i < s.length; i++) {
    for (const c of charset) if (c !== s[i]) yield s.slice(0, i) + c + s.slice(i + 1)
  }
}

describe('isCnId', () => {
  it('accepts the example of GB 11643-1999', () => {
    expect(isCnId('11010519491231002X')).toBe(true)
  })

  it('accepts computed numbers across provinces and dates', () => {
    for (const body of [
      '43010419900101123',
      '11010120000229001',
      '65010219000101777',
      '81000019851231002',
      '44030320240229456',
    ]) {
      expect(isCnId(withCheck(body)), body).toBe(true)
    }
  })

  it('refuses a correct check digit on a birth date before 1900', () => {
    // The second example of the standard: check digit fine, but born in 1880.
    expect(cnIdCheckChar('44052418800101001')).toBe('4')
    expect(isCnId('440524188001010014')).toBe(false)
  })

  it('refuses impossible dates even with a correct check digit', () => {
    for (const date of ['19000229', '20230229', '20240230', '20241301', '20240000', '20240431']) {
      expect(isCnId(withCheck(`430104${date}123`)), date).toBe(false)
    }
    expect(isCnId(withCheck('43010420000229123'))).toBe(true)
  })

  it('refuses a birth date in the future', () => {
    const tomorrow = new Date()
    tomorrow.setDate(tomorrow.getDate() + 1)
    expect(isCnId(withCheck(`430104${ymd(tomorrow)}123`))).toBe(false)
    expect(isCnId(withCheck(`430104${ymd(new Date())}123`))).toBe(true)
    expect(isBirthDate('20300101', new Date(2029, 11, 31))).toBe(false)
    expect(isBirthDate('20291231', new Date(2029, 11, 31))).toBe(true)
  })

  it('refuses unknown province codes', () => {
    for (const p of [
      '00',
      '10',
      '16',
      '24',
      '39',
      '47',
      '55',
      '60',
      '66',
      '70',
      '80',
      '84',
      '91',
      '99',
    ]) {
      expect(isCnId(withCheck(`${p}010419900101123`)), p).toBe(false)
    }
  })

  it('refuses wrong shapes', () => {
    const valid = '11010519491231002X'
    for (const s of [
      '',
      valid.toLowerCase(),
      valid.slice(0, 17),
      `${valid}0`,
      ` ${valid}`,
      '110105491231002', // the old 15-digit form
      '1101051949123100XX',
      '１１０１０５１９４９１２３１００２Ｘ',
    ]) {
      expect(isCnId(s), s).toBe(false)
    }
  })

  it('refuses every single-character change of valid numbers', () => {
    const valids = [
      '11010519491231002X',
      withCheck('43010419900101123'),
      withCheck('11010120000229001'),
      withCheck('53250119770707070'),
    ]
    for (const valid of valids) {
      expect(isCnId(valid)).toBe(true)
      let count = 0
      for (const m of mutations(valid, CHARSET)) {
        expect(isCnId(m), m).toBe(false)
        count++
      }
      expect(count).toBe(18 * 10)
    }
  })
})
