/** Creating the composer's state from the API's draft and reading it back. */
import type { Guide, Overrides } from '../../../runtime/core/types'
import type { BundleDoc, BundleState, MemberItem } from './types'

export class BundleStateError extends Error {}

const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : [])
const object = <T>(v: unknown): T =>
  (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {}) as T
const text = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback)

/**
 * The draft with the API's defaults filled in; fields the API does not store (id, revision,
 * status …) are left out.
 */
export function normalizeDoc(raw: Partial<BundleDoc> | Record<string, unknown> = {}): BundleDoc {
  const r = raw as Record<string, unknown>
  return {
    slug: text(r.slug),
    name: text(r.name),
    leadDepartmentId: text(r.leadDepartmentId),
    stage: text(r.stage, '其他'),
    items: list<BundleDoc['items'][number]>(r.items).map((p) => ({
      itemId: p.itemId,
      version: p.version,
    })),
    bindings: list(r.bindings),
    situations: list(r.situations),
    rules: list(r.rules),
    overrides: object<Overrides>(r.overrides),
    guide: object<Partial<Guide>>(r.guide),
    rejected: list(r.rejected),
  }
}

/**
 * The state of a draft, given the pinned item versions (fetched by the UI: one per pin, more are
 * ignored). Throws `BundleStateError` when a pin has no item at its version, or two pins share an
 * item code.
 */
export function createBundleState(
  doc: Partial<BundleDoc> | Record<string, unknown>,
  items: MemberItem[] = [],
): BundleState {
  const d = normalizeDoc(doc)
  const members: Record<string, MemberItem> = {}
  const codes = new Set<string>()
  for (const pin of d.items) {
    const item = items.find((i) => i.id === pin.itemId && i.version === pin.version)
    if (!item) throw new BundleStateError(`缺少成员事项 ${pin.itemId} 的版本 ${pin.version}`)
    if (codes.has(item.code) || Object.hasOwn(members, pin.itemId))
      throw new BundleStateError(`事项 ${item.code} 重复`)
    codes.add(item.code)
    members[pin.itemId] = item
  }
  return { doc: d, members }
}

/** The body of `PUT /api/bundles/:id` (and `POST /api/bundles`). */
export const toBundleInput = (state: BundleState): BundleDoc => state.doc

/** The member items in the bundle's order (the order merge takes them in). */
export function memberItems(state: BundleState): MemberItem[] {
  const cached = ordered.get(state.doc.items)
  if (cached && cached.members === state.members) return cached.items
  const items = state.doc.items
    .map((p) => state.members[p.itemId])
    .filter((m): m is MemberItem => m !== undefined)
  ordered.set(state.doc.items, { members: state.members, items })
  return items
}
const ordered = new WeakMap<object, { members: object; items: MemberItem[] }>()

/** The member with this item code. */
export const memberByCode = (state: BundleState, code: string): MemberItem | undefined =>
  memberItems(state).find((m) => m.code === code)

/** The merged section key of an item (before merge makes it unique against common sections). */
export const itemSectionKey = (code: string): string =>
  `item_${code.replace(/[^A-Za-z0-9_]/g, '_')}`
