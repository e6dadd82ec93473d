import { isCnDivision } from './cn-division'
import { isCnId } from './cn-id'
import { isCnMobile } from './cn-mobile'
import { isCnPhone } from './cn-phone'
import { isCnPostcode } from './cn-postcode'
import { isProjectCode } from './project-code'
import { isUscc } from './uscc'

export { type DivisionNode, divisionName, divisionTree, isCnDivision } from './cn-division'
export { cnIdCheckChar, isCnId } from './cn-id'
export { isCnMobile } from './cn-mobile'
export { isCnPhone } from './cn-phone'
export { isCnPostcode } from './cn-postcode'
export { formatMoney, type MoneyUnit, toCents, toChineseUppercase } from './money'
export { isProjectCode } from './project-code'
export { isUscc, USCC_CHARSET, usccCheckChar } from './uscc'

/** The Chinese string formats, by the name a schema's `format` uses. */
export const chineseFormats: Record<string, (s: string) => boolean> = {
  'cn-id': isCnId,
  uscc: isUscc,
  'cn-mobile': isCnMobile,
  'cn-phone': isCnPhone,
  'cn-postcode': isCnPostcode,
  'cn-division': isCnDivision,
  'project-code': isProjectCode,
}
