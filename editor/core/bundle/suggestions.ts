/**
 * The suggestion list of the merged view and element pickers: accepting a suggestion adds a
 * binding to the bundle (never an edit of another department's item); rejecting adds `item:path`
 * to the draft's `rejected` list, which merge then leaves out.
 */
import type { MergeOutput } from '../../../runtime/core/merge/types'
import { type ElementIndex, indexElements } from '../../../runtime/core/suggest/element-index'
import { scoreField } from '../../../runtime/core/suggest/score-field'
import type { Element, JsonSchema, Suggestion } from '../../../runtime/core/types'
import { keyFromTitle } from '../keys'
import * as cmd from './commands'
import { fieldOf } from './merged'
import { memberByCode } from './state'
import type { BundleState, Command } from './types'

export type SuggestionView = {
  suggestion: Suggestion
  /** `item:path`, unique in the list */
  key: string
  itemName: string
  department: string
  fieldTitle: string
  /** the element's title (a proposed new element: its title) */
  elementTitle: string
  /** a proposed new element, which must be created before it can be bound */
  proposed: boolean
  /** accepts it: for a proposed element, undefined (use `acceptProposed`) */
  accept?: Command
  reject: Command
}

const titleOf = (s: JsonSchema | undefined, path: string) =>
  typeof s?.title === 'string' ? s.title : (path.split('.').pop() ?? path)

/** The merge's suggestions, with what the list shows and the commands of its buttons. */
export function suggestionsOf(
  state: BundleState,
  merged: MergeOutput,
  elements: Element[],
): SuggestionView[] {
  const byId = new Map(elements.map((e) => [e.id, e]))
  return merged.suggestions.map((s) => {
    const item = memberByCode(state, s.item)
    const proposed = typeof s.element !== 'string'
    const elementTitle =
      typeof s.element === 'string' ? (byId.get(s.element)?.title ?? s.element) : s.element.title
    const view: SuggestionView = {
      suggestion: s,
      key: `${s.item}:${s.path}`,
      itemName: item?.name ?? s.item,
      department: item?.department ?? '',
      fieldTitle: titleOf(item ? fieldOf(item, s.path)?.schema : undefined, s.path),
      elementTitle,
      proposed,
      reject: cmd.rejectSuggestion(s),
    }
    if (!proposed) view.accept = cmd.acceptSuggestion(s)
    return view
  })
}

/** The fields that share one proposed new element (by its title), in list order. */
export function proposalGroups(merged: MergeOutput): { title: string; fields: Suggestion[] }[] {
  const groups = new Map<string, Suggestion[]>()
  for (const s of merged.suggestions) {
    if (typeof s.element === 'string') continue
    const list = groups.get(s.element.title)
    if (list) list.push(s)
    else groups.set(s.element.title, [s])
  }
  return [...groups].map(([title, fields]) => ({ title, fields }))
}

/** Binds every field of a proposal to the element created for it, in one step. */
export const acceptProposed = (group: { fields: Suggestion[] }, elementId: string): Command => {
  const first = group.fields[0]
  if (!first) throw new Error('an empty proposal')
  return cmd.acceptSuggestion(first, { element: elementId, fields: group.fields })
}

/**
 * A draft of the element a proposal asks for, to POST to /api/elements: the group is the one most
 * sibling fields of the proposal are bound to (else 申请信息), the id `group.pinyinKey` (unique),
 * the schema the first field's (without title, description and x-element), the other field titles
 * as synonyms.
 */
export function proposedElement(
  state: BundleState,
  merged: MergeOutput,
  group: { title: string; fields: Suggestion[] },
  elements: Element[],
): Element {
  const votes = new Map<string, number>()
  for (const f of group.fields) {
    const parent = f.path.split('.').slice(0, -1).join('.')
    for (const e of merged.mapping) {
      if (e.item !== f.item || !e.common) continue
      if (parent === '' ? e.path.includes('.') : !e.path.startsWith(`${parent}.`)) continue
      const g = e.merged.split('.')[0] ?? ''
      votes.set(g, (votes.get(g) ?? 0) + 1)
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0]
  const prefix = best ?? 'application'
  const groupTitle =
    elements.find((e) => e.id.startsWith(`${prefix}.`))?.group ??
    (prefix === 'application' ? '申请信息' : prefix)
  const taken = new Set(elements.map((e) => e.id))
  const base = `${prefix}.${keyFromTitle(group.title).replace(/[^A-Za-z0-9]/g, '') || 'field'}`
  let id = base
  for (let n = 2; taken.has(id); n++) id = `${base}${n}`
  const titles = new Set<string>()
  let schema: JsonSchema = { type: 'string' }
  group.fields.forEach((f, i) => {
    const item = memberByCode(state, f.item)
    const own = item ? fieldOf(item, f.path)?.schema : undefined
    if (!own) return
    if (typeof own.title === 'string' && own.title !== group.title) titles.add(own.title)
    if (i === 0) {
      const { title: _t, description: _d, 'x-element': _x, ...rest } = own
      schema = rest
    }
  })
  return {
    id,
    title: group.title,
    group: groupTitle,
    synonyms: [...titles],
    schema: { title: group.title, ...schema },
  }
}

export type ElementCandidate = { element: Element; confidence: number }

const indexes = new WeakMap<Element[], ElementIndex>()
const indexOf = (elements: Element[]): ElementIndex => {
  let index = indexes.get(elements)
  if (!index) {
    index = indexElements(elements)
    indexes.set(elements, index)
  }
  return index
}

/**
 * Elements a member's field could be bound to, best first (the merge's own scoring: titles,
 * synonyms, keys, with conflicting elements vetoed against the element's schema).
 */
export function elementCandidates(
  state: BundleState,
  item: string,
  path: string,
  elements: Element[],
  options: { limit?: number; minConfidence?: number; except?: string[] } = {},
): ElementCandidate[] {
  const member = memberByCode(state, item)
  const field = member ? fieldOf(member, path) : undefined
  if (!field) return []
  const except = new Set(options.except ?? [])
  return scoreField({ item, path, schema: field.schema, context: field.context }, indexOf(elements))
    .filter((s) => s.confidence >= (options.minConfidence ?? 0.5) && !except.has(s.element.id))
    .slice(0, options.limit ?? 5)
}

/**
 * The element picker of a member's field: the scored candidates first, then every other element
 * whose id, title, synonyms or group contain `query` (all of them for an empty query), by id.
 */
export function elementChoices(
  state: BundleState,
  item: string,
  path: string,
  elements: Element[],
  query = '',
): { element: Element; confidence?: number }[] {
  const q = query.trim().toLowerCase()
  const matches = (e: Element) =>
    q === '' ||
    [e.id, e.title, e.group, ...(e.synonyms ?? [])].some((t) => t.toLowerCase().includes(q))
  const top = elementCandidates(state, item, path, elements).filter((c) => matches(c.element))
  const shown = new Set(top.map((c) => c.element.id))
  const rest = elements
    .filter((e) => !shown.has(e.id) && matches(e))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((element) => ({ element }))
  return [...top, ...rest]
}
