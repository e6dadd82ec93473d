/**
 * Undo and redo over the reducer. Steps are whole states (cheap: states share their nodes), so
 * undoing n steps gives back the very state object of n steps before. Selecting is not a step.
 * Consecutive edits of the same properties of the same node are one step (typing a title letter
 * by letter), until another command, an undo, a save or `breakCoalescing` intervenes.
 */
import { exportForm } from './export-form'
import { execute } from './reducer'
import type { Command, EditorState, NodeId } from './types'

export const DEFAULT_HISTORY_LIMIT = 200

export type History = {
  readonly past: readonly EditorState[]
  readonly present: EditorState
  readonly future: readonly EditorState[]
  /** the node map of the last saved state */
  readonly saved: EditorState['nodes']
  readonly limit: number
  /** what the last step edited, when the next edit of the same may join it */
  readonly coalesce: { key: string; at?: number } | null
  /** the reason the last command was refused, if it was */
  readonly error?: string
}

export type HistoryOptions = {
  /** steps kept (default 200) */
  limit?: number
}

export type RecordOptions = {
  /** the time of the edit (ms): edits more than `coalesceMs` apart are separate steps */
  at?: number
  coalesceMs?: number
}

/** A history whose present (and saved) state is `state`. */
export function createHistory(state: EditorState, options: HistoryOptions = {}): History {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_HISTORY_LIMIT))
  return { past: [], present: state, future: [], saved: state.nodes, limit, coalesce: null }
}

/** Edits that may join the previous step: an update of the same node and the same properties. */
const coalesceKey = (cmd: Command): string | null => {
  if (cmd.type !== 'update') return null
  const keys = Object.keys(cmd.patch ?? {})
    .filter((k) => (cmd.patch as Record<string, unknown>)[k] !== undefined)
    .sort()
  return `${cmd.id}\u0000${keys.join(',')}`
}

/** Applies a command; a refused command leaves the history as it is, with `error` set. */
export function record(h: History, command: Command, options: RecordOptions = {}): History {
  const { state, error } = execute(h.present, command)
  if (error !== undefined) return { ...h, error }
  if (state === h.present) return h.error === undefined ? h : { ...h, error: undefined }
  if (command.type === 'select') return { ...h, present: state, coalesce: null, error: undefined }
  const key = coalesceKey(command)
  const within =
    options.at === undefined ||
    h.coalesce?.at === undefined ||
    options.at - h.coalesce.at <= (options.coalesceMs ?? 1000)
  const coalesce =
    key === null ? null : { key, ...(options.at !== undefined ? { at: options.at } : {}) }
  if (key !== null && h.coalesce?.key === key && within && h.past.length > 0)
    return { ...h, present: state, future: [], coalesce, error: undefined }
  const past = [...h.past, h.present]
  if (past.length > h.limit) past.splice(0, past.length - h.limit)
  return { ...h, past, present: state, future: [], coalesce, error: undefined }
}

export const canUndo = (h: History): boolean => h.past.length > 0
export const canRedo = (h: History): boolean => h.future.length > 0

export function undo(h: History): History {
  const previous = h.past[h.past.length - 1]
  if (!previous) return h
  return {
    ...h,
    past: h.past.slice(0, -1),
    present: previous,
    future: [h.present, ...h.future],
    coalesce: null,
    error: undefined,
  }
}

export function redo(h: History): History {
  const next = h.future[0]
  if (!next) return h
  return {
    ...h,
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    coalesce: null,
    error: undefined,
  }
}

/** The present state is what the server now holds. */
export const markSaved = (h: History): History => ({ ...h, saved: h.present.nodes, coalesce: null })

/** The next edit starts a new step (call it when an input loses focus). */
export const breakCoalescing = (h: History): History => (h.coalesce ? { ...h, coalesce: null } : h)

const savedForms = new WeakMap<object, string>()
const textOf = (nodes: EditorState['nodes'], root: NodeId): string => {
  const known = savedForms.get(nodes)
  if (known !== undefined) return known
  const text = JSON.stringify(exportForm({ nodes, root, selection: null, nextId: 0 }))
  savedForms.set(nodes, text)
  return text
}

/** Whether the form differs from the last saved one (an edit undone by hand is not a change). */
export function isDirty(h: History): boolean {
  if (h.present.nodes === h.saved) return false
  const root = Object.hasOwn(h.saved, h.present.root) ? h.present.root : findRoot(h.saved)
  if (root === undefined) return true
  return textOf(h.present.nodes, h.present.root) !== textOf(h.saved, root)
}

const findRoot = (nodes: EditorState['nodes']): NodeId | undefined =>
  Object.values(nodes).find((n) => n.parent === null)?.id
