/**
 * The reducer: applies one command and returns the next state. Pure and total: a command that
 * cannot apply (unknown node, a move into itself, an invalid key …) returns the same state object,
 * and `execute` says why in Chinese. Every state it returns exports a form that checkForm accepts
 * whenever the state it started from did.
 */
import { checkForm } from '../../runtime/core/schema'
import { resolveRefs, SchemaRefError } from '../../runtime/core/schema/resolve-refs'
import type { JsonSchema, Rule } from '../../runtime/core/types'
import {
  asState,
  checkDepth,
  checkLeaves,
  draftOf,
  freeKey,
  insertChild,
  pathIn,
  Refused,
  removeChild,
  rewriteRules,
} from './draft'
import { ImportError, kindOf, nodesOf } from './import-form'
import { keyFromTitle, keyProblem } from './keys'
import { formNodes, isWithin, nodeOf, subtreeIds } from './state'
import type { Command, EditorNode, EditorState, NodeId } from './types'
import { bindNode, updateNode } from './update'
import { isAtOrBelow, mapRuleFields, movePath, VISIBLE_WHEN } from './visibility'

export type Outcome = { state: EditorState; error?: string }

function refuse(message: string): never {
  throw new Refused(message)
}

const must = (state: EditorState, id: NodeId): EditorNode =>
  nodeOf(state, id) ?? refuse('找不到该字段')

const newIds = (start: number) => {
  let n = start
  return { next: () => `n${n++}`, count: () => n }
}

function add(state: EditorState, cmd: Extract<Command, { type: 'add' }>): EditorState {
  const parent = must(state, cmd.parent)
  if (parent.kind === 'field') refuse('只能添加到表单、分组或表格中')
  const raw = cmd.form?.schema
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    refuse('字段定义必须是 JSON Schema 对象')
  let schema: JsonSchema
  try {
    schema = resolveRefs(raw)
  } catch (e) {
    if (e instanceof SchemaRefError) refuse(e.message)
    throw e
  }
  // the invariant: what is added passes checkForm (well-formed keywords, safe patterns)
  const fragment = checkForm({ type: 'object', properties: { field: schema } })[0]
  if (fragment) refuse(fragment.message)
  if (cmd.key !== undefined) {
    const p = keyProblem(cmd.key)
    if (p) refuse(p)
  }
  const d = draftOf(state)
  const title = typeof schema.title === 'string' ? schema.title : ''
  const key = freeKey(d, parent.id, cmd.key ?? keyFromTitle(title))
  const ids = newIds(state.nextId)
  const list = nodesOf(
    schema,
    cmd.form.uiSchema ?? {},
    key,
    false,
    parent.id,
    ids.next,
    kindOf(schema),
  )
  const top = list[0]!
  list[0] = {
    ...top,
    ...(cmd.key === undefined ? { autoKey: true } : {}),
    ...(cmd.entry ? { entry: cmd.entry } : {}),
  }
  for (const node of list) d.nodes[node.id] = node
  insertChild(d, parent.id, top.id, cmd.index)
  checkDepth(d, top.id)
  checkLeaves(d)
  return asState(d, { selection: top.id, nextId: ids.count() })
}

function move(state: EditorState, cmd: Extract<Command, { type: 'move' }>): EditorState {
  const node = must(state, cmd.id)
  const target = must(state, cmd.parent)
  if (node.parent === null) refuse('不能移动表单本身')
  if (target.kind === 'field') refuse('只能移动到表单、分组或表格中')
  if (isWithin(state, target.id, node.id)) refuse('不能把分组或表格移动到它自己里面')
  const d = draftOf(state)
  const from = pathIn(d, node.id)
  removeChild(d, node.parent!, node.id)
  const key = freeKey(d, target.id, node.key, node.id)
  d.nodes[node.id] = { ...node, parent: target.id, key }
  insertChild(d, target.id, node.id, cmd.index)
  const before = state.nodes[node.parent!]!.children
  const after = d.nodes[node.parent!]!.children
  if (node.parent === target.id && before!.every((c, i) => c === after![i])) return state
  checkDepth(d, node.id)
  rewriteRules(d, from, pathIn(d, node.id))
  return asState(d)
}

