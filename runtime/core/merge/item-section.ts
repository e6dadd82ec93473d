import { splitPath } from '../schema'
import { cloneJson, FORBIDDEN_KEYS, isPlainObject } from '../schema/json-value'
import type { Item, JsonSchema, UiSchema } from '../types'
import type { Section } from './common-sections'
import { fixOrders, ownUi, uiAt } from './ui-schema'

/** Copy of a node without its children (and without `x-element`: it is not shared here). */
const shell = (node: JsonSchema): JsonSchema => {
  const { properties: _p, required: _r, items: _i, 'x-element': _x, ...rest } = node
  return cloneJson(rest)
}

const leafCopy = (node: JsonSchema): JsonSchema => {
  const { 'x-element': _x, ...rest } = node
  return cloneJson(rest)
}

/** Drops uiSchema objects left empty (no option and no child with one). */
const pruneUi = (ui: UiSchema): boolean => {
  for (const [k, v] of Object.entries(ui)) {
    if (!k.startsWith('ui:') && isPlainObject(v) && !pruneUi(v)) delete ui[k]
  }
  return Object.keys(ui).length > 0
}

/** An item form kept whole (its root is opaque or not an object): the root is the section. */
function wholeSection(key: string, item: Item, root: JsonSchema): Section {
  const { $defs: _d, definitions: _f, $schema: _s, $id: _i, 'x-element': _x, ...rest } = root
  const schema: JsonSchema = { ...cloneJson(rest), title: `${item.name} — ${item.department}` }
  const ui = cloneJson(item.form?.uiSchema ?? {})
  delete ui['ui:title']
  return { key, schema, ui }
}

/**
 * The section of one item: the listed unit paths at their original relative paths, with their
 * objects and tables (titles, other keywords and `required` lists cut to what is left) and the
 * matching slice of the item's uiSchema.
 */
export function itemSection(
  key: string,
  item: Item,
  root: JsonSchema,
  paths: string[],
): Section | undefined {
  if (paths.length === 0) return undefined
  if (paths.length === 1 && paths[0] === '') return wholeSection(key, item, root)
  const rootCopy: JsonSchema = { properties: {} }
  const rootUi: UiSchema = {}
  const uiSource = item.form?.uiSchema
  const copies = new Map<string, { orig: JsonSchema; copy: JsonSchema; ui: UiSchema }>()
  copies.set('', { orig: root, copy: rootCopy, ui: rootUi })
  for (const path of paths) {
    const segs = splitPath(path)
    if (segs.some((s) => FORBIDDEN_KEYS.has(s))) continue
    let at = copies.get('') as { orig: JsonSchema; copy: JsonSchema; ui: UiSchema }
    let atPath = ''
    segs.forEach((seg, i) => {
      const last = i === segs.length - 1
      const childPath = seg === '[]' ? `${atPath}[]` : atPath ? `${atPath}.${seg}` : seg
      const orig = (seg === '[]' ? at.orig.items : at.orig.properties?.[seg]) ?? {}
      let next = copies.get(childPath)
      if (!next) {
        const copy = last ? leafCopy(orig) : shell(orig)
        const ui = last
          ? cloneJson(uiAt(uiSource, childPath) ?? {})
          : ownUi(uiAt(uiSource, childPath))
        next = { orig, copy, ui }
        copies.set(childPath, next)
        if (seg === '[]') {
          at.copy.items = copy
          at.ui.items = ui
        } else {
          at.copy.properties = at.copy.properties ?? {}
          at.copy.properties[seg] = copy
          at.ui[seg] = ui
        }
      }
      at = next
      atPath = childPath
    })
  }
  for (const { orig, copy } of copies.values()) {
    if (!copy.properties) continue
    const req = (orig.required ?? []).filter((k) => Object.hasOwn(copy.properties ?? {}, k))
    if (req.length > 0) copy.required = req
  }
  const schema: JsonSchema = { type: 'object', title: `${item.name} — ${item.department}` }
  if (typeof root.description === 'string') schema.description = root.description
  // the root's other keywords (additionalProperties: false, dependentRequired …) still hold here
  const {
    $defs: _d,
    definitions: _f,
    $schema: _s,
    $id: _i,
    title: _t,
    description: _e,
    type: _y,
    ...own
  } = shell(root)
  Object.assign(schema, own)
  schema.properties = rootCopy.properties ?? {}
  if (rootCopy.required) schema.required = rootCopy.required
  const order = uiAt(uiSource, '')?.['ui:order']
  const ui: UiSchema = { 'ui:order': Array.isArray(order) ? [...order] : [] }
  for (const [k, v] of Object.entries(rootUi)) if (!k.startsWith('ui:')) ui[k] = v
  pruneUi(ui)
  ui['ui:order'] = Array.isArray(ui['ui:order']) ? ui['ui:order'] : []
  fixOrders(ui, schema)
  return { key, schema, ui }
}
