/**
 * Undo and redo over a reducer. Steps are whole states (cheap: states share their parts), so
 * undoing n steps gives back the very state object of n steps before. Commands a reducer marks
 * transient (selecting) are not steps. Consecutive commands with the same coalescing key (edits of
 * the same properties of the same node: typing a title letter by letter) are one step, until
 * another command, an undo, a save or `breakCoalescing` intervenes.
 *
 * The core (`HistoryOf`, `recordWith`, `undo`, `redo` …) is generic over the state and command
 * types; `record`, `createHistory`, `markSaved` and `isDirty` are the form editor's, and
 * `editor/core/bundle` has its own over the bundle composer's reducer.
 */
import { exportForm } from './export-form'
import { execute } from './reducer'
import type { Command, EditorState, NodeId } from './types'

export const DEFAULT_HISTORY_LIMIT = 200

/** A history of states `S`; `saved` is what the last save stored, in whatever form `K` compares. */
export type HistoryOf<S, K = S> = {
  readonly past: readonly S[]
  readonly present: S
  readonly future: readonly S[]
  /** what the last save stored (the form editor keeps the node map of the saved state) */
  readonly saved: K
  readonly limit: number
  /** what the last step edited, when the next edit of the same may join it */
  readonly coalesce: { key: string; at?: number } | null
  /** the reason the last command was refused, if it was */
  readonly error?: string
}

/** The form editor's history. */
export type History = HistoryOf<EditorState, EditorState['nodes']>

export type HistoryOptions = {
  /** steps kept (default 200) */
  limit?: number
}

export type RecordOptions = {
  /** the time of the edit (ms): edits more than `coalesceMs` apart are separate steps */
  at?: number
  coalesceMs?: number
}

/** What a history needs of a reducer. */
export type Stepper<S, C> = {
  /** the next state, the same state object for a no-op, or a refusal with its reason */
  execute: (state: S, command: C) => { state: S; error?: string }
  /** commands that change the state without being a step of their own (selecting) */
  transient?: (command: C) => boolean
  /** consecutive commands with the same non-null key are one step */
  coalesceKey?: (command: C) => string | null
}

/** A history whose present state is `state` and whose saved state is `saved`. */
export function historyOf<S, K>(state: S, saved: K, options: HistoryOptions = {}): HistoryOf<S, K> {
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_HISTORY_LIMIT))
  return { past: [], present: state, future: [], saved, limit, coalesce: null }
}

/** Applies a command through a reducer; a refused command leaves the history, with `error` set. */
export function recordWith<S, K, C>(
  stepper: Stepper<S, C>,
  h: HistoryOf<S, K>,
  command: C,
  options: RecordOptions = {},
): HistoryOf<S, K> {
  const { state, error } = stepper.execute(h.present, command)
  if (error !== undefined) return { ...h, error }
  if (state === h.present) return h.error === undefined ? h : { ...h, error: undefined }
  if (stepper.transient?.(command))
    return { ...h, present: state, coalesce: null, error: undefined }
  const key = stepper.coalesceKey?.(command) ?? null
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

export const canUndo = <S, K>(h: HistoryOf<S, K>): boolean => h.past.length > 0
export const canRedo = <S, K>(h: HistoryOf<S, K>): boolean => h.future.length > 0

export function undo<S, K>(h: HistoryOf<S, K>): HistoryOf<S, K> {
  if (h.past.length === 0) return h
  const previous = h.past[h.past.length - 1] as S
  return {
    ...h,
    past: h.past.slice(0, -1),
    present: previous,
    future: [h.present, ...h.future],
    coalesce: null,
    error: undefined,
  }
}

export function redo<S, K>(h: HistoryOf<S, K>): HistoryOf<S, K> {
  if (h.future.length === 0) return h
  const next = h.future[0] as S
  return {
    ...h,
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    coalesce: null,
    error: undefined,
  }
}

/** The next edit starts a new step (call it when an input loses focus). */
export const breakCoalescing = <S, K>(h: HistoryOf<S, K>): HistoryOf<S, K> =>
  h.coalesce ? { ...h, coalesce: null } : h

/** Records that `saved` is what the server now holds. */
export const markSavedAs = <S, K>(h: HistoryOf<S, K>, saved: K): HistoryOf<S, K> => ({
  ...h,
  saved,
  coalesce: null,
})

// ——— the form editor's history ———

/** Edits that may join the previous step: an update of the same node and the same properties. */
const coalesceKey = (cmd: Command): string | null => {
  if (cmd.type !== 'update') return null
  const keys = Object.keys(cmd.patch ?? {})
    .filter((k) => (cmd.patch as Record<string, unknown>)[k] !== undefined)
    .sort()
  return `${cmd.id}\u0000${keys.join(',')}`
}

const editorStepper: Stepper<EditorState, Command> = {
  execute,
  transient: (cmd) => cmd.type === 'select',
  coalesceKey,
}

/** A history whose present (and saved) state is `state`. */
export const createHistory = (state: EditorState, options: HistoryOptions = {}): History =>
  historyOf(state, state.nodes, options)

/** Applies a command; a refused command leaves the history as it is, with `error` set. */
export const record = (h: History, command: Command, options: RecordOptions = {}): History =>
  recordWith(editorStepper, h, command, options)

/** The present state is what the server now holds. */
export const markSaved = (h: History): History => markSavedAs(h, h.present.nodes)

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