function duplicate(state: EditorState, cmd: Extract<Command, { type: 'duplicate' }>): EditorState {
  const node = must(state, cmd.id)
  if (node.parent === null) refuse('不能复制表单本身')
  const d = draftOf(state)
  const ids = newIds(state.nextId)
  const copyOf = new Map<NodeId, NodeId>()
  const originals = subtreeIds(state, node.id)
  for (const id of originals) copyOf.set(id, ids.next())
  for (const id of originals) {
    const o = state.nodes[id]!
    const copy: EditorNode = {
      ...o,
      id: copyOf.get(id)!,
      parent: id === node.id ? o.parent : copyOf.get(o.parent!)!,
      required: o.required,
    }
    if (o.children) copy.children = o.children.map((c) => copyOf.get(c)!)
    // one element bound twice in a form would be merged into one value: the copy is unbound
    if ('x-element' in o.schema) {
      const { 'x-element': _dropped, ...rest } = o.schema
      copy.schema = rest
    }
    d.nodes[copy.id] = copy
  }
  const top = copyOf.get(node.id)!
  d.nodes[top] = { ...d.nodes[top]!, key: freeKey(d, node.parent!, node.key) }
  const siblings = d.nodes[node.parent!]!.children!
  insertChild(d, node.parent!, top, siblings.indexOf(node.id) + 1)
  // rules inside the copy that read fields of the original subtree read the copy's instead
  const from = pathIn(d, node.id)
  const to = pathIn(d, top)
  for (const id of copyOf.values()) {
    const c = d.nodes[id]!
    const rule = c.schema[VISIBLE_WHEN] as Rule | undefined
    if (!rule) continue
    const next = mapRuleFields(rule, (q) => (isAtOrBelow(q, from) ? movePath(q, from, to) : q))
    if (next !== rule) d.nodes[id] = { ...c, schema: { ...c.schema, [VISIBLE_WHEN]: next } }
  }
  checkLeaves(d)
  return asState(d, { selection: top, nextId: ids.count() })
}

function remove(state: EditorState, cmd: Extract<Command, { type: 'delete' }>): EditorState {
  const node = must(state, cmd.id)
  if (node.parent === null) refuse('不能删除表单本身')
  const d = draftOf(state)
  const siblings = state.nodes[node.parent]!.children!
  const at = siblings.indexOf(node.id)
  for (const id of subtreeIds(state, node.id)) delete d.nodes[id]
  removeChild(d, node.parent, node.id)
  let selection = state.selection
  if (selection !== null && !Object.hasOwn(d.nodes, selection))
    selection = siblings[at + 1] ?? siblings[at - 1] ?? node.parent
  return asState(d, { selection })
}

function select(state: EditorState, id: NodeId | null): EditorState {
  if (id !== null) must(state, id)
  return id === state.selection ? state : { ...state, selection: id }
}

function load(state: EditorState, cmd: Extract<Command, { type: 'import' }>): EditorState {
  try {
    const { nodes, root, nextId } = formNodes(cmd.form, state.nextId)
    return { nodes, root, selection: null, nextId }
  } catch (e) {
    if (e instanceof ImportError) refuse(e.message)
    throw e
  }
}

function dispatch(state: EditorState, cmd: Command): EditorState {
  switch (cmd?.type) {
    case 'add':
      return add(state, cmd)
    case 'move':
      return move(state, cmd)
    case 'duplicate':
      return duplicate(state, cmd)
    case 'delete':
      return remove(state, cmd)
    case 'select':
      return select(state, cmd.id)
    case 'update':
      return updateNode(state, cmd.id, cmd.patch)
    case 'bind':
      return bindNode(state, cmd.id, cmd.element, cmd.adopt === true)
    case 'import':
      return load(state, cmd)
    default:
      return refuse('未知的操作')
  }
}

/** Applies a command: the next state, or the same state and the reason it was refused. */
export function execute(state: EditorState, command: Command): Outcome {
  try {
    return { state: dispatch(state, command) }
  } catch (e) {
    if (e instanceof Refused) return { state, error: e.message }
    throw e
  }
}

/** Applies a command; a refused command returns the same state object. */
export const reduce = (state: EditorState, command: Command): EditorState =>
  execute(state, command).state
