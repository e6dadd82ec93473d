import { isCnDivision } from './cn-division'
import { lightFormats } from './light-formats'

export { type DivisionNode, divisionName, divisionTree, isCnDivision } from './cn-division'
export { cnIdCheckChar, isCnId } from './cn-id'
export { isCnMobile } from './cn-mobile'
export { isCnPhone } from './cn-phone'
export { isCnPostcode } from './cn-postcode'
export { formatMoney, type MoneyUnit, toCents, toChineseUppercase } from './money'
export { isProjectCode } from './project-code'
export { isUscc, USCC_CHARSET, usccCheckChar } from './uscc'
export { lightFormats }

/** The Chinese string formats, by the name a schema's `format` uses. */
export const chineseFormats: Record<string, (s: string) => boolean> = {
  ...lightFormats,
  'cn-division': isCnDivision,
}
