import { and, asc, eq, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundles, bundleVersions, itemVersions } from '../../db/schema'
import { merge } from '../../runtime/core/merge'
import { jsonDepthExceeds } from '../../runtime/core/schema'
import type { Binding, Item, MergeResult, Overrides } from '../../runtime/core/types'
import { eLicenseLibrary } from '../../templates/e-licenses'
import { requireDepartment } from '../auth/permissions'
import type { SessionUser } from '../context'
import { AppError, forbidden, invalid, notFound } from '../errors'
import { draftEtag } from '../lib/etag'
import { contentHash } from '../lib/hash'
import type { BundleInput } from '../schemas/bundle.schema'
import { audit } from './audit'
import { listElements } from './elements'
import { isUuid } from './items'
import { versionHistory } from './version-history'

export const BUNDLE_FORMAT_VERSION = 1

type BundleRow = typeof bundles.$inferSelect
export type BundleDoc = BundleInput & { formatVersion: number }

export const bundleDoc = (row: BundleRow) => row.doc as unknown as BundleDoc
export const bundleEtag = (row: BundleRow) => draftEtag(row.revision, row.hash)

export function bundleView(row: BundleRow) {
  const { formatVersion: _v, ...doc } = bundleDoc(row)
  return {
    id: row.id,
    ...doc,
    status: row.latestVersion > 0 ? 'published' : 'draft',
    latestVersion: row.latestVersion,
    revision: row.revision,
    hash: row.hash,
    updatedAt: row.updatedAt,
  }
}

/** A pinned item version as merge needs it, with the item's id for the composer. */
export type PinnedItem = Item & { id: string; version: number }

/** Loads the pinned published item versions; unknown pins are a 422 naming the entry. */
export async function loadPinnedItems(db: Db, pins: BundleInput['items']): Promise<PinnedItem[]> {
  if (!pins.length) return []
  const rows = await db
    .select()
    .from(itemVersions)
    .where(
      or(
        ...pins.map((p) =>
          and(eq(itemVersions.itemId, p.itemId), eq(itemVersions.version, p.version)),
        ),
      ),
    )
  const missing = pins
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !rows.some((r) => r.itemId === p.itemId && r.version === p.version))
  if (missing.length) {
    throw invalid(
      '成员事项必须是已发布的版本',
      missing.map(({ p, i }) => ({
        path: `items.${i}`,
        message: `事项 ${p.itemId} 没有已发布的版本 ${p.version}`,
      })),
    )
  }
  const seen = new Set<string>()
  return pins.map((p, i) => {
    const row = rows.find((r) => r.itemId === p.itemId && r.version === p.version)!
    const item = row.doc as unknown as Item
    if (seen.has(item.code))
      throw invalid('同一事项只能加入一次', [
        { path: `items.${i}`, message: `事项 ${item.code} 重复` },
      ])
    seen.add(item.code)
    return { ...item, id: p.itemId, version: p.version }
  })
}

export async function mergeBundle(
  db: Db,
  doc: BundleInput,
): Promise<{ merged: MergeResult; items: PinnedItem[] }> {
  const pinned = await loadPinnedItems(db, doc.items)
  const elements = await listElements(db)
  const merged = merge(pinned, elements, {
    bindings: doc.bindings as Binding[],
    overrides: doc.overrides as Overrides,
    eLicenses: eLicenseLibrary,
    rejected: doc.rejected,
  })
  return { merged, items: pinned }
}

export async function getBundleRow(db: Db, id: string): Promise<BundleRow> {
  if (!isUuid(id)) throw notFound('一件事')
  const [row] = await db.select().from(bundles).where(eq(bundles.id, id))
  if (!row) throw notFound('一件事')
  return row
}

export function assertCanReadBundle(actor: SessionUser, row: BundleRow) {
  if (
    actor.role === 'admin' ||
    (actor.role === 'dept_admin' && actor.departmentId === row.leadDepartmentId)
  )
    return
  throw forbidden('只能查看本部门牵头的一件事')
}

