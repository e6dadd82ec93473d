/**
 * The pure core of the bundle composer and guide builder: draft state, commands, reducer, undo/redo
 * and the derived views (merged form, suggestions, conflicts, situations coverage, materials,
 * guide, publish check and diff). See README.md.
 */
export * as bundleCommands from './commands'
export {
  CONFLICT_KINDS,
  type ConflictAction,
  type ConflictMemberView,
  type ConflictView,
  conflictKey,
  conflictsOf,
  type Trial,
  tryCommand,
} from './conflicts'
export {
  defaultFee,
  defaultGuide,
  defaultProcess,
  fillGuideDefaults,
  type GuideView,
  type GuideWarning,
  generateProcess,
  guideView,
  guideWarnings,
  memberDepartments,
  NO_FEE,
  PARALLEL_GROUP,
  processDays,
} from './guide'
export {
  type BundleHistory,
  bundleCoalesceKey,
  createBundleHistory,
  isBundleDirty,
  markBundleSaved,
  recordBundle,
} from './history'
export {
  type MaterialSource,
  type MaterialView,
  materialsOf,
  staleMaterialOverrides,
} from './materials'
export {
  addableItems,
  type LatestVersions,
  type UpgradeOffer,
  type UpgradePreview,
  upgradeDiff,
  upgradeOffers,
  upgradePreview,
} from './members'
export {
  type BindingSource,
  bindingOf,
  createMerger,
  type FieldUser,
  fieldOf,
  fieldsOf,
  itemSchema,
  type MergeContext,
  type MergedField,
  type MergedSection,
  type Merger,
  sectionKeys,
  sectionsOf,
} from './merged'
export {
  diffCounts,
  draftIssues,
  type PublishCheck,
  publishCheck,
  publishDiff,
  publishedContent,
} from './publish'
export { executeBundle, type Outcome, reduceBundle } from './reducer'
export { mapBundleRules, mapRuleLeaves, renameQuestionIn, renameValueIn, ruleOf } from './rules'
export {
  answerLabels,
  type CoverageFlag,
  type CoverageFlagCode,
  type CoverageRow,
  type CoverageTable,
  coverageFlags,
  coverageTable,
  questionUsage,
  type RuleTargetView,
  ruleTargets,
  situationIssues,
  tailorInput,
} from './situations'
export {
  BundleStateError,
  createBundleState,
  itemSectionKey,
  memberByCode,
  memberItems,
  normalizeDoc,
  toBundleInput,
} from './state'
export {
  acceptProposed,
  type ElementCandidate,
  elementCandidates,
  elementChoices,
  proposalGroups,
  proposedElement,
  type SuggestionView,
  suggestionsOf,
} from './suggestions'
export {
  type BundleDoc,
  type BundleState,
  type Command as BundleCommand,
  type CommandType as BundleCommandType,
  type GuideListEntry,
  type GuideListKey,
  type GuidePatch,
  type MaterialPatch,
  type MemberItem,
  type MetaPatch,
  type Pin,
  type SituationPatch,
  STAGES,
} from './types'
export { LIMITS } from './validate'
