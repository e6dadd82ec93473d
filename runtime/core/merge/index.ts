import { isOpaque } from '../schema'
import { suggest } from '../suggest'
import type { Conflict, Element, Item, JsonSchema, MergeOptions, UiSchema } from '../types'
import { collectUnits } from './collect-units'
import { commonSections, type Section } from './common-sections'
import { idProblem, indexElements, overlappingIds } from './element-ids'
import { itemSection } from './item-section'
import { mergeMaterials } from './materials'
import { orderSections } from './section-order'
import type { CollectedItem, MergeMappingEntry, MergeOutput, Unit } from './types'
import { rewriteVisibility } from './visibility-rules'

export { normalizeMaterialName } from './materials'
export type { MergeMappingEntry, MergeOutput } from './types'

const NO_BINDINGS: ReadonlyMap<string, string> = new Map()

/** Item section key: `item_<code>` with other characters as `_`, made unique with `_2`, `_3` … */
function sectionKeys(items: Item[], taken: Set<string>): string[] {
  return items.map((item) => {
    const base = `item_${item.code.replace(/[^A-Za-z0-9_]/g, '_')}`
    let key = base
    for (let n = 2; taken.has(key); n++) key = `${base}_${n}`
    taken.add(key)
    return key
  })
}

/** Cuts every item into units; ids found to overlap are blocked and the items cut again. */
function collectAll(
  items: Item[],
  byId: ReadonlyMap<string, Element>,
  bindings: Map<string, Map<string, string>>,
): CollectedItem[] {
  const blocked = new Map<string, string>()
  const check = (id: string) => blocked.get(id) ?? idProblem(id, byId)
  for (;;) {
    const collected = items.map((item, i) =>
      collectUnits(item, i, check, bindings.get(item.code) ?? NO_BINDINGS),
    )
    const used = new Set<string>()
    for (const c of collected) for (const u of c.units) if (u.element) used.add(u.element)
    const overlaps = overlappingIds([...used])
    if (overlaps.size === 0) return collected
    for (const [id, reason] of overlaps) blocked.set(id, reason)
  }
}

/** One conflict per element id that bound fields but could not be used. */
function unusableConflicts(
  collected: CollectedItem[],
  label: (code: string) => string,
): Conflict[] {
  const byId = new Map<string, Conflict>()
  for (const c of collected) {
    for (const u of c.unusable) {
      const member = { item: c.item.code, path: u.path, value: u.element }
      const known = byId.get(u.element)
      if (known) known.members.push(member)
      else
        byId.set(u.element, {
          element: u.element,
          kind: 'shape',
          members: [member],
          detail: u.reason,
        })
    }
  }
  return [...byId.values()].map((conflict) => ({
    ...conflict,
    detail: `${conflict.detail}：${conflict.members.map((m) => `${label(m.item)}（${m.path}）`).join('、')} 的绑定未生效，按未绑定字段处理`,
  }))
}

const entryOf = (u: Unit, sectionKey: string): MergeMappingEntry => {
  const merged = u.element ?? (u.path === '' ? sectionKey : `${sectionKey}.${u.path}`)
  const entry: MergeMappingEntry = { item: u.item, path: u.path, merged }
  if (u.required) entry.required = true
  if (u.element) entry.common = true
  if (u.requiredParent !== undefined) entry.requiredParent = u.requiredParent
  return entry
}

/**
 * Builds 一张表 from the member items: fields bound to one element appear once in a common section
 * (at the element id, constraints intersected), every other field stays in its item's section,
 * and the mapping ties each item field to its merged path. See ./README.md for the conventions.
 */
export function merge(items: Item[], elements: Element[], options: MergeOptions = {}): MergeOutput {
  const byId = indexElements(elements)
  const names = new Map<string, number>()
  for (const item of items) names.set(item.name, (names.get(item.name) ?? 0) + 1)
  const itemOf = new Map(items.map((item) => [item.code, item]))
  const label = (code: string) => {
    const item = itemOf.get(code)
    if (!item) return code
    return (names.get(item.name) ?? 0) > 1 ? `${item.name}（${item.code}）` : item.name
  }
  const bindings = new Map<string, Map<string, string>>()
  for (const b of options.bindings ?? []) {
    const forItem = bindings.get(b.item) ?? new Map<string, string>()
    forItem.set(b.path, b.element)
    bindings.set(b.item, forItem)
  }

  const collected = collectAll(items, byId, bindings)
  const conflicts: Conflict[] = collected.flatMap((c) => c.conflicts)
  conflicts.push(...unusableConflicts(collected, label))

  const groups = new Map<string, Unit[]>()
  for (const c of collected) {
    for (const u of c.units) {
      if (!u.element) continue
      const list = groups.get(u.element)
      if (list) list.push(u)
      else groups.set(u.element, [u])
    }
  }
  const common = commonSections(groups, byId, label, conflicts)
  const keys = sectionKeys(items, new Set(common.map((s) => s.key)))
  const own: Section[] = []
  collected.forEach((c, i) => {
    const paths = c.units.filter((u) => !u.element).map((u) => u.path)
    const section = itemSection(keys[i] ?? '', c.item, c.schema, paths)
    if (section) own.push(section)
  })
  const sections = orderSections([...common, ...own], options.overrides)

  const properties: Record<string, JsonSchema> = {}
  const ui: UiSchema = { 'ui:order': sections.map((s) => s.key) }
  const required: string[] = []
  for (const s of sections) {
    properties[s.key] = s.schema
    ui[s.key] = s.ui
    if ((s.schema.required ?? []).length > 0) required.push(s.key)
  }
  const schema: JsonSchema = { type: 'object', properties }
  if (required.length > 0) schema.required = required

  const mapping = collected.flatMap((c, i) => c.units.map((u) => entryOf(u, keys[i] ?? '')))
  rewriteVisibility({ schema, collected, keys, mapping, groups, label, conflicts })
  const bound = new Map<string, Set<string>>()
  for (const [id, units] of groups) {
    for (const u of units) bound.set(u.item, (bound.get(u.item) ?? new Set()).add(id))
  }
  const candidates = collected.flatMap((c) =>
    c.units.filter((u) => !u.element && !u.unbound && u.pullable && !isOpaque(u.schema)),
  )
  const suggestions = suggest(candidates, elements, { rejected: options.rejected ?? [], bound })

  return {
    schema,
    uiSchema: ui,
    mapping,
    materials: mergeMaterials(items, options),
    conflicts,
    suggestions,
  }
}
