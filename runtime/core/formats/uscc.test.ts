import { describe, expect, it } from 'vitest'
import { isUscc, USCC_CHARSET, usccCheckChar } from './uscc'

const withCheck = (first17: string): string => first17 + usccCheckChar(first17)

const mutations = function* (s: string, charset: string): Generator<string> {
  for (let i = 0; i < s.length; i++) {
    for (const c of charset) if (c !== s[i]) yield s.slice(0, i) + c + s.slice(i + 1)
  }
}

/** Codes printed on real business licences (check characters verified by hand and here). */
const REAL = [
  '91430100MA4L1XJQ2X',
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 深圳市腾讯计算机系统有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
]

/** Every registration authority with each organisation type it allows. */
const PAIRS = [
  ...['11', '12', '13', '19', '21', '29', '31', '32', '33', '34', '35', '39'],
  ...['41', '49', '51', '52', '53', '59', '61', '62', '69', '71', '72', '79', '81', '89'],
  ...['91', '92', '93', 'A1', 'A9', 'N1', 'N2', 'N3', 'N9', 'Y1'],
]

describe('usccCheckChar', () => {
  it('computes the check character of real codes', () => {
    for (const code of REAL) expect(usccCheckChar(code.slice(0, 17)), code).toBe(code[17])
  })

  it('maps a remainder of 0 to the character 0', () => {
    // 17 zeros: Σ = 0, so C18 = 31 - 0 → 31 → 0.
    expect(usccCheckChar('00000000000000000')).toBe('0')
  })

  it('throws on characters outside the charset', () => {
    expect(() => usccCheckChar('9143010OMA4L1XJQ2')).toThrow(RangeError)
  })
})

describe('isUscc', () => {
  it('accepts real codes', () => {
    for (const code of REAL) expect(isUscc(code), code).toBe(true)
  })

  it('accepts every authority/type pair of the standard', () => {
    for (const pair of PAIRS) expect(isUscc(withCheck(`${pair}430104MA4L1XJQ2`)), pair).toBe(true)
  })

  it('refuses authority/type pairs the standard does not define', () => {
    for (const pair of ['01', '10', '14', '22', '36', '42', '54', '63', '73', '82', '94', '99']) {
      expect(isUscc(withCheck(`${pair}430104MA4L1XJQ2`)), pair).toBe(false)
    }
    for (const pair of ['B1', 'C1', 'M1', 'Y2', 'Y9', 'A2', 'N4', '9A']) {
      expect(isUscc(withCheck(`${pair}430104MA4L1XJQ2`)), pair).toBe(false)
    }
  })

  it('refuses letters in the division code even with a matching check character', () => {
    expect(isUscc(withCheck('9143010AMA4L1XJQ2'))).toBe(false)
  })

  it('refuses I, O, S, V, Z, lowercase and wrong lengths', () => {
    for (const c of 'IOSVZ') expect(isUscc(`91430100MA4L1XJQ2${c}`)).toBe(false)
    expect(isUscc('91430100ma4l1xjq2x')).toBe(false)
    expect(isUscc('91430100MA4L1XJQ2')).toBe(false)
    expect(isUscc('91430100MA4L1XJQ2X0')).toBe(false)
    expect(isUscc('')).toBe(false)
  })

  it('refuses every single-character change of valid codes', () => {
    const valids = [...REAL, withCheck('52110000MJ0000001'), withCheck('Y1430104000000000')]
    for (const valid of valids) {
      expect(isUscc(valid)).toBe(true)
      let count = 0
      for (const m of mutations(valid, USCC_CHARSET)) {
        expect(isUscc(m), m).toBe(false)
        count++
      }
      expect(count).toBe(18 * 30)
    }
  })
})
