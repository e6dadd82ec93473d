/** The pure core of the visual form editor: state, commands, history, palette, keys, problems. */
export * as commands from './commands'
export { exportForm, exportSubtree } from './export-form'
export {
  editableProperties,
  type FieldType,
  fieldTypeOf,
  hasChoices,
  isDateRange,
  isMultiChoice,
  isNote,
} from './field-type'
export {
  breakCoalescing,
  canRedo,
  canUndo,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  type History,
  type HistoryOptions,
  isDirty,
  markSaved,
  type RecordOptions,
  record,
  redo,
  undo,
} from './history'
export { ImportError } from './import-form'
export { keyFromTitle, keyProblem, MAX_KEY_LENGTH, uniqueKey } from './keys'
export { readOptions, writeOptions } from './options'
export { palette, paletteEntry } from './palette'
export { elementEntries, elementForm, elementKey, elementUi } from './palette-elements'
export {
  findProblems,
  hasErrors,
  type Problem,
  type ProblemCode,
  type ProblemOptions,
  pointerToPath,
  type Severity,
} from './problems'
export { execute, type Outcome, reduce } from './reducer'
export {
  allNodes,
  childrenOf,
  contextTitles,
  createState,
  idAt,
  isWithin,
  nodeOf,
  pathOf,
  subtreeIds,
} from './state'
export {
  type BindingSuggester,
  type BindingSuggestion,
  bindingSuggester,
  suggestBindings,
} from './suggest-binding'
export type {
  ChoiceOption,
  Command,
  EditorNode,
  EditorState,
  FieldPatch,
  NodeId,
  NodeKind,
  PaletteEntry,
  Width,
} from './types'
export { isAtOrBelow, isVisible, mapRuleFields, ruleFields, VISIBLE_WHEN } from './visibility'
