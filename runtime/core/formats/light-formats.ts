import { isCnId } from './cn-id'
import { isCnMobile } from './cn-mobile'
import { isCnPhone } from './cn-phone'
import { isCnPostcode } from './cn-postcode'
import { isProjectCode } from './project-code'
import { isUscc } from './uscc'

/**
 * The Chinese string formats that need no data table. The browser loads `cn-division` (and its
 * division table) only for forms that have such a field.
 */
export const lightFormats: Record<string, (s: string) => boolean> = {
  'cn-id': isCnId,
  uscc: isUscc,
  'cn-mobile': isCnMobile,
  'cn-phone': isCnPhone,
  'cn-postcode': isCnPostcode,
  'project-code': isProjectCode,
}
