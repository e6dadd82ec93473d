/**
 * One item being edited: the form's editor history (editor/core), the catalogue data and
 * materials, and the draft's ETag. Changes are autosaved (debounced PUT with If-Match, keeping the
 * new ETag); a 412 keeps both versions until the administrator chooses. Problems (the core's
 * findProblems) are recomputed shortly after the last change. No React here: components read it
 * through useSyncExternalStore with narrow selectors, so a command re-renders only what changed.
 */

import type { Element, Form } from '../../../runtime/core/types'
import { ApiError, type ErrorDetail } from '../../../runtime/ui/api'
import {
  type Command,
  commands as cmd,
  createHistory,
  createState,
  exportForm,
  findProblems,
  type History,
  isDirty,
  type NodeId,
  type Problem,
  record,
  redo,
  type Severity,
  undo,
} from '../../core'
import { putIfMatch } from '../http'
import { type ItemInput, type ItemMeta, type ItemView, metaOf } from '../types'

export type SaveStatus =
  | { kind: 'saved'; at?: number }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; details: ErrorDetail[] }
  /** someone saved first: `server` is their version, `etag` its ETag */
  | { kind: 'conflict'; server: ItemView; etag: string }

export type ItemInfo = Pick<ItemView, 'id' | 'status' | 'latestVersion' | 'updatedAt'>

type Options = {
  elements: Element[]
  /** debounce of the autosave (ms); 0 turns autosave off */
  autosaveMs?: number
  problemsMs?: number
  /** fetches the server's current version after a 412 */
  fetchCurrent: () => Promise<{ data: ItemView; etag: string }>
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)

export class ItemStore {
  h: History
  meta: ItemMeta
  info: ItemInfo
  status: SaveStatus = { kind: 'saved' }
  /** whether anything differs from what the server holds (refined after each change) */
  dirty = false
  problems: Problem[] = []
  /** the worst problem of each node */
  problemLevel = new Map<NodeId | null, Severity>()
  /** the last refused command's reason, with a sequence number so the same text shows again */
  refusal: { message: string; seq: number } | null = null
  readonly elements: Element[]
  /** bumped when the whole item was replaced from outside (forms showing it start over) */
  epoch = 0

  private savedMeta: ItemMeta
  private etag: string
  private listeners = new Set<() => void>()
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private problemsTimer: ReturnType<typeof setTimeout> | undefined
  private inflight: Promise<boolean> | null = null
  private readonly options: Required<Options>
  private disposed = false

