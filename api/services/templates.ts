import type { z } from '@hono/zod-openapi'
import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundles, departments, elements, items, itemVersions } from '../../db/schema'
import { canonicalJson } from '../../runtime/core/schema/json-value'
import type { Element } from '../../runtime/core/types'
import type { TemplatePackage } from '../../templates/package'
import type { SessionUser } from '../context'
import { AppError } from '../errors'
import { zodDetails } from '../lib/zod-details'
import { bundleInputSchema } from '../schemas/bundle.schema'
import { elementInputSchema } from '../schemas/element.schema'
import { type ItemInput, itemInputSchema } from '../schemas/item.schema'
import { createBundle } from './bundles'
import { createElement } from './elements'
import { createItem, publishItem } from './items'
import { publishBundle } from './publish-bundle'

export type ImportReport = {
  departments: number
  items: number
  bundles: { slug: string; version: number }[]
}

/**
 * Loads a package: departments are matched by code, items created and published (an item whose
 * code exists is reused when its latest published content is the same, refused otherwise),
 * bundles created with their members pinned to those versions and published. All or nothing.
 */
export async function importPackage(
  db: Db,
  actor: SessionUser,
  pkg: TemplatePackage,
): Promise<ImportReport> {
  return db.transaction(async (tx) => {
    const deptIds = new Map<string, string>()
    const deptNames = new Map<string, string>()
    let createdDepartments = 0
    for (const d of pkg.departments) {
      const [existing] = await tx.select().from(departments).where(eq(departments.code, d.code))
      const row = existing ?? (await tx.insert(departments).values(d).returning())[0]
      if (!existing) createdDepartments++
      deptIds.set(d.code, row!.id)
      deptNames.set(d.code, row!.name)
    }
    for (const e of pkg.elements ?? []) {
      const [exists] = await tx
        .select({ id: elements.id })
        .from(elements)
        .where(eq(elements.id, e.id))
      if (!exists)
        await createElement(
          tx,
          actor,
          parseOrThrow(elementInputSchema, e, `数据元 ${e.id}`) as Element,
        )
    }
    const pins = new Map<string, { itemId: string; version: number }>()
    let createdItems = 0
    for (const t of pkg.items) {
      const { departmentCode, ...rest } = t
      const departmentId = deptIds.get(departmentCode)
      if (!departmentId)
        throw new AppError('INVALID_INPUT', `事项 ${t.code} 的部门 ${departmentCode} 不在包内`)
      const input = parseOrThrow(itemInputSchema, { ...rest, departmentId }, `事项 ${t.code}`)
      const pin = await reuseItem(tx, input)
      if (pin) {
        pins.set(t.code, pin)
        continue
      }
      const row = await createItem(tx, actor, input)
      const { version } = await publishItem(tx, actor, row.id, '模板导入')
      pins.set(t.code, { itemId: row.id, version })
      createdItems++
    }
    const published: ImportReport['bundles'] = []
    for (const b of pkg.bundles) {
      const { leadDepartmentCode, items: codes, ...rest } = b
      const leadDepartmentId = deptIds.get(leadDepartmentCode)
      if (!leadDepartmentId)
        throw new AppError(
          'INVALID_INPUT',
          `一件事 ${b.slug} 的牵头部门 ${leadDepartmentCode} 不在包内`,
        )
      const [dup] = await tx
        .select({ id: bundles.id })
        .from(bundles)
        .where(eq(bundles.slug, b.slug))
      if (dup) throw new AppError('DUPLICATE', `一件事「${b.slug}」已存在`)
      const memberPins = codes.map((code) => {
        const pin = pins.get(code)
        if (!pin)
          throw new AppError('INVALID_INPUT', `一件事 ${b.slug} 的成员事项 ${code} 不在包内`)
        return pin
      })
      const input = parseOrThrow(
        bundleInputSchema,
        { ...rest, leadDepartmentId, items: memberPins },
        `一件事 ${b.slug}`,
      )
      const row = await createBundle(tx, actor, input)
      const { version } = await publishBundle(tx, actor, row.id, '模板导入')
      published.push({ slug: b.slug, version })
    }
    return { departments: createdDepartments, items: createdItems, bundles: published }
  })
}

/** An existing item with this code is reused only when its latest version has the same content. */
async function reuseItem(db: Db, input: ItemInput) {
  const [row] = await db.select().from(items).where(eq(items.code, input.code))
  if (!row) return null
  const [latest] = await db
    .select()
    .from(itemVersions)
    .where(eq(itemVersions.itemId, row.id))
    .orderBy(desc(itemVersions.version))
    .limit(1)
  const {
    formatVersion: _f,
    department: _d,
    ...published
  } = (latest?.doc ?? {}) as Record<string, unknown>
  if (latest && canonicalJson(published) === canonicalJson(input)) {
    return { itemId: row.id, version: latest.version }
  }
  throw new AppError('DUPLICATE', `事项编码「${input.code}」已存在且内容不同：请先在事项中处理`)
}

function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value)
  if (!r.success) {
    const details = zodDetails(r.error)
    throw new AppError(
      'INVALID_INPUT',
      `${what} 不合法：${details[0]?.path} ${details[0]?.message}`,
      details,
    )
  }
  return r.data
}
