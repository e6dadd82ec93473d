import { asc, eq, or } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { departments } from '../../db/schema'
import type { SessionUser } from '../context'
import { AppError } from '../errors'
import { audit } from './audit'

export async function listDepartments(db: Db) {
  return db.select().from(departments).orderBy(asc(departments.code))
}

export async function getDepartment(db: Db, id: string) {
  const [d] = await db.select().from(departments).where(eq(departments.id, id))
  return d ?? null
}

export async function createDepartment(
  db: Db,
  actor: SessionUser,
  input: { code: string; name: string },
) {
  return db.transaction(async (tx) => {
    const [dup] = await tx
      .select()
      .from(departments)
      .where(or(eq(departments.code, input.code), eq(departments.name, input.name)))
    if (dup) throw new AppError('DUPLICATE', `部门编码或名称已存在：${dup.code} ${dup.name}`)
    const [d] = await tx.insert(departments).values(input).returning()
    if (!d) throw new Error('insert returned nothing')
    await audit(tx, actor, { action: 'create', entity: 'department', entityId: d.id })
    return d
  })
}
