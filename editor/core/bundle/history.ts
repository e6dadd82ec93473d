/**
 * Undo and redo of the bundle composer: the generic history of `editor/core/history.ts` over
 * `executeBundle`. Typing into one text (a title, a guide element, a step's days) is one step.
 */
import {
  type HistoryOf,
  type HistoryOptions,
  historyOf,
  markSavedAs,
  type RecordOptions,
  recordWith,
  type Stepper,
} from '../history'
import { executeBundle } from './reducer'
import type { BundleDoc, BundleState, Command } from './types'

/** The composer's history; `saved` is the draft the server holds. */
export type BundleHistory = HistoryOf<BundleState, BundleDoc>

const keysOf = (patch: object | null | undefined) =>
  Object.entries(patch ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k)
    .sort()
    .join(',')

/** Commands that edit one text as it is typed: consecutive ones with the same key are one step. */
export function bundleCoalesceKey(cmd: Command): string | null {
  switch (cmd.type) {
    case 'setMeta':
      return `meta\u0000${keysOf(cmd.patch)}`
    case 'setGuide':
      return `guide\u0000${keysOf(cmd.patch)}`
    case 'updateGuideEntry':
      return `guide\u0000${cmd.list}\u0000${cmd.index}\u0000${
        cmd.value !== null && typeof cmd.value === 'object' ? keysOf(cmd.value) : ''
      }`
    case 'updateSituation':
      return cmd.patch?.id !== undefined
        ? null
        : `situation\u0000${cmd.id}\u0000${keysOf(cmd.patch)}`
    case 'updateOption':
      return cmd.patch?.value !== undefined && cmd.patch.value !== cmd.value
        ? null
        : `option\u0000${cmd.question}\u0000${cmd.value}\u0000${keysOf(cmd.patch)}`
    case 'setSection':
      return `section\u0000${cmd.key}\u0000${keysOf(cmd.patch)}`
    case 'setMaterial':
      return `material\u0000${cmd.key}\u0000${keysOf(cmd.patch)}`
    default:
      return null
  }
}

const stepper: Stepper<BundleState, Command> = {
  execute: executeBundle,
  coalesceKey: bundleCoalesceKey,
}

/** A history whose present and saved state is `state`. */
export const createBundleHistory = (
  state: BundleState,
  options: HistoryOptions = {},
): BundleHistory => historyOf(state, state.doc, options)

/** Applies a command; a refused command leaves the history as it is, with `error` set. */
export const recordBundle = (
  h: BundleHistory,
  command: Command,
  options: RecordOptions = {},
): BundleHistory => recordWith(stepper, h, command, options)

/** The present draft is what the server now holds (after a successful PUT). */
export const markBundleSaved = (h: BundleHistory): BundleHistory => markSavedAs(h, h.present.doc)

const texts = new WeakMap<object, string>()
const textOf = (doc: BundleDoc): string => {
  const known = texts.get(doc)
  if (known !== undefined) return known
  const text = JSON.stringify(doc)
  texts.set(doc, text)
  return text
}

/** Whether the draft differs from the saved one (an edit typed back by hand is not a change). */
export const isBundleDirty = (h: BundleHistory): boolean =>
  h.present.doc !== h.saved && textOf(h.present.doc) !== textOf(h.saved)
