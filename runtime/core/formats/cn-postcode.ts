/**
 * Mainland postcode: 6 digits whose first two digits fall in a range the postal service assigned
 * to a province-level area (01–07 内蒙古/山西/河北, 10–13 北京/辽宁/吉林, 15–16 黑龙江, 20–27
 * 上海/江苏/安徽/山东, 30–36 天津/浙江/江西/福建, 40–47 重庆/湖南/湖北/河南, 51–57 广东/广西/贵州/
 * 海南, 61–67 四川/云南, 71–75 陕西/甘肃/宁夏, 81 青海, 83–84 新疆, 85–86 西藏). So no postcode
 * starts with 9, and `000000` or `08xxxx` are refused. Hong Kong, Macao and Taiwan have no mainland
 * postcode.
 */
const RANGES: [number, number][] = [
  [1, 7],
  [10, 13],
  [15, 16],
  [20, 27],
  [30, 36],
  [40, 47],
  [51, 57],
  [61, 67],
  [71, 75],
  [81, 81],
  [83, 86],
]

const SHAPE = /^\d{6}$/

export const isCnPostcode = (s: string): boolean => {
  if (typeof s !== 'string' || !SHAPE.test(s)) return false
  const prefix = Number(s.slice(0, 2))
  return RANGES.some(([lo, hi]) => prefix >= lo && prefix <= hi)
}
