/**
 * 投资项目统一代码 as assigned by the 全国投资项目在线审批监管平台: 24 characters, five hyphenated
 * groups `TTTT-RRRRRR-DD-KK-NNNNNN`, all digits.
 *
 * - TTTT: the time code. Codes assigned under the 2016 rules carry the year (2014–2020); codes
 *   assigned under the 2020 《固定资产投资项目代码管理规范》 (GB/T 40058-2021) carry year and month
 *   as YYMM (20MM … 99MM, month 01–12). Both are accepted.
 * - RRRRRR: 6-digit region code (GB/T 2260; not looked up, old codes of merged divisions stay valid;
 *   `000000` is refused).
 * - DD: 2-digit industry code (old rules) or central supervising department code (new rules).
 * - KK: 2-digit project type code, `01`–`99`.
 * - NNNNNN: 6-digit serial (old rules) or 5-digit random code plus check digit (new rules; the check
 *   digit's algorithm is not public, so it is not verified).
 *
 * The 20-digit form without hyphens is refused: the platform prints, and other systems expect,
 * the hyphenated form.
 */
const SHAPE = /^(\d{4})-(\d{6})-(\d{2})-(\d{2})-(\d{6})$/

const isTimeCode = (t: string): boolean => {
  const n = Number(t)
  if (n >= 2014 && n <= 2020) return true
  const yy = Number(t.slice(0, 2))
  const mm = Number(t.slice(2))
  return yy >= 20 && mm >= 1 && mm <= 12
}

export const isProjectCode = (s: string): boolean => {
  if (typeof s !== 'string') return false
  const m = SHAPE.exec(s)
  if (!m) return false
  const [, time, region, , kind] = m
  return isTimeCode(time!) && region !== '000000' && kind !== '00'
}
