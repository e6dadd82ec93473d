/**
 * 工程建设项目审批 items of the four stages (立项用地规划许可、工程建设许可、施工许可、竣工验收),
 * one per file, in stage order.
 */
import type { ItemTemplate } from '../../types'
import { buildingPlanningPermit } from './building-planning-permit'
import { civilDefenseBasementApproval } from './civil-defense-basement-approval'
import { civilDefenseCompletionFiling } from './civil-defense-completion-filing'
import { completionAcceptanceFiling } from './completion-acceptance-filing'
import { constructionPermit } from './construction-permit'
import { constructionWasteDisposal } from './construction-waste-disposal'
import { eiaRegistrationFiling } from './eia-registration-filing'
import { enterpriseInvestmentFiling } from './enterprise-investment-filing'
import { fireAcceptance } from './fire-acceptance'
import { fireAcceptanceFiling } from './fire-acceptance-filing'
import { governmentFeasibilityApproval } from './government-feasibility-approval'
import { greenDesignReview } from './green-design-review'
import { landPresiteOpinion } from './land-presite-opinion'
import { landUsePlanningPermit } from './land-use-planning-permit'
import { planningConditionVerification } from './planning-condition-verification'

export {
  buildingPlanningPermit,
  civilDefenseBasementApproval,
  civilDefenseCompletionFiling,
  completionAcceptanceFiling,
  constructionPermit,
  constructionWasteDisposal,
  eiaRegistrationFiling,
  enterpriseInvestmentFiling,
  fireAcceptance,
  fireAcceptanceFiling,
  governmentFeasibilityApproval,
  greenDesignReview,
  landPresiteOpinion,
  landUsePlanningPermit,
  planningConditionVerification,
}

export const constructionItems: ItemTemplate[] = [
  // 立项用地规划许可
  enterpriseInvestmentFiling,
  governmentFeasibilityApproval,
  landPresiteOpinion,
  landUsePlanningPermit,
  // 工程建设许可
  buildingPlanningPermit,
  greenDesignReview,
  civilDefenseBasementApproval,
  // 施工许可
  constructionPermit,
  constructionWasteDisposal,
  eiaRegistrationFiling,
  // 竣工验收
  planningConditionVerification,
  fireAcceptance,
  fireAcceptanceFiling,
  civilDefenseCompletionFiling,
  completionAcceptanceFiling,
]
