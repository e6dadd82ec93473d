/**
 * The merged 一张表 of a draft, derived with runtime/core/merge from the pinned member items, and
 * the views the composer shows of it: sections with their fields, and per field the items and
 * departments that use it.
 */
import { orderByUi } from '../../../runtime/core/diff/display-order'
import { merge } from '../../../runtime/core/merge'
import type { MergeOutput } from '../../../runtime/core/merge/types'
import {
  collectLeaves,
  resolveRefs,
  SchemaRefError,
  schemaAt,
  splitPath,
} from '../../../runtime/core/schema'
import type { Element, Item, JsonSchema, Rule, SectionOverride } from '../../../runtime/core/types'
import { ruleOf } from './rules'
import { memberItems } from './state'
import type { BundleState } from './types'

/** What merging needs beyond the state: the dictionary and the e-license library's types. */
export type MergeContext = { elements: Element[]; eLicenses?: string[] }

export type Merger = (state: BundleState) => MergeOutput

/**
 * A memoized merge of drafts over one dictionary: the result is recomputed only when the members,
 * bindings, overrides or rejections change (guide and situation edits reuse it). A merge of five
 * seed items takes some 20–40 ms, so the UI should hold one merger per dictionary.
 */
export function createMerger(ctx: MergeContext, size = 8): Merger {
  const cache: { inputs: unknown[]; out: MergeOutput }[] = []
  return (state) => {
    const items = memberItems(state)
    const d = state.doc
    const inputs = [items, d.bindings, d.overrides, d.rejected]
    const hit = cache.find((c) => c.inputs.every((x, i) => x === inputs[i]))
    if (hit) return hit.out
    const out = merge(items, ctx.elements, {
      bindings: d.bindings,
      overrides: d.overrides,
      eLicenses: ctx.eLicenses ?? [],
      rejected: d.rejected,
    })
    cache.unshift({ inputs, out })
    if (cache.length > size) cache.pop()
    return out
  }
}

const resolved = new WeakMap<Item, JsonSchema>()

/** An item's form schema with local refs resolved (what merge cuts), cached per item object. */
export function itemSchema(item: Item): JsonSchema {
  const known = resolved.get(item)
  if (known) return known
  let schema: JsonSchema
  try {
    schema = resolveRefs(item.form?.schema ?? { type: 'object', properties: {} })
  } catch (e) {
    if (!(e instanceof SchemaRefError)) throw e
    schema = { type: 'object', properties: {} }
  }
  resolved.set(item, schema)
  return schema
}

/** A field of an item: its schema and the titles of the objects above it (outermost first). */
export function fieldOf(
  item: Item,
  path: string,
): { schema: JsonSchema; context: string[] } | undefined {
  const root = itemSchema(item)
  const schema = schemaAt(root, path)
  if (!schema) return undefined
  const context: string[] = []
  const segs = splitPath(path)
  let node: JsonSchema | undefined = root
  for (const seg of segs.slice(0, -1)) {
    node = seg === '[]' ? node?.items : node?.properties?.[seg]
    if (seg !== '[]' && typeof node?.title === 'string') context.push(node.title)
  }
  return { schema, context }
}

/** How a member's field is bound: by the bundle, unbound by the bundle, by its own x-element. */
export type BindingSource = 'bundle' | 'unbound' | 'own' | 'none'

export function bindingOf(
  state: BundleState,
  item: Item,
  path: string,
): { source: BindingSource; element?: string } {
  const b = state.doc.bindings.find((x) => x.item === item.code && x.path === path)
  if (b) return b.element === '' ? { source: 'unbound' } : { source: 'bundle', element: b.element }
  const own = fieldOf(item, path)?.schema['x-element']
  return typeof own === 'string' ? { source: 'own', element: own } : { source: 'none' }
}

export type FieldUser = {
  /** item code */
  item: string
  itemName: string
  department: string
  /** the field's path in the item's own form */
  path: string
  title: string
  required: boolean
  binding: BindingSource
}

export type MergedField = {
  /** the path in the merged data (`applicant.name`, `item_X.units[].name`) */
  path: string
  section: string
  title: string
  /** the element of a common field */
  element?: string
  /** required by at least one item */
  required: boolean
  users: FieldUser[]
  /** the departments of the users, in item order, once each */
  departments: string[]
}

