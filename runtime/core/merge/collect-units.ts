import {
  collectLeaves,
  isObjectSchema,
  isOpaque,
  resolveRefs,
  SchemaRefError,
  schemaAt,
} from '../schema'
import { FORBIDDEN_KEYS, isPlainObject } from '../schema/json-value'
import type { Conflict, Item, JsonSchema } from '../types'
import { nodeInfos, parentOf } from './node-info'
import type { CollectedItem, Unit } from './types'
import { uiAt } from './ui-schema'

/** Says why an element id cannot be used (unknown, malformed, overlapping), or undefined when it can. */
export type ElementCheck = (id: string) => string | undefined

const BAD_KEY = /[.[\]]/

const badKeyConflict = (item: Item, path: string, key: string): Conflict => ({
  element: '',
  kind: 'shape',
  members: [{ item: item.code, path, value: key }],
  detail: `事项「${item.name}」的字段键名「${key}」含有点号、方括号或保留字，无法按数据路径映射`,
})

/**
 * Cuts one item form into units in document order. A node bound to a usable element (by the
 * bundle's binding, else by its own `x-element`) becomes one unit when it can be pulled out: not in
 * a table and not in an optional group that requires something (see `node-info.ts`). Leaves under a
 * pulled node belong to it; every other leaf is its own unit and stays in the item section.
 */
export function collectUnits(
  item: Item,
  index: number,
  checkElement: ElementCheck,
  bindings: ReadonlyMap<string, string>,
): CollectedItem {
  const conflicts: Conflict[] = []
  const unusable: CollectedItem['unusable'] = []
  let schema: JsonSchema
  const source = item.form?.schema
  try {
    schema = resolveRefs(isPlainObject(source) ? source : { type: 'object', properties: {} })
  } catch (err) {
    if (!(err instanceof SchemaRefError)) throw err
    conflicts.push({
      element: '',
      kind: 'shape',
      members: [{ item: item.code, path: err.path, value: err.message }],
      detail: `事项「${item.name}」的表单引用无法解析：${err.message}`,
    })
    return {
      item,
      index,
      schema: { type: 'object', properties: {} },
      units: [],
      conflicts,
      unusable,
    }
  }
  const info = nodeInfos(schema)
  // collectLeaves never yields the root: a root that is opaque (root-level if/then, allOf …) or not
  // an object is then one whole unit, at path '', so its data still travels
  const whole = isOpaque(schema) || !isObjectSchema(schema)
  const leaves = whole
    ? [{ path: '', schema, required: true, parents: [] as string[] }]
    : collectLeaves(schema)
  const known = new Set<string>()
  const checkedKeys = new Set<string>()
  const noted = new Set<string>()

  const boundTo = (path: string, node: JsonSchema): string | undefined => {
    const own = node['x-element']
    const id = bindings.get(path) ?? (typeof own === 'string' ? own : undefined)
    // `element: ''` in a bundle binding unbinds: the node stays where its item put it
    if (id === undefined || id === '') return undefined
    const reason = checkElement(id)
    if (reason === undefined) return id
    if (!noted.has(path)) {
      noted.add(path)
      unusable.push({ element: id, path, reason })
    }
    return undefined
  }
  const checkKeys = (path: string, node: JsonSchema) => {
    if (checkedKeys.has(path)) return
    checkedKeys.add(path)
    for (const key of Object.keys(node.properties ?? {})) {
      if (key === '' || BAD_KEY.test(key) || FORBIDDEN_KEYS.has(key)) {
        conflicts.push(badKeyConflict(item, path, key))
      }
    }
  }
  const ui = item.form?.uiSchema
  const context = (parents: string[]) =>
    parents.map((p) => info(p).schema.title).filter((t): t is string => typeof t === 'string')

  const makeUnit = (path: string, above: string[], pullable: boolean, element?: string): Unit => {
    const node = info(path)
    const unit: Unit = {
      item: item.code,
      itemIndex: index,
      path,
      schema: node.schema,
      required: node.chainRequired,
      pullable,
      context: context(above),
    }
    if (element !== undefined) {
      unit.element = element
      // chainRequired is monotone upwards, so the last required ancestor is the deepest one
      const requiredParent = above.findLast((p) => info(p).chainRequired)
      if (requiredParent !== undefined) unit.requiredParent = requiredParent
    }
    const u = uiAt(ui, path)
    if (u) unit.ui = u
    return unit
  }

  checkKeys('', schema)
  const units: Unit[] = []
  const taken = new Set<string>()
  for (const leaf of leaves) {
    known.add(leaf.path)
    for (const p of leaf.parents) {
      known.add(p)
      checkKeys(p, info(p).schema)
    }
    // the outermost pullable bound node above (or at) the leaf takes it
    let at = -1
    let element: string | undefined
    for (let k = 0; k < leaf.parents.length; k++) {
      const p = leaf.parents[k] as string
      if (!info(parentOf(p)).splitSafe) break
      element = boundTo(p, info(p).schema)
      if (element !== undefined) {
        at = k
        break
      }
    }
    if (at >= 0) {
      const p = leaf.parents[at] as string
      if (!taken.has(p)) units.push(makeUnit(p, leaf.parents.slice(0, at), true, element))
      taken.add(p)
      continue
    }
    const pullable = leaf.path !== '' && info(parentOf(leaf.path)).splitSafe
    element = pullable ? boundTo(leaf.path, leaf.schema) : undefined
    const unit = makeUnit(leaf.path, leaf.parents, pullable, element)
    if (bindings.get(leaf.path) === '') unit.unbound = true
    units.push(unit)
  }
  for (const [path, element] of bindings) {
    // a path inside a table or a node kept whole exists but cannot move: like an x-element there
    if (known.has(path) || schemaAt(schema, path) !== undefined) continue
    conflicts.push({
      element,
      kind: 'shape',
      members: [{ item: item.code, path, value: element }],
      detail:
        element === ''
          ? `一件事的解除绑定指向事项「${item.name}」中不存在的字段「${path}」`
          : `一件事的绑定指向事项「${item.name}」中不存在的字段「${path}」（数据元「${element}」）`,
    })
  }
  return { item, index, schema, units, conflicts, unusable }
}