/** Rules, guides and overrides nest a few levels; deeper documents are refused before any work. */
const MAX_BUNDLE_DEPTH = 64

const toDoc = (input: BundleInput): BundleDoc => {
  if (jsonDepthExceeds(input, MAX_BUNDLE_DEPTH)) {
    throw invalid(`一件事的设置嵌套超过 ${MAX_BUNDLE_DEPTH} 层`, [
      { path: '', message: '嵌套过深' },
    ])
  }
  return { formatVersion: BUNDLE_FORMAT_VERSION, ...input }
}

async function assertSlugFree(db: Db, slug: string, exceptId?: string) {
  const [dup] = await db.select({ id: bundles.id }).from(bundles).where(eq(bundles.slug, slug))
  if (dup && dup.id !== exceptId) throw new AppError('DUPLICATE', `slug「${slug}」已被使用`)
}

export async function createBundle(db: Db, actor: SessionUser, input: BundleInput) {
  requireDepartment(actor, input.leadDepartmentId)
  const doc = toDoc(input)
  const hash = contentHash(doc)
  return db.transaction(async (tx) => {
    await assertSlugFree(tx, input.slug)
    await loadPinnedItems(tx, input.items)
    const [row] = await tx
      .insert(bundles)
      .values({
        slug: input.slug,
        name: input.name,
        leadDepartmentId: input.leadDepartmentId,
        doc,
        hash,
      })
      .returning()
    if (!row) throw new Error('insert returned nothing')
    await audit(tx, actor, { action: 'create', entity: 'bundle', entityId: row.id, after: hash })
    return row
  })
}

export async function updateBundle(
  db: Db,
  actor: SessionUser,
  id: string,
  revision: number,
  input: BundleInput,
) {
  const current = await getBundleRow(db, id)
  requireDepartment(actor, current.leadDepartmentId)
  requireDepartment(actor, input.leadDepartmentId)
  const doc = toDoc(input)
  const hash = contentHash(doc)
  return db.transaction(async (tx) => {
    if (input.slug !== current.slug) {
      if (current.latestVersion > 0)
        throw invalid('已发布的一件事不能修改 slug', [
          { path: 'slug', message: '已发布后不可修改' },
        ])
      await assertSlugFree(tx, input.slug, id)
    }
    await loadPinnedItems(tx, input.items)
    const [row] = await tx
      .update(bundles)
      .set({
        slug: input.slug,
        name: input.name,
        leadDepartmentId: input.leadDepartmentId,
        doc,
        hash,
        revision: sql`${bundles.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(bundles.id, id), eq(bundles.revision, revision)))
      .returning()
    if (!row) throw new AppError('PRECONDITION_FAILED', '草稿已被他人修改，请刷新后比较差异再保存')
    await audit(tx, actor, {
      action: 'update',
      entity: 'bundle',
      entityId: id,
      before: current.hash,
      after: hash,
    })
    return row
  })
}

export async function listBundles(db: Db, actor: SessionUser) {
  const rows = await db
    .select()
    .from(bundles)
    .where(
      actor.role === 'admin' ? undefined : eq(bundles.leadDepartmentId, actor.departmentId ?? ''),
    )
    .orderBy(asc(bundles.slug))
  return rows.map((r) => {
    const {
      guide: _g,
      situations,
      rules: _r,
      overrides: _o,
      bindings,
      rejected: _x,
      ...summary
    } = bundleView(r)
    return { ...summary, situationCount: situations.length, bindingCount: bindings.length }
  })
}

export const listBundleVersions = (db: Db, id: string) => versionHistory(db, { bundleId: id })

export async function getBundleVersion(db: Db, id: string, version: number) {
  const [v] = await db
    .select()
    .from(bundleVersions)
    .where(and(eq(bundleVersions.bundleId, id), eq(bundleVersions.version, version)))
  if (!v) throw notFound(`一件事版本 ${version} `)
  return v.doc
}
