/**
 * 18-character PRC resident identity number (GB 11643-1999):
 * 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit sequence, MOD 11-2 check character.
 *
 * Accepted: exactly 18 characters, the check character `X` in uppercase only (normalising case is
 * the input widget's job, so the stored value stays canonical). The first two digits must be a
 * province-level code: mainland provinces, 71 (台湾), and 81/82/83, which the 港澳台居民居住证
 * numbers use. The birth date must be a real calendar date between 1900-01-01 and today.
 */

/** Weights 2^(17-i) mod 11 for positions 1..17. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** Check character indexed by (weighted sum mod 11). */
const CHECK = '10X98765432'

const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
  53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
])

const SHAPE = /^\d{17}[\dX]$/

/** The MOD 11-2 check character for the first 17 digits. */
export const cnIdCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * WEIGHTS[i]!
  return CHECK[sum % 11]!
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** True when `yyyymmdd` is a real date from 1900-01-01 up to and including `today`. */
export const isBirthDate = (yyyymmdd: string, today: Date = new Date()): boolean => {
  const y = Number(yyyymmdd.slice(0, 4))
  const m = Number(yyyymmdd.slice(4, 6))
  const d = Number(yyyymmdd.slice(6, 8))
  if (y < 1900 || m < 1 || m > 12 || d < 1) return false
  const max = m === 2 && isLeap(y) ? 29 : DAYS[m - 1]!
  if (d > max) return false
  // Compare as YYYYMMDD numbers in local time: the applicant's calendar day is what counts.
  const now = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate()
  return y * 10000 + m * 100 + d <= now
}

export const isCnId = (s: string): boolean => {
  if (typeof s !== 'string' || !SHAPE.test(s)) return false
  if (!PROVINCES.has(Number(s.slice(0, 2)))) return false
  if (!isBirthDate(s.slice(6, 14))) return false
  return cnIdCheckChar(s) === s[17]
}
