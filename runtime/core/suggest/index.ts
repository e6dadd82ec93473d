import type { Element, Suggestion } from '../types'
import { indexElements } from './element-index'
import { proposeNewElements } from './new-elements'
import { fieldRoles } from './roles'
import { type Scored, type SuggestField, scoreField } from './score-field'

export { normalizeKey } from './key-aliases'
export { normalizeTitle, stemTitle } from './normalize-title'
export { rolesOf } from './roles'
export type { SuggestField } from './score-field'

export type SuggestOptions = {
  /** `item:path` keys the lead department rejected */
  rejected?: string[]
  /** element ids already bound per item code: a second field of that item is not suggested for them */
  bound?: ReadonlyMap<string, ReadonlySet<string>>
}

/** Below this, no suggestion: a wrong merge costs more than a missed one. */
export const MIN_CONFIDENCE = 0.6
/** When the runner-up is this close, the match is doubtful and nothing is suggested. */
const MARGIN = 0.05

/**
 * Suggests elements for unbound fields (give them in item order, then field order; the answer keeps
 * that order). Each field gets its best element when the confidence is at least 0.6 and clearly
 * ahead of the next; fields of two or more items that look like a missing element get a proposed
 * `{ new: true, title }`. Doubt ends in no suggestion: two fields of one item wanting one element,
 * or fields naming different roles wanting one element (only those matching its title keep it).
 */
export function suggest(
  fields: SuggestField[],
  elements: Element[],
  options: SuggestOptions = {},
): Suggestion[] {
  const index = indexElements(elements)
  const rejected = new Set(options.rejected ?? [])
  const open = fields.filter((f) => !rejected.has(`${f.item}:${f.path}`))
  const best: (Scored | undefined)[] = open.map((f) => {
    const taken = options.bound?.get(f.item)
    const ranked = scoreField(f, index).filter((s) => !taken?.has(s.element.id))
    const [first, second] = ranked
    if (!first || first.confidence < MIN_CONFIDENCE) return undefined
    if (second && second.confidence > first.confidence - MARGIN) return undefined
    return first
  })

  // one element per item at most once; one role per element
  const perItem = new Map<string, number[]>()
  const perElement = new Map<string, number[]>()
  const add = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key)
    if (list) list.push(i)
    else map.set(key, [i])
  }
  best.forEach((s, i) => {
    if (!s) return
    add(perItem, `${open[i]?.item}\u0000${s.element.id}`, i)
    add(perElement, s.element.id, i)
  })
  for (const list of perItem.values())
    if (list.length > 1) for (const i of list) best[i] = undefined
  for (const [id, list] of perElement) {
    const roleOf = (i: number) => {
      const f = open[i]
      return fieldRoles(String(f?.schema.title ?? ''), f?.context ?? [])
    }
    if (new Set(list.map(roleOf)).size < 2) continue
    const own = fieldRoles(index.byId.get(id)?.title ?? '', [])
    for (const i of list) if (roleOf(i) !== own) best[i] = undefined
  }

  const unmatched = open.filter((_, i) => !best[i])
  const proposed = proposeNewElements(unmatched, index)
  const proposedOf = new Map(unmatched.map((f, j) => [f, proposed.get(j)]))
  const out: Suggestion[] = []
  open.forEach((f, i) => {
    const s = best[i]
    if (s) out.push({ item: f.item, path: f.path, element: s.element.id, confidence: s.confidence })
    else {
      const p = proposedOf.get(f)
      if (p) out.push(p)
    }
  })
  return out
}
