/**
 * Visibility rules (`"x-visible-when": Rule`): the one implementation lives in the runtime core,
 * shared with the applicant runtime, the server, the PDF and merge (runtime/core/visibility).
 */
export {
  isAtOrBelow,
  isVisible,
  mapRuleFields,
  movePath,
  ruleFields,
  VISIBLE_WHEN,
} from '../../runtime/core/visibility'
