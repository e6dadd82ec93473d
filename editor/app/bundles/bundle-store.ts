/**
 * One 一件事 being composed: the composer core's history (editor/core/bundle), the element
 * dictionary with its merger, the published item catalogue and the draft's ETag. Changes are
 * autosaved (debounced PUT with If-Match, keeping the new ETag); a 412 keeps both versions until the
 * administrator chooses (like the item editor's store). No React here: components read it through
 * useSyncExternalStore with narrow selectors.
 */

import type { Element } from '../../../runtime/core/types'
import { ApiError, api, type ErrorDetail } from '../../../runtime/ui/api'
import {
  type BundleCommand,
  type BundleHistory,
  type BundleState,
  createBundleHistory,
  createBundleState,
  createMerger,
  isBundleDirty,
  type MemberItem,
  type Merger,
  recordBundle,
  toBundleInput,
} from '../../core/bundle'
import { redo, undo } from '../../core/history'
import { putIfMatch } from '../http'
import type { Department, ItemSummary } from '../types'
import type { BundleView } from './types'

export type SaveStatus =
  | { kind: 'saved'; at?: number }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; details: ErrorDetail[] }
  /** someone saved first: `server` is their version, `etag` its ETag */
  | { kind: 'conflict'; server: BundleView; etag: string }

export type BundleInfo = Pick<BundleView, 'id' | 'status' | 'latestVersion' | 'updatedAt'>

type Options = {
  elements: Element[]
  catalogue: ItemSummary[]
  departments: Department[]
  autosaveMs?: number
  fetchCurrent: () => Promise<{ data: BundleView; etag: string }>
}

const messageOf = (e: unknown) => (e instanceof ApiError ? e.message : String(e))

const pick = (v: BundleView): BundleInfo => ({
  id: v.id,
  status: v.status,
  latestVersion: v.latestVersion,
  updatedAt: v.updatedAt,
})

/** GET /api/items/:id/versions/:v, as the composer's member type (cached: versions are immutable). */
const versionCache = new Map<string, Promise<MemberItem>>()
export function loadItemVersion(itemId: string, version: number): Promise<MemberItem> {
  const key = `${itemId}@${version}`
  let p = versionCache.get(key)
  if (!p) {
    p = api<MemberItem>(`/api/items/${itemId}/versions/${version}`).then((v) => ({
      ...v,
      id: itemId,
      version,
    }))
    p.catch(() => versionCache.delete(key))
    versionCache.set(key, p)
  }
  return p
}

/** The state of a draft from the API: its pinned item versions are fetched. */
export async function loadBundleState(view: BundleView): Promise<BundleState> {
  const items = await Promise.all(view.items.map((p) => loadItemVersion(p.itemId, p.version)))
  return createBundleState(view, items)
}

export class BundleStore {
  h: BundleHistory
  info: BundleInfo
  status: SaveStatus = { kind: 'saved' }
  dirty = false
  refusal: { message: string; seq: number } | null = null
  elements: Element[]
  merger: Merger
  /** a second merger for trial merges (conflict actions, upgrade previews): they never evict the present's */
  trialMerger: Merger
  catalogue: ItemSummary[]
  departments: Department[]
  /** bumped when the draft was replaced from outside (inputs showing it start over) */
  epoch = 0

  private etag: string
  private listeners = new Set<() => void>()
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private inflight: Promise<boolean> | null = null
  private readonly options: Required<Options>
  private disposed = false