export type MergedSection = {
  key: string
  title: string
  /** common: fields shared through elements; item: one item's own fields */
  kind: 'common' | 'item'
  /** the item code of an item section */
  item?: string
  fields: MergedField[]
  override?: SectionOverride
  /** the rule that makes the section apply */
  rule?: Rule
}

const fieldsCache = new WeakMap<MergeOutput, WeakMap<object, MergedSection[]>>()

/**
 * The sections of the merged form in display order, each with its fields (a field is what one
 * mapping entry points at: a leaf, or an object or table bound as a whole) and who uses them.
 */
export function sectionsOf(state: BundleState, merged: MergeOutput): MergedSection[] {
  let perState = fieldsCache.get(merged)
  if (!perState) {
    perState = new WeakMap()
    fieldsCache.set(merged, perState)
  }
  const known = perState.get(state.doc)
  if (known) return known
  const items = memberItems(state)
  const byCode = new Map(items.map((i) => [i.code, i]))
  const byMerged = new Map<string, MergedField>()
  for (const e of merged.mapping) {
    const item = byCode.get(e.item)
    const section = splitPath(e.merged)[0] ?? ''
    let field = byMerged.get(e.merged)
    if (!field) {
      const node = schemaAt(merged.schema, e.merged)
      field = {
        path: e.merged,
        section,
        title: typeof node?.title === 'string' ? node.title : (e.merged.split('.').pop() ?? ''),
        required: false,
        users: [],
        departments: [],
      }
      if (e.common) field.element = e.merged
      byMerged.set(e.merged, field)
    }
    const own = item ? fieldOf(item, e.path)?.schema : undefined
    field.users.push({
      item: e.item,
      itemName: item?.name ?? e.item,
      department: item?.department ?? '',
      path: e.path,
      title: typeof own?.title === 'string' ? own.title : (e.path.split('.').pop() ?? ''),
      required: e.required === true,
      binding: item ? bindingOf(state, item, e.path).source : 'none',
    })
    if (e.required) field.required = true
    if (item && !field.departments.includes(item.department))
      field.departments.push(item.department)
  }
  // display order: walk the ordered merged schema; a field is the first mapped path at or above a leaf
  const ordered = orderByUi(merged.schema, merged.uiSchema)
  const seen = new Set<string>()
  const order: MergedField[] = []
  for (const leaf of collectLeaves(ordered)) {
    const segs = leaf.path.split('.')
    for (let n = 1; n <= segs.length; n++) {
      const p = segs.slice(0, n).join('.')
      const f = byMerged.get(p) ?? byMerged.get(p.replace(/\[\]$/, ''))
      if (!f) continue
      if (!seen.has(f.path)) {
        seen.add(f.path)
        order.push(f)
      }
      break
    }
  }
  for (const f of byMerged.values()) if (!seen.has(f.path)) order.push(f)

  const codeOfSection = new Map<string, string>()
  for (const e of merged.mapping)
    if (!e.common) codeOfSection.set(splitPath(e.merged)[0] ?? '', e.item)
  const overrides = state.doc.overrides.sections ?? {}
  const sections = Object.entries(ordered.properties ?? {}).map(([key, node]): MergedSection => {
    const item = codeOfSection.get(key)
    const s: MergedSection = {
      key,
      title: typeof node.title === 'string' ? node.title : key,
      kind: item === undefined ? 'common' : 'item',
      fields: order.filter((f) => f.section === key),
    }
    if (item !== undefined) s.item = item
    if (Object.hasOwn(overrides, key) && overrides[key]) s.override = overrides[key]
    const rule = ruleOf(state.doc.rules, { type: 'section', id: key })
    if (rule !== undefined) s.rule = rule
    return s
  })
  perState.set(state.doc, sections)
  return sections
}

/** Every field of the merged form, in display order. */
export const fieldsOf = (state: BundleState, merged: MergeOutput): MergedField[] =>
  sectionsOf(state, merged).flatMap((s) => s.fields)

/** The keys of the merged sections in display order (for `moveSection`). */
export const sectionKeys = (merged: MergeOutput): string[] =>
  Object.keys(orderByUi(merged.schema, merged.uiSchema).properties ?? {})
