import { and, asc, eq, ilike, or, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { departments, items, itemVersions } from '../../db/schema'
import { checkForm, jsonDepthExceeds } from '../../runtime/core/schema'
import { requireDepartment } from '../auth/permissions'
import type { SessionUser } from '../context'
import { AppError, forbidden, notFound } from '../errors'
import { draftEtag } from '../lib/etag'
import { contentHash } from '../lib/hash'
import type { ItemInput } from '../schemas/item.schema'
import { audit } from './audit'
import { versionHistory } from './version-history'

/** Stored item documents carry a format version so later shapes can migrate them on load. */
export const ITEM_FORMAT_VERSION = 1

type ItemRow = typeof items.$inferSelect

const toDoc = (input: ItemInput) => ({ formatVersion: ITEM_FORMAT_VERSION, ...input })

export function itemView(row: ItemRow) {
  const { formatVersion: _v, ...doc } = row.doc as ItemInput & { formatVersion?: number }
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

export const itemEtag = (row: ItemRow) => draftEtag(row.revision, row.hash)

function assertFormOk(input: ItemInput) {
  if (jsonDepthExceeds(input.form.uiSchema, 40)) {
    throw new AppError('INVALID_FORM', 'uiSchema 嵌套过深', [
      { path: 'form.uiSchema', message: '嵌套超过 40 层' },
    ])
  }
  const problems = checkForm(input.form.schema)
  if (problems.length) {
    throw new AppError(
      'INVALID_FORM',
      `表单不合规：${problems[0]?.path || '根节点'} ${problems[0]?.message}`,
      problems.map((p) => ({
        path: `form.schema${p.path.replaceAll('/', '.')}`,
        message: p.message,
      })),
    )
  }
}

async function assertDepartment(db: Db, id: string) {
  const [d] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.id, id))
  if (!d)
    throw new AppError('INVALID_INPUT', '部门不存在', [
      { path: 'departmentId', message: '部门不存在' },
    ])
}

async function assertCodeFree(db: Db, code: string, exceptId?: string) {
  const [dup] = await db.select({ id: items.id }).from(items).where(eq(items.code, code))
  if (dup && dup.id !== exceptId) throw new AppError('DUPLICATE', `事项编码「${code}」已存在`)
}

export async function createItem(db: Db, actor: SessionUser, input: ItemInput) {
  requireDepartment(actor, input.departmentId)
  assertFormOk(input)
  const doc = toDoc(input)
  const hash = contentHash(doc)
  return db.transaction(async (tx) => {
    await assertDepartment(tx, input.departmentId)
    await assertCodeFree(tx, input.code)
    const [row] = await tx
      .insert(items)
      .values({ code: input.code, name: input.name, departmentId: input.departmentId, doc, hash })
      .returning()
    if (!row) throw new Error('insert returned nothing')
    await audit(tx, actor, { action: 'create', entity: 'item', entityId: row.id, after: hash })
    return row
  })
}

export async function getItemRow(db: Db, id: string): Promise<ItemRow> {
  if (!isUuid(id)) throw notFound('事项')
  const [row] = await db.select().from(items).where(eq(items.id, id))
  if (!row) throw notFound('事项')
  return row
}

/** Drafts are readable by their department (and admins); published versions by all staff. */
export function assertCanReadDraft(actor: SessionUser, row: ItemRow) {
  if (actor.role === 'admin') return
  if (actor.role === 'dept_admin' && actor.departmentId === row.departmentId) return
  throw forbidden('只能查看本部门事项的草稿')
}

/** Compare-and-set on the revision: of two PUTs with one ETag exactly one wins. */
export async function updateItem(
  db: Db,
  actor: SessionUser,
  id: string,
  revision: number,
  input: ItemInput,
) {
  const current = await getItemRow(db, id)
  requireDepartment(actor, current.departmentId)
  requireDepartment(actor, input.departmentId)
  assertFormOk(input)
  const doc = toDoc(input)
  const hash = contentHash(doc)
  return db.transaction(async (tx) => {
    if (input.departmentId !== current.departmentId) await assertDepartment(tx, input.departmentId)
    if (input.code !== current.code) await assertCodeFree(tx, input.code, id)
    const [row] = await tx
      .update(items)
      .set({
        code: input.code,
        name: input.name,
        departmentId: input.departmentId,
        doc,
        hash,
        revision: sql`${items.revision} + 1`,
        updatedAt: new Date(),
      })
      .where(and(eq(items.id, id), eq(items.revision, revision)))
      .returning()
    if (!row) throw new AppError('PRECONDITION_FAILED', '草稿已被他人修改，请刷新后比较差异再保存')
    await audit(tx, actor, {
      action: 'update',
      entity: 'item',
      entityId: id,
      before: current.hash,
      after: hash,
    })
    return row
  })
}

/** Locks the item row so concurrent publishes get consecutive numbers on every database. */
export async function publishItem(db: Db, actor: SessionUser, id: string, note: string) {
  const pre = await getItemRow(db, id)
  requireDepartment(actor, pre.departmentId)
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(items).where(eq(items.id, id)).for('update')
    if (!row) throw notFound('事项')
    const [dept] = await tx.select().from(departments).where(eq(departments.id, row.departmentId))
    const version = row.latestVersion + 1
    const { formatVersion: _v, ...content } = row.doc as Record<string, unknown>
    const doc = {
      formatVersion: ITEM_FORMAT_VERSION,
      ...content,
      department: dept?.name ?? '',
    }
    const hash = contentHash(doc)
    await tx
      .insert(itemVersions)
      .values({ itemId: id, version, hash, doc, note, publishedBy: actor.id })
    await tx.update(items).set({ latestVersion: version }).where(eq(items.id, id))
    await audit(tx, actor, {
      action: 'publish',
      entity: 'item',
      entityId: id,
      before: row.hash,
      after: hash,
      detail: { version, note },
    })
    return { version, hash }
  })
}

export async function listItems(
  db: Db,
  actor: SessionUser,
  opts: { q?: string; departmentId?: string; published?: boolean },
) {
  // dept_admins see their own drafts, and every department's published items (to compose bundles).
  const own = actor.role === 'admin' ? undefined : eq(items.departmentId, actor.departmentId ?? '')
  const scope = opts.published ? sql`${items.latestVersion} > 0` : own
  const q = opts.q?.trim()
  const rows = await db
    .select()
    .from(items)
    .where(
      and(
        scope,
        opts.departmentId ? eq(items.departmentId, opts.departmentId) : undefined,
        q
          ? or(ilike(items.code, `%${escapeLike(q)}%`), ilike(items.name, `%${escapeLike(q)}%`))
          : undefined,
      ),
    )
    .orderBy(asc(items.code))
  return rows.map((r) => {
    const { form: _f, materials: _m, guide: _g, ...summary } = itemView(r)
    return summary
  })
}

export async function listItemVersions(db: Db, id: string) {
  await getItemRow(db, id)
  return versionHistory(db, { itemId: id })
}

export async function getItemVersion(db: Db, id: string, version: number) {
  if (!isUuid(id)) throw notFound('事项')
  const [v] = await db
    .select()
    .from(itemVersions)
    .where(and(eq(itemVersions.itemId, id), eq(itemVersions.version, version)))
  if (!v) throw notFound(`事项版本 ${version} `)
  const { formatVersion: _v, ...doc } = v.doc
  return { id, ...doc, version: v.version, hash: v.hash, note: v.note, publishedAt: v.publishedAt }
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`)

export const isUuid = (s: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)
