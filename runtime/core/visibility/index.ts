/**
 * Visibility rules: a node whose schema has `"x-visible-when": Rule` is shown, validated, kept and
 * sent on only while the rule holds. See ./README.md.
 */
export { conditionNote, describeRule } from './describe-rule'
export {
  applyVisibility,
  hiddenPaths,
  isHiddenAt,
  visibleErrors,
  withoutPaths,
} from './hidden-paths'
export { evaluateWith, isVisible, type RowIndex, valueAt } from './is-visible'
export { type RuleNode, type VisibilityPlan, visibilityPlan } from './plan'
export { isAtOrBelow, mapRuleFields, movePath, ruleFields, VISIBLE_WHEN } from './rule-fields'
