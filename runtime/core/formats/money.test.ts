import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMoney, toCents, toChineseUppercase } from './money'

const DIGIT_VALUES = '零壹贰叁肆伍陆柒捌玖'
const SMALL: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n }

/** Reads a 大写 amount back into 分: an independent inverse used to check the writer. */
const parseUppercase = (text: string): bigint => {
  const negative = text.startsWith('负')
  const body = negative ? text.slice(1) : text
  const m = /^(?:(.+)元)?(?:零)?(?:(.)角)?(?:(.)分)?(整)?$/.exec(body)
  if (!m) throw new Error(`unreadable: ${text}`)
  const [, yuanText = '', jiao, fen] = m
  let total = 0n
  let section = 0n
  let digit = 0n
  for (const ch of yuanText) {
    const d = DIGIT_VALUES.indexOf(ch)
    if (d >= 0) digit = BigInt(d)
    else if (SMALL[ch]) {
      section += digit * SMALL[ch]!
      digit = 0n
    } else if (ch === '万') {
      section = (section + digit) * 10_000n
      digit = 0n
    } else if (ch === '亿') {
      total = (total + section + digit) * 100_000_000n
      section = 0n
      digit = 0n
    } else throw new Error(`unexpected ${ch} in ${text}`)
  }
  const yuan = total + section + digit
  const cents =
    yuan * 100n +
    (jiao ? BigInt(DIGIT_VALUES.indexOf(jiao)) * 10n : 0n) +
    (fen ? BigInt(DIGIT_VALUES.indexOf(fen)) : 0n)
  return negative ? -cents : cents
}

/** Shape rules of 大写 amounts, beyond the value. */
const expectWellFormed = (text: string): void => {
  if (text === '零元整') return
  expect(text).not.toMatch(/零零/)
  expect(text).not.toMatch(/零[元万亿角]/)
  expect(text).toMatch(/(整|分)$/)
  expect(text).not.toMatch(/分整$/)
}

describe('toChineseUppercase', () => {
  it('writes the usual amounts', () => {
    expect(toChineseUppercase(12_000_000)).toBe('壹仟贰佰万元整')
    expect(toChineseUppercase(34.56)).toBe('叁拾肆元伍角陆分')
    expect(toChineseUppercase(0)).toBe('零元整')
    expect(toChineseUppercase(10_005)).toBe('壹万零伍元整')
    expect(toChineseUppercase(10)).toBe('壹拾元整')
    expect(toChineseUppercase(1005)).toBe('壹仟零伍元整')
    expect(toChineseUppercase(1050)).toBe('壹仟零伍拾元整')
    expect(toChineseUppercase(100_010_000)).toBe('壹亿零壹万元整')
    expect(toChineseUppercase(120_000_000)).toBe('壹亿贰仟万元整')
    expect(toChineseUppercase(1e12)).toBe('壹万亿元整')
    expect(toChineseUppercase(1_000_000_000_005)).toBe('壹万亿零伍元整')
    expect(toChineseUppercase(8e15)).toBe('捌仟万亿元整')
  })

  it('writes 角 and 分 by the payment-settlement rules', () => {
    expect(toChineseUppercase(1.05)).toBe('壹元零伍分')
    expect(toChineseUppercase(10.06)).toBe('壹拾元零陆分')
    expect(toChineseUppercase(1.5)).toBe('壹元伍角整')
    expect(toChineseUppercase(0.5)).toBe('伍角整')
    expect(toChineseUppercase(0.06)).toBe('陆分')
    expect(toChineseUppercase(0.56)).toBe('伍角陆分')
  })

  it('rounds to 分 from the decimal the number shows', () => {
    expect(toChineseUppercase(1.005)).toBe('壹元零壹分')
    expect(toChineseUppercase(0.1 + 0.2)).toBe('叁角整')
    expect(toChineseUppercase(0.004)).toBe('零元整')
  })

  it('writes negative amounts with 负, but never 负零', () => {
    expect(toChineseUppercase(-5)).toBe('负伍元整')
    expect(toChineseUppercase(-1234.5)).toBe('负壹仟贰佰叁拾肆元伍角整')
    expect(toChineseUppercase(-0)).toBe('零元整')
    expect(toChineseUppercase(-0.001)).toBe('零元整')
  })

  it('reads 万元 amounts as value × 10000 元', () => {
    expect(toChineseUppercase(1200, '万元')).toBe('壹仟贰佰万元整')
    expect(toChineseUppercase(1.2345, '万元')).toBe('壹万贰仟叁佰肆拾伍元整')
    expect(toChineseUppercase(0.000001, '万元')).toBe('壹分')
  })

  it('refuses amounts it cannot write', () => {
    expect(() => toChineseUppercase(Number.NaN)).toThrow(RangeError)
    expect(() => toChineseUppercase(Number.POSITIVE_INFINITY)).toThrow(RangeError)
    expect(() => toChineseUppercase(1e16)).toThrow(RangeError)
    expect(() => toChineseUppercase(1e12, '万元')).toThrow(RangeError)
  })

  it('round-trips whole 元 amounts up to the largest safe integer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const text = toChineseUppercase(n)
        expectWellFormed(text)
        expect(parseUppercase(text)).toBe(BigInt(n) * 100n)
      }),
      { numRuns: 2000 },
    )
  })

  it('round-trips amounts with 角 and 分', () => {
    // Below 10^15 分 every 分 amount has an exact shortest decimal text (15 significant digits).
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), (cents) => {
        const text = toChineseUppercase(Number(cents) / 100)
        expectWellFormed(text)
        expect(parseUppercase(text)).toBe(cents)
      }),
      { numRuns: 2000 },
    )
  })

  it('round-trips small amounts, where zeros are most frequent', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (cents) => {
        const text = toChineseUppercase(cents / 100)
        expectWellFormed(text)
        expect(parseUppercase(text)).toBe(BigInt(cents))
      }),
    )
  })

  it('agrees between 万元 and 元', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), (wan) => {
        expect(toChineseUppercase(wan, '万元')).toBe(toChineseUppercase(wan * 10_000))
      }),
    )
  })
})

describe('toCents', () => {
  it('is exact for decimal inputs', () => {
    expect(toCents(1.2345, '万元')).toBe(1_234_500n)
    expect(toCents(19.99)).toBe(1999n)
    expect(toCents(1e-7)).toBe(0n)
    expect(toCents(-2.5)).toBe(-250n)
  })
})

describe('formatMoney', () => {
  it('groups thousands, keeps two decimals in 元', () => {
    expect(formatMoney(1234.5)).toBe('1,234.50元')
    expect(formatMoney(0)).toBe('0.00元')
    expect(formatMoney(999)).toBe('999.00元')
    expect(formatMoney(1_234_567.891, '元')).toBe('1,234,567.89元')
    expect(formatMoney(-1_000_000)).toBe('-1,000,000.00元')
  })

  it('keeps only the needed decimals in 万元', () => {
    expect(formatMoney(1200, '万元')).toBe('1,200万元')
    expect(formatMoney(12.5, '万元')).toBe('12.5万元')
    expect(formatMoney(0.000001, '万元')).toBe('0.000001万元')
    expect(formatMoney(-12_345.6789, '万元')).toBe('-12,345.6789万元')
  })
})
