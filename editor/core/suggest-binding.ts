/**
 * Element binding suggestions for one field: the dictionary elements whose title or synonyms match
 * the field's title (and, with less weight, its key), best first. Scoring is runtime/core/suggest's,
 * the one the bundle merge uses, so the editor proposes what the merge would.
 */
import { type ElementIndex, indexElements } from '../../runtime/core/suggest/element-index'
import { scoreField } from '../../runtime/core/suggest/score-field'
import type { Element, JsonSchema } from '../../runtime/core/types'
import { isNote } from './field-type'
import { PLACEHOLDER_OPTIONS } from './palette'
import { allNodes, contextTitles, nodeOf, pathOf } from './state'
import type { EditorState, NodeId } from './types'

export type BindingSuggestion = { element: Element; confidence: number }

export type BindingSuggester = (
  state: EditorState,
  id: NodeId,
  options?: { limit?: number; minConfidence?: number },
) => BindingSuggestion[]

/** Below this a match is mostly noise in a picker (the merge itself suggests from 0.6). */
const PICKER_MIN = 0.5

const isPlaceholderList = (list: unknown) =>
  Array.isArray(list) &&
  list.length === PLACEHOLDER_OPTIONS.length &&
  list.every((v, i) => v === PLACEHOLDER_OPTIONS[i])

/**
 * A new choice field still offers the palette's 选项一 / 选项二: those say nothing yet, and would
 * veto every element with options of its own (binding adopts the element's options anyway).
 */
function withoutPlaceholderOptions(schema: JsonSchema): JsonSchema {
  if (isPlaceholderList(schema.enum)) {
    const { enum: _placeholders, ...rest } = schema
    return rest
  }
  const items = schema.items
  if (items && !Array.isArray(items) && isPlaceholderList(items.enum)) {
    const { enum: _placeholders, ...rest } = items
    return { ...schema, items: rest }
  }
  return schema
}

/**
 * A suggester over a dictionary (indexed once). For a field it returns up to `limit` (5) elements
 * scoring at least `minConfidence` (0.5), leaving out elements other fields of the form are
 * already bound to. Sections, tables and notes get none.
 */
export function bindingSuggester(elements: Element[]): BindingSuggester {
  const index: ElementIndex = indexElements(elements)
  return (state, id, options = {}) => {
    const node = nodeOf(state, id)
    if (node?.kind !== 'field' || isNote(node.schema)) return []
    const taken = new Set<string>()
    for (const n of allNodes(state)) {
      const e = n.schema['x-element']
      if (n.id !== id && typeof e === 'string') taken.add(e)
    }
    const field = {
      item: '',
      path: pathOf(state, id),
      schema: withoutPlaceholderOptions(node.schema),
      context: contextTitles(state, id),
    }
    const min = options.minConfidence ?? PICKER_MIN
    return scoreField(field, index)
      .filter((s) => s.confidence >= min && !taken.has(s.element.id))
      .slice(0, options.limit ?? 5)
  }
}

/** One-off form of `bindingSuggester(elements)(state, id)`. */
export const suggestBindings = (
  state: EditorState,
  id: NodeId,
  elements: Element[],
  options?: { limit?: number; minConfidence?: number },
): BindingSuggestion[] => bindingSuggester(elements)(state, id, options)
