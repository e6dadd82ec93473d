/** Creating an editor state and reading it: nodes by id and by data path, paths of nodes. */
import type { Form } from '../../runtime/core/types'
import { nodesOf, prepareForm } from './import-form'
import type { EditorNode, EditorState, NodeId } from './types'

const EMPTY_FORM: Form = { schema: { type: 'object', properties: {} }, uiSchema: {} }

/** Nodes of a whole form, ids numbered from `nextId`. Throws ImportError for unusable forms. */
export function formNodes(
  form: Form,
  nextId: number,
): { nodes: Record<NodeId, EditorNode>; root: NodeId; nextId: number } {
  const { schema, uiSchema } = prepareForm(form)
  let n = nextId
  const list = nodesOf(schema, uiSchema, '', false, null, () => `n${n++}`, 'root')
  const nodes: Record<NodeId, EditorNode> = {}
  for (const node of list) nodes[node.id] = node
  return { nodes, root: list[0]!.id, nextId: n }
}

/**
 * The editor state of a form (an empty form when none is given). Throws ImportError when the form
 * cannot be edited: not an object schema, a broken or cyclic `$ref`, nesting past 32 levels.
 */
export function createState(form: Form = EMPTY_FORM): EditorState {
  const { nodes, root, nextId } = formNodes(form, 1)
  return { nodes, root, selection: null, nextId }
}

export function nodeOf(state: EditorState, id: NodeId): EditorNode | undefined {
  return Object.hasOwn(state.nodes, id) ? state.nodes[id] : undefined
}

export const isContainer = (node: EditorNode | undefined): boolean =>
  !!node && node.kind !== 'field'

export const childrenOf = (state: EditorState, id: NodeId): EditorNode[] =>
  (nodeOf(state, id)?.children ?? []).map((c) => state.nodes[c]!)

/** The data path of a node: dotted keys, a table's rows as `key[]` (`units[].name`); root ''. */
export function pathOf(state: EditorState, id: NodeId): string {
  const parts: string[] = []
  let node = nodeOf(state, id)
  while (node && node.parent !== null) {
    const parent = state.nodes[node.parent]!
    parts.push(parent.kind === 'table' ? `[]${node.key}` : node.key)
    node = parent
  }
  let out = ''
  for (const part of parts.reverse()) {
    if (part.startsWith('[]')) out += `[].${part.slice(2)}`
    else out += out ? `.${part}` : part
  }
  return out
}

/** The node at a data path (`units[].name`), or undefined. */
export function idAt(state: EditorState, path: string): NodeId | undefined {
  let node = nodeOf(state, state.root)
  if (path === '') return node?.id
  const segments = path.split('.')
  for (const [i, raw] of segments.entries()) {
    if (!node) return undefined
    const key = raw.endsWith('[]') ? raw.slice(0, -2) : raw
    const child = childrenOf(state, node.id).find((c) => c.key === key)
    if (!child) return undefined
    const rows = raw.endsWith('[]')
    if (rows && child.kind !== 'table') return undefined
    if (!rows && child.kind === 'table' && i < segments.length - 1) return undefined
    node = child
  }
  return node?.id
}

/** The node and all nodes below it, parent first. */
export function subtreeIds(state: EditorState, id: NodeId): NodeId[] {
  const out: NodeId[] = []
  const stack = [id]
  while (stack.length) {
    const next = stack.pop()!
    const node = nodeOf(state, next)
    if (!node) continue
    out.push(next)
    if (node.children)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}

/** Whether `id` is `ancestor` or below it. */
export function isWithin(state: EditorState, id: NodeId, ancestor: NodeId): boolean {
  let node = nodeOf(state, id)
  while (node) {
    if (node.id === ancestor) return true
    node = node.parent === null ? undefined : nodeOf(state, node.parent)
  }
  return false
}

/** The ancestors' titles, outermost first (the root's excluded). */
export function contextTitles(state: EditorState, id: NodeId): string[] {
  const out: string[] = []
  let node = nodeOf(state, id)
  while (node?.parent !== null && node?.parent !== undefined) {
    const parent = state.nodes[node.parent]!
    if (parent.parent !== null && typeof parent.schema.title === 'string')
      out.unshift(parent.schema.title)
    node = parent
  }
  return out
}

/** All nodes in display order (depth first), the root first. */
export const allNodes = (state: EditorState): EditorNode[] =>
  subtreeIds(state, state.root).map((id) => state.nodes[id]!)
