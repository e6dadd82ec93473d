/** Command creators: what the UI dispatches (through the history, usually). */
import type { Element, Form } from '../../runtime/core/types'
import type { Command, FieldPatch, NodeId, PaletteEntry } from './types'

/** Adds a palette entry's field under `parent` at `index` (the end when absent). */
export const add = (entry: PaletteEntry, parent: NodeId, index?: number): Command => {
  const cmd: Command = { type: 'add', parent, form: entry.build(), entry: entry.id }
  if (index !== undefined) cmd.index = index
  if (entry.key !== undefined) cmd.key = entry.key
  return cmd
}

/** Moves a node into `parent` (a section, a table, the root) at `index`. */
export const move = (id: NodeId, parent: NodeId, index: number): Command => ({
  type: 'move',
  id,
  parent,
  index,
})

export const duplicate = (id: NodeId): Command => ({ type: 'duplicate', id })
export const remove = (id: NodeId): Command => ({ type: 'delete', id })
export const select = (id: NodeId | null): Command => ({ type: 'select', id })
export const update = (id: NodeId, patch: FieldPatch): Command => ({ type: 'update', id, patch })
export const bind = (id: NodeId, element: Element | null, adopt = false): Command => ({
  type: 'bind',
  id,
  element,
  adopt,
})
export const importForm = (form: Form): Command => ({ type: 'import', form })

/** Moves a node within its own parent (`index` counted without it). */
export const reorder = (
  state: { nodes: Readonly<Record<NodeId, { parent: NodeId | null }>> },
  id: NodeId,
  index: number,
): Command => ({ type: 'move', id, parent: state.nodes[id]?.parent ?? id, index })
