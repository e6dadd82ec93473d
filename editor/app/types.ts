/** The shapes the admin app reads from and writes to the API (see docs/api.md). */
import type { Form, Material } from '../../runtime/core/types'

export type Role = 'admin' | 'dept_admin' | 'counter'

export type StaffUser = {
  id: string
  username: string
  displayName?: string
  role: Role
  departmentId: string | null
}

export type Department = { id: string; code: string; name: string }

export type TimeLimit = { legal: number; promised: number }

/** The catalogue data of an item: everything but its form (edited by the form editor). */
export type ItemMeta = {
  code: string
  name: string
  departmentId: string
  kind: string
  basis: string[]
  timeLimit: TimeLimit
  fee: string
  conditions: string
  materials: Material[]
  guide?: Record<string, unknown>
}

/** What PUT /api/items/:id takes. */
export type ItemInput = ItemMeta & { form: Form }

/** GET /api/items/:id. */
export type ItemView = ItemInput & {
  id: string
  status: 'draft' | 'published'
  latestVersion: number
  revision: number
  hash: string
  updatedAt: string
}

/** A row of GET /api/items. */
export type ItemSummary = Omit<ItemView, 'form' | 'materials' | 'guide'>

/** A row of GET /api/items/:id/versions. */
export type VersionRow = {
  version: number
  hash: string
  note: string
  publishedAt: string
  publishedBy: string | null
}

/** GET /api/items/:id/versions/:v. */
export type ItemVersion = ItemInput & {
  id: string
  version: number
  hash: string
  note: string
  publishedAt: string
  department?: string
}

/** The catalogue fields of ItemMeta, in the order the forms show them. */
export const META_KEYS = [
  'code',
  'name',
  'departmentId',
  'kind',
  'basis',
  'timeLimit',
  'fee',
  'conditions',
  'materials',
  'guide',
] as const

export function metaOf(item: ItemInput): ItemMeta {
  const meta: ItemMeta = {
    code: item.code,
    name: item.name,
    departmentId: item.departmentId,
    kind: item.kind,
    basis: item.basis ?? [],
    timeLimit: item.timeLimit ?? { legal: 0, promised: 0 },
    fee: item.fee ?? '',
    conditions: item.conditions ?? '',
    materials: item.materials ?? [],
  }
  if (item.guide) meta.guide = item.guide
  return meta
}