  constructor(item: ItemView, etag: string, options: Options) {
    this.options = { autosaveMs: 1500, problemsMs: 300, ...options }
    this.elements = options.elements
    this.h = createHistory(createState(item.form)) // ImportError: the page shows it
    this.meta = metaOf(item)
    this.savedMeta = this.meta
    this.etag = etag
    this.info = pick(item)
    // the first check (≈ 0.2 s on 500 fields, ajv compiling the meta-schema) after the canvas shows
    this.problemsTimer = setTimeout(() => this.refreshProblems(), 0)
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  private emit() {
    for (const l of this.listeners) l()
  }

  get state() {
    return this.h.present
  }

  /** The item as PUT takes it. */
  input(): ItemInput {
    return { ...this.meta, form: exportForm(this.h.present) }
  }

  /** Applies a command through the history; a refusal is reported (a Chinese toast) and returns false. */
  dispatch(command: Command): boolean {
    const error = this.tryDispatch(command)
    if (error === null) return true
    this.refusal = { message: error, seq: (this.refusal?.seq ?? 0) + 1 }
    this.emit()
    return false
  }

  /** Applies a command; a refusal is returned (for a message beside the input), not reported. */
  tryDispatch(command: Command): string | null {
    const before = this.h
    const next = record(before, command, { at: Date.now() })
    if (next.error !== undefined) return next.error
    if (next === before) return null
    this.h = next
    this.changed(next.present.nodes !== before.present.nodes)
    return null
  }

  /** The next edit is a new undo step (an input lost focus). */
  breakCoalescing() {
    if (this.h.coalesce) this.h = { ...this.h, coalesce: null }
  }

  undo() {
    const before = this.h
    this.h = undo(before)
    if (this.h !== before) this.changed(true)
  }

  redo() {
    const before = this.h
    this.h = redo(before)
    if (this.h !== before) this.changed(true)
  }

  setMeta(patch: Partial<ItemMeta>) {
    const next = { ...this.meta, ...patch }
    if (same(next, this.meta)) return
    this.meta = next
    this.changed(false, true)
  }

  private changed(form: boolean, meta = false) {
    if (form || meta) {
      this.dirty = true
      if (this.status.kind === 'saved' || this.status.kind === 'error')
        this.status = { kind: 'dirty' }
      this.scheduleSave()
      if (form) this.scheduleProblems()
    }
    this.emit()
  }

  private scheduleProblems() {
    clearTimeout(this.problemsTimer)
    this.problemsTimer = setTimeout(() => this.refreshProblems(), this.options.problemsMs)
  }

  /** Problems and the dirty flag now (after the debounce, or before publishing). */
  refreshProblems(): Problem[] {
    clearTimeout(this.problemsTimer)
    this.problems = findProblems(this.h.present, { elements: this.elements })
    this.problemLevel = levels(this.problems)
    this.refreshDirty()
    this.emit()
    return this.problems
  }

  private refreshDirty() {
    this.dirty = !same(this.meta, this.savedMeta) || isDirty(this.h)
    if (!this.dirty && this.status.kind === 'dirty') this.status = { kind: 'saved' }
  }

  private scheduleSave() {
    clearTimeout(this.saveTimer)
    if (this.options.autosaveMs <= 0 || this.status.kind === 'conflict') return
    this.saveTimer = setTimeout(() => void this.save(), this.options.autosaveMs)
  }

  /** Saves now if anything changed; resolves to whether the server holds the present state. */
  save(): Promise<boolean> {
    clearTimeout(this.saveTimer)
    if (this.disposed) return Promise.resolve(false)
    if (this.status.kind === 'conflict') return Promise.resolve(false)
    if (this.inflight) return this.inflight.then(() => this.save())
    this.refreshDirty()
    if (!this.dirty) {
      this.emit()
      return Promise.resolve(true)
    }
    this.inflight = this.put(this.etag).finally(() => {
      this.inflight = null
    })
    return this.inflight
  }

  private async put(etag: string): Promise<boolean> {
    const nodes = this.h.present.nodes
    const meta = this.meta
    const body: ItemInput = { ...meta, form: exportForm(this.h.present) }
    this.status = { kind: 'saving' }
    this.emit()
    try {
      const { data, etag: next } = await putIfMatch<ItemView>(
        `/api/items/${this.info.id}`,
        body,
        etag,
      )
      this.etag = next
      this.info = pick(data)
      // what was sent is saved; edits made while the request ran stay dirty
      this.h = { ...this.h, saved: nodes }
      this.savedMeta = meta
      this.refreshDirty()
      this.status = this.dirty ? { kind: 'dirty' } : { kind: 'saved', at: Date.now() }
      if (this.dirty) this.scheduleSave()
      this.emit()
      return !this.dirty
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        try {
          const current = await this.options.fetchCurrent()
          this.status = { kind: 'conflict', server: current.data, etag: current.etag }
        } catch (e2) {
          this.status = { kind: 'error', message: messageOf(e2), details: [] }
        }
      } else {
        this.status = {
          kind: 'error',
          message: messageOf(e),
          details: e instanceof ApiError ? e.details : [],
        }
      }
      this.emit()
      return false
    }
  }

  /** Conflict: overwrite the server's version with this one (PUT with its fresh ETag). */
  async keepMine(): Promise<boolean> {
    if (this.status.kind !== 'conflict') return true
    const { etag } = this.status
    this.status = { kind: 'dirty' }
    return this.put(etag)
  }

  /**
   * Conflict: take the server's version. The form is replaced through an undoable import, so
   * Ctrl+Z still brings this session's form back; the catalogue data is replaced too.
   */
  takeTheirs() {
    if (this.status.kind !== 'conflict') return
    const { server, etag } = this.status
    const next = record(this.h, cmd.importForm(server.form as Form))
    if (next.error === undefined) this.h = { ...next, saved: next.present.nodes }
    this.meta = metaOf(server)
    this.savedMeta = this.meta
    this.etag = etag
    this.info = pick(server)
    this.epoch++
    this.status = { kind: 'saved', at: Date.now() }
    this.refreshProblems()
  }

  /** After a publish: the status and version number of the item. */
  published(version: number) {
    this.info = { ...this.info, status: 'published', latestVersion: version }
    this.emit()
  }

  dispose() {
    this.disposed = true
    clearTimeout(this.saveTimer)
    clearTimeout(this.problemsTimer)
    this.listeners.clear()
  }
}

const pick = (v: ItemView): ItemInfo => ({
  id: v.id,
  status: v.status,
  latestVersion: v.latestVersion,
  updatedAt: v.updatedAt,
})

function levels(problems: Problem[]): Map<NodeId | null, Severity> {
  const out = new Map<NodeId | null, Severity>()
  for (const p of problems) if (out.get(p.id) !== 'error') out.set(p.id, p.severity)
  return out
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))
