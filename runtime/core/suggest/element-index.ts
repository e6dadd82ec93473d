import type { Element } from '../types'
import { GENERIC_KEYS, normalizeKey } from './key-aliases'
import { normalizeTitle, schemaUnit, stemTitle } from './normalize-title'
import { rolesOf } from './roles'

/** One name of an element (its title or a synonym), normalized. */
export type ElementName = {
  element: Element
  core: string
  unit?: string
  roles: string
}

export type ElementIndex = {
  byId: Map<string, Element>
  exact: Map<string, ElementName[]>
  stem: Map<string, ElementName[]>
  /** proper suffixes (≥ 4 characters) of names: `信用代码` → 统一社会信用代码 */
  suffix: Map<string, ElementName[]>
  /** normalized whole id (`applicantname`) → element */
  wholeId: Map<string, Element>
  /** normalized last id segment → elements with it */
  lastSegment: Map<string, Element[]>
}

const push = <V>(map: Map<string, V[]>, key: string, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The element's own unit (`x-money`, `x-unit`), which a name without brackets inherits. */
export const elementUnit = (e: Element): string | undefined => schemaUnit(e.schema)

/**
 * Indexes the dictionary by normalized names, stems, name suffixes and key forms, so scoring a
 * field costs a few map lookups rather than a pass over every element. Elements are taken in id
 * order, so the result does not depend on the dictionary's order.
 */
export function indexElements(elements: Element[]): ElementIndex {
  const sorted = [...elements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const index: ElementIndex = {
    byId: new Map(),
    exact: new Map(),
    stem: new Map(),
    suffix: new Map(),
    wholeId: new Map(),
    lastSegment: new Map(),
  }
  for (const element of sorted) {
    if (index.byId.has(element.id)) continue
    index.byId.set(element.id, element)
    const own = elementUnit(element)
    const seen = new Set<string>()
    for (const text of [element.title, ...element.synonyms]) {
      const { core, unit } = normalizeTitle(text)
      if (core === '' || seen.has(core)) continue
      seen.add(core)
      const name: ElementName = { element, core, roles: rolesOf(core) }
      const u = unit ?? own
      if (u !== undefined) name.unit = u
      push(index.exact, core, name)
      const stem = stemTitle(core)
      if (stem !== core) push(index.stem, stem, name)
      for (let i = 1; i + 4 <= core.length; i++) push(index.suffix, core.slice(i), name)
    }
    index.wholeId.set(normalizeKey(element.id), element)
    const last = normalizeKey(element.id.split('.').pop() ?? '')
    if (last && !GENERIC_KEYS.has(last)) push(index.lastSegment, last, element)
  }
  return index
}
