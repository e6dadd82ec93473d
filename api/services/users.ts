import { asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { departments, users } from '../../db/schema'
import { hashPassword } from '../auth/password'
import type { Role, SessionUser } from '../context'
import { AppError, invalid, pgCode } from '../errors'
import { randomToken } from '../lib/hash'
import { audit } from './audit'
import { publicUser } from './auth'

export type NewUser = {
  username: string
  password: string
  role: Role
  departmentId?: string | null
  displayName?: string
}

export async function createUser(db: Db, actor: SessionUser | null, input: NewUser) {
  if (input.role !== 'admin' && !input.departmentId) {
    throw invalid('部门管理员和窗口人员必须属于一个部门', [
      { path: 'departmentId', message: '请选择部门' },
    ])
  }
  const passwordHash = await hashPassword(input.password)
  return db.transaction(async (tx) => {
    if (input.departmentId) {
      const [d] = await tx.select().from(departments).where(eq(departments.id, input.departmentId))
      if (!d) throw invalid('部门不存在', [{ path: 'departmentId', message: '部门不存在' }])
    }
    const [existing] = await tx.select().from(users).where(eq(users.username, input.username))
    if (existing) throw new AppError('DUPLICATE', `用户名「${input.username}」已存在`)
    const [u] = await tx
      .insert(users)
      .values({
        username: input.username,
        passwordHash,
        role: input.role,
        departmentId: input.departmentId ?? null,
        displayName: input.displayName ?? '',
      })
      .returning()
    if (!u) throw new Error('insert returned nothing')
    await audit(tx, actor, { action: 'create', entity: 'user', entityId: u.id })
    return publicUser(u)
  })
}

export async function listUsers(db: Db) {
  const rows = await db.select().from(users).orderBy(asc(users.username))
  return rows.map(publicUser)
}

/**
 * First start: creates `admin` with ADMIN_PASSWORD, or a random password that is returned so the
 * caller prints it once. Does nothing when an admin exists.
 */
export async function ensureAdmin(
  db: Db,
  password?: string,
): Promise<{ created: boolean; password?: string }> {
  const [existing] = await db.select().from(users).where(eq(users.username, 'admin'))
  if (existing) return { created: false }
  const pw = password || randomToken(12)
  try {
    await createUser(db, null, {
      username: 'admin',
      password: pw,
      role: 'admin',
      displayName: '系统管理员',
    })
  } catch (e) {
    // Several instances starting on one database race here; the one that lost finds it created.
    if ((e instanceof AppError && e.code === 'DUPLICATE') || pgCode(e) === '23505')
      return { created: false }
    throw e
  }
  return { created: true, password: password ? undefined : pw }
}
