/**
 * Money in 元 or 万元: thousands-separated display and the 中文大写 amount printed on forms and
 * PDFs (rules of the 《支付结算办法》 appendix: 壹拾 for a leading ten, 零 for inner zeros, 整 after
 * 元 or 角 when nothing follows). Amounts are rounded half away from zero to 分.
 */

export type MoneyUnit = '元' | '万元'

const DIGITS = '零壹贰叁肆伍陆柒捌玖'
const SMALL_UNITS = ['', '拾', '佰', '仟']
/** 10^16 元 in 分: the first amount past 万亿 (9999 万亿 … 元 is the largest). */
const LIMIT = 10n ** 18n
const NUMBER = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/

/**
 * The exact amount in 分 of `value` given in `unit`. Works on the shortest decimal text of the
 * number (what the user typed), not on its binary value, so 1.005 元 rounds to 101 分 and
 * 1.2345 万元 is exactly 1234500 分.
 */
export const toCents = (value: number, unit: MoneyUnit = '元'): bigint => {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`)
  const m = NUMBER.exec(String(Math.abs(value)))
  if (!m) throw new RangeError(`unsupported amount: ${value}`)
  const [, int, frac = '', exp = '0'] = m
  const digits = BigInt(int! + frac)
  const shift = Number(exp) - frac.length + (unit === '万元' ? 6 : 2)
  let cents: bigint
  if (shift >= 0) cents = digits * 10n ** BigInt(shift)
  else {
    const div = 10n ** BigInt(-shift)
    cents = digits / div
    if ((digits % div) * 2n >= div) cents += 1n
  }
  if (cents >= LIMIT) throw new RangeError(`amount too large (limit 万亿 元): ${value}`)
  return value < 0 ? -cents : cents
}

/** 1..9999 without a leading 零; inner runs of zeros become one 零. */
const fourDigits = (n: number): string => {
  let out = ''
  let zero = false
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10
    if (d === 0) {
      if (out) zero = true
      continue
    }
    if (zero) out += '零'
    zero = false
    out += DIGITS[d]! + SMALL_UNITS[p]!
  }
  return out
}

/** Writes the rest after a 亿/万 unit, with 零 when its highest place is empty. */
const rest = (lo: bigint, highestPlace: bigint): string =>
  lo === 0n ? '' : (lo < highestPlace ? '零' : '') + integerPart(lo)

const integerPart = (n: bigint): string => {
  if (n >= 100_000_000n) {
    return `${integerPart(n / 100_000_000n)}亿${rest(n % 100_000_000n, 10_000_000n)}`
  }
  if (n >= 10_000n) return `${fourDigits(Number(n / 10_000n))}万${rest(n % 10_000n, 1_000n)}`
  return fourDigits(Number(n))
}

/**
 * 中文大写 of an amount: `12000000` → `壹仟贰佰万元整`, `34.56` → `叁拾肆元伍角陆分`,
 * `0` → `零元整`, `-5` → `负伍元整`. With unit `万元` the amount is `value` × 10000 元.
 * Throws a RangeError for non-finite amounts and amounts of 10^16 元 or more.
 */
export const toChineseUppercase = (amount: number, unit: MoneyUnit = '元'): string => {
  const cents = toCents(amount, unit)
  const abs = cents < 0n ? -cents : cents
  const yuan = abs / 100n
  const jiao = Number((abs / 10n) % 10n)
  const fen = Number(abs % 10n)
  let out = yuan > 0n ? `${integerPart(yuan)}元` : ''
  if (jiao === 0 && fen === 0) out = `${out || '零元'}整`
  else {
    // 元 then 0 角 then some 分: the empty 角 is written as 零 (壹元零伍分).
    if (jiao > 0) out += `${DIGITS[jiao]}角`
    else if (yuan > 0n) out += '零'
    out += fen > 0 ? `${DIGITS[fen]}分` : '整'
  }
  return cents < 0n ? `负${out}` : out
}

const group = (n: bigint): string => n.toString().replace(/\B(?=(\d{3})+$)/g, ',')

/**
 * Display form with thousands separators and the unit: `1234.5, '元'` → `1,234.50元` (always
 * two decimals), `1200, '万元'` → `1,200万元`, `12.5, '万元'` → `12.5万元` (万元 keeps up to six
 * decimals, i.e. down to 分, without trailing zeros).
 */
export const formatMoney = (value: number, unit: MoneyUnit = '元'): string => {
  const cents = toCents(value, unit)
  const sign = cents < 0n ? '-' : ''
  const abs = cents < 0n ? -cents : cents
  if (unit === '元') {
    return `${sign}${group(abs / 100n)}.${(abs % 100n).toString().padStart(2, '0')}元`
  }
  const frac = (abs % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '')
  return `${sign}${group(abs / 1_000_000n)}${frac ? `.${frac}` : ''}万元`
}
