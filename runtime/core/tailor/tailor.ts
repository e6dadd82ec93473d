import { resolveRefs, schemaAt, splitPath } from '../schema'
import { normalizeAnswers } from '../situations/normalize-answers'
import type { Answers, JsonSchema } from '../types'
import { clonePlain } from './clone-plain'
import { pathPrefixes } from './path-prefixes'
import { type PruneContext, pruneSchema } from './prune-schema'
import { pruneUiSchema } from './prune-ui-schema'
import { rulesHold } from './rules-hold'
import type { TailorInput, TailorResult } from './types'

/** A fresh copy with local refs inlined; a form whose refs cannot be resolved is copied as is. */
const freshSchema = (schema: JsonSchema): JsonSchema => {
  try {
    return resolveRefs(schema)
  } catch {
    return clonePlain(schema)
  }
}

const addTo = (map: Map<string, Set<string>>, key: string, value: string) => {
  const set = map.get(key) ?? new Set<string>()
  set.add(value)
  map.set(key, set)
}

/**
 * Applies the applicant's situation answers to a merged bundle: the items that apply, the fields and
 * materials they need. Answers to hidden questions are dropped first. The bundle's `items` list is
 * authoritative: mapping entries of codes not in it count as not applicable. Leaves no mapping entry
 * points at belong to the bundle itself and stay (in an item section: while that item applies).
 */
export function tailor(bundle: TailorInput, answers: Answers): TailorResult {
  const situations = bundle.situations ?? []
  const rules = bundle.rules ?? []
  const mapping = bundle.mapping ?? []
  const norm = normalizeAnswers(situations, answers ?? {})
  const items = (bundle.items ?? []).filter((i) =>
    rulesHold(rules, { type: 'item', id: i.code }, norm),
  )
  const applicable = new Set(items.map((i) => i.code))
  const applies = (codes: Iterable<string>) => [...codes].some((c) => applicable.has(c))

  const owners = new Map<string, Set<string>>()
  const sectionOwners = new Map<string, Set<string>>()
  const required = new Set<string>()
  for (const e of mapping) {
    addTo(owners, e.merged, e.item)
    addTo(sectionOwners, splitPath(e.merged)[0] ?? '', e.item)
    if (e.required && applicable.has(e.item)) required.add(e.merged)
  }
  for (const i of bundle.items ?? []) addTo(sectionOwners, `item_${i.code}`, i.code)

  const ctx: PruneContext = {
    keepLeaf: (path) => {
      const users = pathPrefixes(path).flatMap((p) => [...(owners.get(p) ?? [])])
      if (users.length) return applies(users)
      const section = splitPath(path)[0] ?? ''
      if (!section.startsWith('item_')) return true
      const own = sectionOwners.get(section)
      return !own || applies(own)
    },
    required,
    mapped: new Set(owners.keys()),
    sectionApplies: (key) => rulesHold(rules, { type: 'section', id: key }, norm),
  }
  const before = freshSchema(bundle.schema ?? {})
  const schema = pruneSchema(before, ctx)
  const uiSchema = pruneUiSchema(bundle.uiSchema, before, schema)

  const materials = (bundle.materials ?? [])
    .filter((m) => applies(m.items ?? []))
    .filter((m) => rulesHold(rules, { type: 'material', id: m.key }, norm))
    .map((m) => ({ ...clonePlain(m), items: m.items.filter((c) => applicable.has(c)) }))

  return {
    schema,
    uiSchema,
    materials,
    items: items.map((i) => ({ ...i })),
    mapping: mapping
      .filter((e) => applicable.has(e.item) && schemaAt(schema, e.merged) !== undefined)
      .map((e) => ({ ...e })),
  }
}
