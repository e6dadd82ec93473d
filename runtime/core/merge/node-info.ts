import { isObjectSchema } from '../schema'
import type { JsonSchema } from '../types'

/** What merge needs to know about an object, table, row or leaf node of an item form. */
export type NodeInfo = {
  schema: JsonSchema
  requiredInParent: boolean
  /** required all the way up (to the root, or to the table row it sits in) */
  chainRequired: boolean
  /** inside a table row */
  inTable: boolean
  /** its children may be pulled out into common sections */
  splitSafe: boolean
}

/** The parent of a dotted path: `a.b` → `a`, `rows[]` → `rows`, `rows[].x` → `rows[]`, `a` → ``. */
export const parentOf = (path: string): string => {
  if (path.endsWith('[]')) return path.slice(0, -2)
  const i = path.lastIndexOf('.')
  return i < 0 ? '' : path.slice(0, i)
}

const lastKey = (path: string): string => {
  const i = path.lastIndexOf('.')
  return i < 0 ? path : path.slice(i + 1)
}

/** Object keywords whose meaning depends on which keys are present together. */
const KEY_SET_KEYWORDS = [
  'dependentRequired',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'unevaluatedProperties',
]
const dependsOnKeySet = (s: JsonSchema): boolean => KEY_SET_KEYWORDS.some((k) => k in s)

/**
 * Why a group may be split: after split, an object of the item exists in a part exactly when some
 * value lands inside it (or `requiredParent` asks for it). That is safe when the object is required
 * (it must exist anyway) or requires nothing inside (any subset of its fields is valid). An optional
 * group that requires something (如「委托代理人」: 姓名 and 电话 both required once it is filled)
 * must stay whole in its item section, like a table row.
 */
const canSplit = (schema: JsonSchema, chainRequired: boolean): boolean =>
  isObjectSchema(schema) &&
  !dependsOnKeySet(schema) &&
  (chainRequired || !(schema.required && schema.required.length > 0))

/** Memoized node facts of one ref-resolved item form. */
export function nodeInfos(root: JsonSchema): (path: string) => NodeInfo {
  const memo = new Map<string, NodeInfo>()
  memo.set('', {
    schema: root,
    requiredInParent: true,
    chainRequired: true,
    inTable: false,
    splitSafe: canSplit(root, true),
  })
  const info = (path: string): NodeInfo => {
    const known = memo.get(path)
    if (known) return known
    const parent = info(parentOf(path))
    let out: NodeInfo
    if (path.endsWith('[]')) {
      const items = parent.schema.items
      out = {
        schema: items && !Array.isArray(items) ? items : {},
        requiredInParent: true,
        chainRequired: true,
        inTable: true,
        splitSafe: false,
      }
    } else {
      const key = lastKey(path)
      const props = parent.schema.properties
      const schema = props && Object.hasOwn(props, key) ? (props[key] ?? {}) : {}
      const requiredInParent = (parent.schema.required ?? []).includes(key)
      const chainRequired = requiredInParent && parent.chainRequired
      out = {
        schema,
        requiredInParent,
        chainRequired,
        inTable: parent.inTable,
        splitSafe: parent.splitSafe && canSplit(schema, chainRequired),
      }
    }
    memo.set(path, out)
    return out
  }
  return info
}
