/** Test helpers: states built from palette entries, commands that must apply. */
import { expect } from 'vitest'
import { add } from '../commands'
import { paletteEntry } from '../palette'
import { execute } from '../reducer'
import { createState, idAt } from '../state'
import type { Command, EditorState, NodeId } from '../types'

/** Applies a command that must not be refused. */
export function apply(state: EditorState, command: Command): EditorState {
  const { state: next, error } = execute(state, command)
  expect(error).toBeUndefined()
  return next
}

/** Adds a built-in palette entry under the node at `parentPath` ('' = root); returns the new id. */
export function addEntry(
  state: EditorState,
  entryId: string,
  parentPath = '',
  index?: number,
): { state: EditorState; id: NodeId } {
  const entry = paletteEntry(entryId)
  if (!entry) throw new Error(`no palette entry ${entryId}`)
  const parent = idAt(state, parentPath)
  if (parent === undefined) throw new Error(`no node at ${parentPath}`)
  const next = apply(state, add(entry, parent, index))
  return { state: next, id: next.selection! }
}

/** The id at a path, which must exist. */
export function at(state: EditorState, path: string): NodeId {
  const id = idAt(state, path)
  if (id === undefined) throw new Error(`no node at ${path}`)
  return id
}

export { bigForm } from './big-form'
export { createState }
