import type { Conflict, Element, JsonSchema, UiSchema } from '../types'
import type { SchemaMember } from './conflict-detail'
import { intersectSchemas } from './intersect'
import type { Unit } from './types'
import { fixOrders, withUsedBy } from './ui-schema'

/** A section of the merged form: its key, schema and uiSchema. */
export type Section = { key: string; schema: JsonSchema; ui: UiSchema }

type Tree = { schema: JsonSchema; ui: UiSchema }

const ensureChild = (parent: Tree, key: string): Tree => {
  const props = parent.schema.properties ?? {}
  parent.schema.properties = props
  const existing = props[key]
  if (existing) return { schema: existing, ui: parent.ui[key] as UiSchema }
  const child: Tree = { schema: { type: 'object', properties: {} }, ui: { 'ui:order': [] } }
  props[key] = child.schema
  parent.ui[key] = child.ui
  ;(parent.ui['ui:order'] as string[]).push(key)
  return child
}

const markRequired = (schema: JsonSchema, key: string) => {
  const req = schema.required ?? []
  if (!req.includes(key)) req.push(key)
  schema.required = req
}

/**
 * The common sections: each element used by some pulled-out unit appears once, at its id, with the
 * intersection of its members' schemas (the element's own first). Sections and fields come in
 * first-use order; a field is required when any member requires it, an object when it holds one.
 */
export function commonSections(
  groups: Map<string, Unit[]>,
  byId: ReadonlyMap<string, Element>,
  itemLabel: (code: string) => string,
  conflicts: Conflict[],
): Section[] {
  const sections = new Map<string, Tree>()
  for (const [id, units] of groups) {
    const element = byId.get(id)
    if (!element) continue
    const members: SchemaMember[] = [
      { item: '', label: '数据元', path: id, schema: element.schema, element: true },
      ...units.map((u) => ({
        item: u.item,
        label: itemLabel(u.item),
        path: u.path,
        schema: u.schema,
      })),
    ]
    const node = intersectSchemas(members, { element: id, title: element.title, conflicts })
    node.title = element.title
    if (element.schema.description === undefined && element.description !== undefined) {
      node.description = element.description
    }
    node['x-element'] = id
    const usedBy = [...new Set(units.map((u) => u.item))]
    const ui = withUsedBy(units.find((u) => u.ui)?.ui, usedBy)
    fixOrders(ui, node)

    const [key = '', ...rest] = id.split('.')
    let section = sections.get(key)
    if (!section) {
      section = {
        schema: { type: 'object', title: element.group, properties: {} },
        ui: { 'ui:order': [] },
      }
      sections.set(key, section)
    }
    const required = units.some((u) => u.required)
    const trail: Tree[] = [section]
    let at = section
    for (const seg of rest.slice(0, -1)) {
      at = ensureChild(at, seg)
      trail.push(at)
    }
    const last = rest[rest.length - 1] ?? ''
    const props = at.schema.properties ?? {}
    at.schema.properties = props
    props[last] = node
    at.ui[last] = ui
    ;(at.ui['ui:order'] as string[]).push(last)
    if (required) {
      const keys = [...rest]
      for (let i = trail.length - 1; i >= 0; i--)
        markRequired(trail[i]?.schema ?? {}, keys[i] ?? '')
    }
  }
  return [...sections].map(([key, tree]) => ({ key, schema: tree.schema, ui: tree.ui }))
}
