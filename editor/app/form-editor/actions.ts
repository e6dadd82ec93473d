/** Editing actions the canvas buttons, the keyboard and the palette share (all through commands). */
import {
  commands as cmd,
  type EditorState,
  type NodeId,
  type PaletteEntry,
  subtreeIds,
} from '../../core'
import type { ItemStore } from '../item/item-store'

/** Palette entries that hold fields: a new one starts a group of its own. */
const CONTAINERS = new Set(['section', 'table'])

/**
 * Where a palette entry clicked (not dragged) goes: after the selected field, into the selected
 * section or table, else at the end. A section or table added while a field inside a section is
 * selected goes after that section: the next group of a form, not a group inside the current one
 * (select a section itself to nest one in it).
 */
export function insertionPoint(
  state: EditorState,
  entry?: PaletteEntry,
): { parent: NodeId; index?: number } {
  const sel = state.selection ? state.nodes[state.selection] : undefined
  if (!sel || sel.kind === 'root') return { parent: state.root }
  if (sel.kind !== 'field') return { parent: sel.id }
  let after = sel
  if (entry && CONTAINERS.has(entry.id) && sel.parent !== state.root)
    after = state.nodes[sel.parent!]!
  const parent = state.nodes[after.parent!]!
  return { parent: parent.id, index: parent.children!.indexOf(after.id) + 1 }
}

export function addEntry(
  store: ItemStore,
  entry: PaletteEntry,
  at?: { parent: NodeId; index?: number },
) {
  const { parent, index } = at ?? insertionPoint(store.state, entry)
  return store.dispatch(cmd.add(entry, parent, index))
}

const siblingsOf = (state: EditorState, id: NodeId) => {
  const node = state.nodes[id]
  if (!node || node.parent === null) return null
  const parent = state.nodes[node.parent]!
  return { node, parent, list: parent.children!, at: parent.children!.indexOf(id) }
}

/** 上移 / 下移 within the section. */
export function moveBy(store: ItemStore, id: NodeId, delta: -1 | 1): boolean {
  const s = siblingsOf(store.state, id)
  if (!s) return false
  const to = s.at + delta
  if (to < 0 || to >= s.list.length) return false
  return store.dispatch(cmd.move(id, s.parent.id, to))
}

/** 移入: into the section or table just above, at its end. */
export function moveInto(store: ItemStore, id: NodeId): boolean | string {
  const s = siblingsOf(store.state, id)
  if (!s) return false
  const prev = s.at > 0 ? store.state.nodes[s.list[s.at - 1]!] : undefined
  if (prev?.kind === 'section' || prev?.kind === 'table')
    return store.dispatch(cmd.move(id, prev.id, prev.children!.length))
  return 'noContainerAbove'
}

/** 移出: out of its section or table, just after it. */
export function moveOut(store: ItemStore, id: NodeId): boolean | string {
  const s = siblingsOf(store.state, id)
  if (!s || s.parent.parent === null) return 'atTop'
  const grand = store.state.nodes[s.parent.parent]!
  return store.dispatch(cmd.move(id, grand.id, grand.children!.indexOf(s.parent.id) + 1))
}

/** Whether 移入 applies (a section or table right above). */
export function canMoveInto(state: EditorState, id: NodeId): boolean {
  const s = siblingsOf(state, id)
  if (!s || s.at === 0) return false
  const prev = state.nodes[s.list[s.at - 1]!]!
  return prev.kind === 'section' || prev.kind === 'table'
}

/**
 * Duplicates a node. Answers how many bound fields the copy left unbound (an element is bound to
 * one field of a form: two would be merged into one value), so the canvas can say so.
 */
export function duplicateNode(store: ItemStore, id: NodeId): number {
  const before = store.state
  if (!store.dispatch(cmd.duplicate(id))) return 0
  return subtreeIds(before, id).filter(
    (n) => typeof before.nodes[n]?.schema['x-element'] === 'string',
  ).length
}
