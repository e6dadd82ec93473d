/**
 * A command's working copy of the node map: one shallow copy per command, nodes replaced as they
 * change (the untouched ones stay shared with the previous state).
 */
import { collectLeaves, FORM_LIMITS } from '../../runtime/core/schema'
import type { Rule } from '../../runtime/core/types'
import { findTooDeep } from './depth'
import { exportForm, exportNode } from './export-form'
import { uniqueKey } from './keys'
import { pathOf } from './state'
import type { EditorNode, EditorState, NodeId } from './types'
import { mapRuleFields, movePath, VISIBLE_WHEN } from './visibility'

export class Refused extends Error {}

export type Draft = { nodes: Record<NodeId, EditorNode>; state: EditorState }

export const draftOf = (state: EditorState): Draft => ({ nodes: { ...state.nodes }, state })

/** The state the draft stands for (paths and exports read it). */
export const asState = (d: Draft, extra: Partial<EditorState> = {}): EditorState => ({
  ...d.state,
  nodes: d.nodes,
  ...extra,
})

export const sibling = (d: Draft, parent: NodeId, except?: NodeId): string[] =>
  (d.nodes[parent]!.children ?? []).filter((c) => c !== except).map((c) => d.nodes[c]!.key)

export const freeKey = (d: Draft, parent: NodeId, key: string, except?: NodeId): string =>
  uniqueKey(key, sibling(d, parent, except))

export function insertChild(d: Draft, parent: NodeId, child: NodeId, index?: number) {
  const p = d.nodes[parent]!
  const children = [...(p.children ?? [])]
  const at =
    index === undefined
      ? children.length
      : Math.max(0, Math.min(children.length, Math.trunc(index)))
  children.splice(at, 0, child)
  d.nodes[parent] = { ...p, children }
}

export function removeChild(d: Draft, parent: NodeId, child: NodeId) {
  const p = d.nodes[parent]!
  d.nodes[parent] = { ...p, children: (p.children ?? []).filter((c) => c !== child) }
}

/** The nesting level of a node's own schema: the root 0, a table's columns two below it. */
export function levelOf(d: Draft, id: NodeId): number {
  let level = 0
  let node = d.nodes[id]
  while (node && node.parent !== null) {
    const parent = d.nodes[node.parent]!
    level += parent.kind === 'table' ? 2 : 1
    node = parent
  }
  return level
}

/** Refuses a subtree that would nest past checkForm's limit where it now stands. */
export function checkDepth(d: Draft, id: NodeId) {
  const { schema } = exportNode(d.nodes, d.nodes[id]!)
  const problem = findTooDeep(schema, levelOf(d, id))
  if (problem) throw new Refused(problem.message)
}

/** Refuses growing past checkForm's field limit (counted only when the form is large). */
export function checkLeaves(d: Draft) {
  if (Object.keys(d.nodes).length < FORM_LIMITS.leaves / 2) return
  const leaves = collectLeaves(exportForm(asState(d)).schema).length
  if (leaves > FORM_LIMITS.leaves)
    throw new Refused(`字段过多：${leaves} 个，上限 ${FORM_LIMITS.leaves} 个`)
}

/** After a rename or move, rules naming `from` (or fields below it) name `to` instead. */
export function rewriteRules(d: Draft, from: string, to: string, only?: NodeId[]) {
  if (from === to) return
  for (const id of only ?? Object.keys(d.nodes)) {
    const node = d.nodes[id]!
    const rule = node.schema[VISIBLE_WHEN] as Rule | undefined
    if (!rule) continue
    const next = mapRuleFields(rule, (q) => movePath(q, from, to))
    if (next !== rule) d.nodes[id] = { ...node, schema: { ...node.schema, [VISIBLE_WHEN]: next } }
  }
}

export const pathIn = (d: Draft, id: NodeId) => pathOf(asState(d), id)
