/** The member items of 企业开办一件事, one per department, in the order the applicant meets them. */
import type { ItemTemplate } from '../../types'
import { companyRegistration } from './company-registration'
import { housingFundRegistration } from './housing-fund-registration'
import { newTaxpayerInvoice } from './new-taxpayer-invoice'
import { sealFiling } from './seal-filing'
import { socialInsuranceRegistration } from './social-insurance-registration'

export { companyRegistration } from './company-registration'
export { housingFundRegistration } from './housing-fund-registration'
export { newTaxpayerInvoice } from './new-taxpayer-invoice'
export { sealFiling } from './seal-filing'
export { socialInsuranceRegistration } from './social-insurance-registration'

export const enterpriseItems: ItemTemplate[] = [
  companyRegistration,
  sealFiling,
  newTaxpayerInvoice,
  socialInsuranceRegistration,
  housingFundRegistration,
]
