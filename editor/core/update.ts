/** The `update` and `bind` commands: property edits, key renames, element bindings. */
import type { Element, JsonSchema, UiSchema } from '../../runtime/core/types'
import { asState, type Draft, draftOf, pathIn, Refused, rewriteRules, sibling } from './draft'
import { isNote } from './field-type'
import { keyFromTitle, keyProblem, uniqueKey } from './keys'
import { elementUi } from './palette-elements'
import { applyPatch, withKey } from './patch'
import { nodeOf } from './state'
import type { EditorNode, EditorState, FieldPatch, NodeId } from './types'
import { VISIBLE_WHEN } from './visibility'

function must(state: EditorState, id: NodeId): EditorNode {
  const node = nodeOf(state, id)
  if (!node) throw new Refused('找不到该字段')
  return node
}

export function updateNode(state: EditorState, id: NodeId, patch: FieldPatch): EditorState {
  const node = must(state, id)
  if (!patch || typeof patch !== 'object') throw new Refused('修改内容无效')
  const d = draftOf(state)
  let key = node.key
  let autoKey = node.autoKey
  if (patch.key !== undefined && patch.key !== node.key) {
    if (node.parent === null) throw new Refused('表单本身没有字段标识')
    const problem = keyProblem(patch.key, sibling(d, node.parent, node.id))
    if (problem) throw new Refused(problem)
    key = patch.key
    autoKey = false
  } else if (patch.key === node.key && node.autoKey) {
    autoKey = false // confirming the generated key fixes it
  } else if (typeof patch.title === 'string' && node.autoKey && node.parent !== null) {
    key = uniqueKey(keyFromTitle(patch.title), sibling(d, node.parent, node.id))
  }
  const result = applyPatch(node, patch)
  if ('error' in result) throw new Refused(result.error)
  let next = result.node
  if (key !== node.key || autoKey !== node.autoKey) {
    next = { ...next, key }
    if (autoKey) next.autoKey = true
    else delete next.autoKey
  }
  if (next === node) return state
  const from = pathIn(d, node.id)
  d.nodes[node.id] = next
  rewriteRules(d, from, pathIn(d, node.id))
  if (patch.required === true) requireEnclosingSections(d, node.parent)
  return asState(d)
}

/**
 * An optional section may be left out whole, and then nothing in it is asked for: a field made
 * 必填 makes the sections around it required too (up to a table or the form), which is what 必填
 * means to an administrator. A section may be made optional again on its own.
 */
function requireEnclosingSections(d: Draft, parent: NodeId | null) {
  let id = parent
  while (id !== null) {
    const section = d.nodes[id]!
    if (section.kind !== 'section') return
    if (!section.required) d.nodes[id] = { ...section, required: true }
    id = section.parent
  }
}

/** Keywords a field keeps when it adopts an element's schema. */
const KEPT = ['title', 'description', 'default', VISIBLE_WHEN]
/** uiSchema keys a field keeps when it adopts an element's schema. */
const KEPT_UI = ['ui:placeholder', 'ui:help', 'ui:options', 'ui:title', 'ui:description']

function adopted(node: EditorNode, element: Element): { schema: JsonSchema; ui: UiSchema } {
  const schema: JsonSchema = { ...element.schema }
  if (element.description && schema.description === undefined)
    schema.description = element.description
  for (const k of KEPT) {
    const v = node.schema[k]
    if (v !== undefined && !(k === 'title' && v === '')) schema[k] = v
  }
  schema['x-element'] = element.id
  const ui: UiSchema = { ...elementUi(element.schema) }
  for (const k of KEPT_UI) if (node.ui[k] !== undefined) ui[k] = node.ui[k]
  return { schema, ui }
}

export function bindNode(
  state: EditorState,
  id: NodeId,
  element: Element | null,
  adopt: boolean,
): EditorState {
  const node = must(state, id)
  if (node.kind !== 'field' || isNote(node.schema)) throw new Refused('只有填写项可以绑定数据元')
  if (element !== null && (typeof element?.id !== 'string' || !element.id))
    throw new Refused('数据元无效')
  let next: EditorNode
  if (element === null) {
    if (!('x-element' in node.schema)) return state
    next = { ...node, schema: withKey(node.schema, 'x-element', null) }
  } else if (adopt) {
    next = { ...node, ...adopted(node, element) }
  } else {
    if (node.schema['x-element'] === element.id) return state
    next = { ...node, schema: withKey(node.schema, 'x-element', element.id) }
  }
  const d = draftOf(state)
  d.nodes[id] = next
  return asState(d)
}