  constructor(view: BundleView, state: BundleState, etag: string, options: Options) {
    this.options = { autosaveMs: 1500, ...options }
    this.h = createBundleHistory(state)
    this.info = pick(view)
    this.etag = etag
    this.elements = options.elements
    this.merger = createMerger({ elements: this.elements })
    this.trialMerger = createMerger({ elements: this.elements })
    this.catalogue = options.catalogue
    this.departments = options.departments
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

  get state(): BundleState {
    return this.h.present
  }

  private mergedByState = new WeakMap<BundleState, ReturnType<Merger>>()

  /** The merged 一张表 of the present state: one object per state (a stable store snapshot). */
  merged(state: BundleState = this.h.present) {
    let m = this.mergedByState.get(state)
    if (!m) {
      m = this.merger(state)
      this.mergedByState.set(state, m)
    }
    return m
  }

  /** The lead department's name (the guide's 实施主体 and the process's first step). */
  leadName(): string {
    return this.departments.find((d) => d.id === this.h.present.doc.leadDepartmentId)?.name ?? ''
  }

  /** Applies a command through the history; a refusal is reported and returns false. */
  dispatch(command: BundleCommand): boolean {
    const before = this.h
    const next = recordBundle(before, command, { at: Date.now() })
    if (next.error !== undefined) {
      this.refusal = { message: next.error, seq: (this.refusal?.seq ?? 0) + 1 }
      this.h = { ...next, error: undefined }
      this.emit()
      return false
    }
    if (next === before || next.present === before.present) {
      this.h = next
      return true
    }
    this.h = next
    this.changed()
    return true
  }

  /** The next edit is a new undo step (an input lost focus). */
  breakCoalescing() {
    if (this.h.coalesce) this.h = { ...this.h, coalesce: null }
  }

  undo() {
    const before = this.h
    this.h = undo(before)
    if (this.h !== before) this.changed()
  }

  redo() {
    const before = this.h
    this.h = redo(before)
    if (this.h !== before) this.changed()
  }

  /** A new element (a proposed one created with POST /api/elements): the merger knows it. */
  addElement(element: Element) {
    this.elements = [...this.elements, element]
    this.merger = createMerger({ elements: this.elements })
    this.trialMerger = createMerger({ elements: this.elements })
    this.mergedByState = new WeakMap()
    this.emit()
  }

  private changed() {
    this.dirty = isBundleDirty(this.h)
    if (this.status.kind === 'saved' || this.status.kind === 'error')
      this.status = this.dirty ? { kind: 'dirty' } : this.status
    if (!this.dirty && this.status.kind === 'dirty') this.status = { kind: 'saved' }
    this.scheduleSave()
    this.emit()
  }

  private scheduleSave() {
    clearTimeout(this.saveTimer)
    if (this.options.autosaveMs <= 0 || this.status.kind === 'conflict' || !this.dirty) return
    this.saveTimer = setTimeout(() => void this.save(), this.options.autosaveMs)
  }

  /** Saves now if anything changed; resolves to whether the server holds the present state. */
  save(): Promise<boolean> {
    clearTimeout(this.saveTimer)
    if (this.disposed) return Promise.resolve(false)
    if (this.status.kind === 'conflict') return Promise.resolve(false)
    if (this.inflight) return this.inflight.then(() => this.save())
    this.dirty = isBundleDirty(this.h)
    if (!this.dirty) {
      if (this.status.kind === 'dirty') this.status = { kind: 'saved' }
      this.emit()
      return Promise.resolve(true)
    }
    this.inflight = this.put(this.etag).finally(() => {
      this.inflight = null
    })
    return this.inflight
  }

  private async put(etag: string): Promise<boolean> {
    const doc = toBundleInput(this.h.present)
    this.status = { kind: 'saving' }
    this.emit()
    try {
      const { data, etag: next } = await putIfMatch<BundleView>(
        `/api/bundles/${this.info.id}`,
        doc,
        etag,
      )
      this.etag = next
      this.info = pick(data)
      // what was sent is saved; edits made while the request ran stay dirty
      this.h = { ...this.h, saved: doc }
      this.dirty = isBundleDirty(this.h)
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
   * Conflict: take the server's version. It becomes one more undo step, so Ctrl+Z still brings
   * this session's draft back.
   */
  async takeTheirs(): Promise<void> {
    if (this.status.kind !== 'conflict') return
    const { server, etag } = this.status
    try {
      const state = await loadBundleState(server)
      const past = [...this.h.past, this.h.present]
      this.h = { ...this.h, past, present: state, future: [], saved: state.doc, coalesce: null }
      this.etag = etag
      this.info = pick(server)
      this.epoch++
      this.dirty = false
      this.status = { kind: 'saved', at: Date.now() }
    } catch (e) {
      this.status = { kind: 'error', message: messageOf(e), details: [] }
    }
    this.emit()
  }

  /** After a publish: the status and version number. */
  published(version: number) {
    this.info = { ...this.info, status: 'published', latestVersion: version }
    this.emit()
  }

  dispose() {
    this.disposed = true
    clearTimeout(this.saveTimer)
    this.listeners.clear()
  }
}
