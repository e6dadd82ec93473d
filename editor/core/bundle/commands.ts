/** Command creators: what the UI dispatches (through the history, usually). */
import type {
  Guide,
  Rule,
  RuleTarget,
  Situation,
  SituationOption,
  Suggestion,
} from '../../../runtime/core/types'
import type {
  Command,
  GuideListEntry,
  GuideListKey,
  GuidePatch,
  MaterialPatch,
  MemberItem,
  MetaPatch,
  SituationPatch,
} from './types'

export const setMeta = (patch: MetaPatch): Command => ({ type: 'setMeta', patch })

/** Adds a member pinned to `item.version` (a published version), at `index` (the end). */
export const addMember = (item: MemberItem, index?: number): Command =>
  index === undefined ? { type: 'addMember', item } : { type: 'addMember', item, index }
/** Removes a member with its bindings, rejected suggestions, rules and section override. */
export const removeMember = (itemId: string): Command => ({ type: 'removeMember', itemId })
/** Pins a member to another published version (an upgrade); a changed code is followed. */
export const upgradeMember = (item: MemberItem): Command => ({ type: 'upgradeMember', item })
export const moveMember = (itemId: string, index: number): Command => ({
  type: 'moveMember',
  itemId,
  index,
})

/** The bundle binds a member's field to an element (never an edit of the member's item). */
export const bind = (item: string, path: string, element: string): Command => ({
  type: 'bind',
  bindings: [{ item, path, element }],
})
/** The bundle unbinds a member's field: it stays in its item's section. */
export const unbind = (item: string, path: string): Command => bind(item, path, '')
/** Drops the bundle's own binding of a field (its `x-element`, if any, applies again). */
export const clearBinding = (item: string, path: string): Command => ({
  type: 'clearBinding',
  item,
  path,
})

/**
 * Accepting a suggestion binds its field. A proposed new element (`{new: true, title}`) needs the
 * id of the element created for it (POST /api/elements first); `fields` are all the fields that
 * share the proposal (see `suggestionGroups`), bound in one step.
 */
export function acceptSuggestion(
  suggestion: Suggestion,
  options: { element?: string; fields?: { item: string; path: string }[] } = {},
): Command {
  const element = typeof suggestion.element === 'string' ? suggestion.element : options.element
  if (element === undefined) throw new Error('a proposed new element needs the created element id')
  const fields = options.fields ?? [suggestion]
  return {
    type: 'bind',
    bindings: fields.map((f) => ({ item: f.item, path: f.path, element })),
  }
}
export const rejectSuggestion = (s: { item: string; path: string }): Command => ({
  type: 'reject',
  item: s.item,
  path: s.path,
})
export const unreject = (item: string, path: string): Command => ({ type: 'unreject', item, path })

/** A section title override (null: the merged title again). */
export const setSectionTitle = (key: string, title: string | null): Command => ({
  type: 'setSection',
  key,
  patch: { title },
})
/** Section order as overrides: 1, 2, 3 … in the order given. */
export const orderSections = (keys: string[]): Command => ({ type: 'orderSections', keys })
/** Moves section `key` to `index` within `current` (the merged order, see `sectionsOf`). */
export function moveSection(current: string[], key: string, index: number): Command {
  const rest = current.filter((k) => k !== key)
  rest.splice(Math.max(0, Math.min(rest.length, Math.trunc(index))), 0, key)
  return orderSections(rest)
}
/** Drops every section override (title and order) of a section. */
export const resetSection = (key: string): Command => ({
  type: 'setSection',
  key,
  patch: { title: null, order: null },
})

/** Patches a material's override; null drops an overridden property. */
export const setMaterial = (key: string, patch: MaterialPatch): Command => ({
  type: 'setMaterial',
  key,
  patch,
})
export const resetMaterial = (key: string): Command => ({ type: 'resetMaterial', key })

export const addSituation = (situation: Situation, index?: number): Command =>
  index === undefined
    ? { type: 'addSituation', situation }
    : { type: 'addSituation', situation, index }
/** A follow-up: a question shown only when `when` holds (e.g. `{q: 'invest', eq: 'gov'}`). */
export const addFollowUp = (situation: Situation, when: Rule, index?: number): Command =>
  addSituation({ ...situation, when }, index)
export const updateSituation = (id: string, patch: SituationPatch): Command => ({
  type: 'updateSituation',
  id,
  patch,
})
export const removeSituation = (id: string): Command => ({ type: 'removeSituation', id })
export const moveSituation = (id: string, index: number): Command => ({
  type: 'moveSituation',
  id,
  index,
})
export const addOption = (question: string, option: SituationOption, index?: number): Command =>
  index === undefined
    ? { type: 'addOption', question, option }
    : { type: 'addOption', question, option, index }
export const updateOption = (
  question: string,
  value: string,
  patch: Partial<SituationOption>,
): Command => ({ type: 'updateOption', question, value, patch })
export const removeOption = (question: string, value: string): Command => ({
  type: 'removeOption',
  question,
  value,
})
export const moveOption = (question: string, value: string, index: number): Command => ({
  type: 'moveOption',
  question,
  value,
  index,
})

/** The rule that makes an item, material or section apply; null: it always applies. */
export const setRule = (target: RuleTarget, when: Rule | null): Command => ({
  type: 'setRule',
  target,
  when,
})

export const setGuide = (patch: GuidePatch): Command => ({ type: 'setGuide', patch })
export const setGuideElement = <K extends keyof Guide>(key: K, value: Guide[K] | null): Command =>
  setGuide({ [key]: value } as GuidePatch)
export const addGuideEntry = <L extends GuideListKey>(
  list: L,
  value: GuideListEntry[L],
  index?: number,
): Command =>
  index === undefined
    ? { type: 'addGuideEntry', list, value }
    : { type: 'addGuideEntry', list, value, index }
/** Replaces a text entry, or patches an object entry (null drops an optional property). */
export const updateGuideEntry = <L extends GuideListKey>(
  list: L,
  index: number,
  value: GuideListEntry[L] extends string
    ? string
    : { [K in keyof GuideListEntry[L]]?: GuideListEntry[L][K] | null },
): Command => ({ type: 'updateGuideEntry', list, index, value })
export const removeGuideEntry = (list: GuideListKey, index: number): Command => ({
  type: 'removeGuideEntry',
  list,
  index,
})
export const moveGuideEntry = (list: GuideListKey, index: number, to: number): Command => ({
  type: 'moveGuideEntry',
  list,
  index,
  to,
})
