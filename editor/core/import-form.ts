/**
 * A JSON Schema form → editor nodes. Local `$ref`s are resolved first; objects with properties
 * become sections, arrays of objects tables, everything else a field kept whole. Children follow
 * `ui:order` (rjsf's display order). uiSchema keys that name no property are dropped, as are
 * `required` names that are not properties.
 */
import { displayOrder } from '../../runtime/core/diff/display-order'
import { isObjectSchema, isOpaque, isTableSchema } from '../../runtime/core/schema'
import { resolveRefs, SchemaRefError } from '../../runtime/core/schema/resolve-refs'
import type { Form, JsonSchema, UiSchema } from '../../runtime/core/types'
import { findTooDeep } from './depth'
import { isDateRange } from './field-type'
import type { EditorNode, NodeId, NodeKind } from './types'

export class ImportError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/** Only the `ui:*` keys of a uiSchema node, without `ui:order` (derived from the children). */
export const ownUi = (ui: unknown): UiSchema => {
  const out: UiSchema = {}
  for (const [k, v] of Object.entries(asRecord(ui)))
    if (k.startsWith('ui:') && k !== 'ui:order') out[k] = v
  return out
}

const without = (s: JsonSchema, keys: string[]): JsonSchema => {
  const out: JsonSchema = {}
  for (const [k, v] of Object.entries(s)) if (!keys.includes(k)) out[k] = v
  return out
}

/** Which kind of node a property schema becomes. */
export function kindOf(s: JsonSchema): Exclude<NodeKind, 'root'> {
  if (isDateRange(s) || isOpaque(s)) return 'field'
  if (isObjectSchema(s)) return 'section'
  if (isTableSchema(s) && s.items && !isOpaque(s.items)) return 'table'
  return 'field'
}

export type NewIds = () => NodeId

/**
 * Nodes of one property schema and its subtree (parent first), given as a list; the caller links
 * the first into its parent. Keys of the nodes below are the property names.
 */
export function nodesOf(
  schema: JsonSchema,
  ui: unknown,
  key: string,
  required: boolean,
  parent: NodeId | null,
  newId: NewIds,
  kind: NodeKind = kindOf(schema),
): EditorNode[] {
  const out: EditorNode[] = []
  const walk = (
    s: JsonSchema,
    u: unknown,
    k: string,
    req: boolean,
    up: NodeId | null,
    kd: NodeKind,
  ): NodeId => {
    const id = newId()
    if (kd === 'field') {
      out.push({ id, kind: kd, key: k, schema: s, ui: asRecord(u), required: req, parent: up })
      return id
    }
    const node: EditorNode = {
      id,
      kind: kd,
      key: k,
      schema: s,
      ui: ownUi(u),
      required: req,
      parent: up,
    }
    out.push(node)
    let body = s
    let bodyUi = asRecord(u)
    if (kd === 'table') {
      body = s.items as JsonSchema
      bodyUi = asRecord(bodyUi.items)
      node.schema = without(s, ['items'])
      node.row = { schema: without(body, ['properties', 'required']), ui: ownUi(bodyUi) }
    } else node.schema = without(s, ['properties', 'required'])
    const props = body.properties ?? {}
    const requiredKeys = new Set(Array.isArray(body.required) ? body.required : [])
    node.children = displayOrder(Object.keys(props), bodyUi['ui:order']).map((childKey) => {
      const child = props[childKey] as JsonSchema
      return walk(child, bodyUi[childKey], childKey, requiredKeys.has(childKey), id, kindOf(child))
    })
    return id
  }
  walk(schema, ui, key, required, parent, kind)
  return out
}

/** Resolves refs and checks what the tree needs: an object root, a finite and not too deep tree. */
export function prepareForm(form: Form): { schema: JsonSchema; uiSchema: UiSchema } {
  const raw = form?.schema
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    throw new ImportError('表单必须是一个 JSON Schema 对象', '')
  const tooDeep = findTooDeep(raw)
  if (tooDeep) throw new ImportError(tooDeep.message, tooDeep.path)
  let schema: JsonSchema
  try {
    schema = resolveRefs(raw)
  } catch (e) {
    if (e instanceof SchemaRefError) throw new ImportError(e.message, e.path)
    throw e
  }
  const tooDeepResolved = findTooDeep(schema)
  if (tooDeepResolved) throw new ImportError(tooDeepResolved.message, tooDeepResolved.path)
  if (!isObjectSchema(schema) && schema.type !== 'object')
    throw new ImportError('表单的根节点必须是 type: "object"', '/type')
  return { schema: without(schema, ['$defs', 'definitions']), uiSchema: asRecord(form.uiSchema) }
}
