/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from the code charset (digits and uppercase
 * letters without I, O, S, V, Z).
 *
 * 1      登记管理部门代码, 2 机构类别代码 (pairs below)
 * 3-8    登记管理机关行政区划码, digits (not looked up: codes of abolished divisions stay valid)
 * 9-17   主体标识码 (organisation code); its own GB 11714 check digit is not enforced here
 * 18     check character: weights 3^(i-1) mod 31, C18 = 31 - (Σ mod 31), where 31 maps to 0
 */

export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

/** Registration authority → allowed organisation-type codes (GB 32100-2015 and its later additions). */
const AUTHORITY_TYPES: Record<string, string> = {
  '1': '1239', // 机构编制: 机关, 事业单位, 编办直管群众团体, 其他
  '2': '19', // 外交: 外国常住新闻机构, 其他
  '3': '123459', // 司法行政: 律所, 公证处, 基层法律服务所, 司法鉴定, 仲裁委, 其他
  '4': '19', // 文化: 外国在华文化中心, 其他
  '5': '1239', // 民政: 社会团体, 民办非企业单位, 基金会, 其他
  '6': '129', // 旅游: 外国/港澳台旅游部门常驻代表机构, 其他
  '7': '129', // 宗教: 宗教活动场所, 宗教院校, 其他
  '8': '19', // 工会: 基层工会, 其他
  '9': '123', // 工商: 企业, 个体工商户, 农民专业合作社
  A: '19', // 中央军委改革和编制办公室: 军队事业单位, 其他
  N: '1239', // 农业: 组级/村级/乡镇级集体经济组织, 其他
  Y: '1', // 其他: not subdivided
}

const WEIGHTS: number[] = []
for (let i = 0, w = 1; i < 17; i++, w = (w * 3) % 31) WEIGHTS.push(w)

const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/** The check character for the first 17 characters (which must be from the charset). */
export const usccCheckChar = (first17: string): string => {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17.charAt(i))
    if (v < 0) throw new RangeError(`not a USCC character: ${first17.charAt(i)}`)
    sum += v * WEIGHTS[i]!
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31]!
}

export const isUscc = (s: string): boolean => {
  if (typeof s !== 'string' || !SHAPE.test(s)) return false
  const types = AUTHORITY_TYPES[s[0]!]
  if (!types?.includes(s[1]!)) return false
  return usccCheckChar(s) === s[17]
}
