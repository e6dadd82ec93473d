import { and, eq, gt, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { loginThrottle, sessions, users } from '../../db/schema'
import { verifyPassword } from '../auth/password'
import type { Role, SessionUser } from '../context'
import { AppError } from '../errors'
import { randomToken, sha256 } from '../lib/hash'
import { audit } from './audit'

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000
const MAX_FAILURES = 5
const LOCK_MS = 15 * 60 * 1000

const toSessionUser = (u: typeof users.$inferSelect): SessionUser => ({
  id: u.id,
  username: u.username,
  role: u.role as Role,
  departmentId: u.departmentId,
})

/** Checks the password, throttling by username after repeated failures (state in the database). */
export async function login(db: Db, username: string, password: string) {
  const [throttle] = await db
    .select()
    .from(loginThrottle)
    .where(eq(loginThrottle.username, username))
  if (throttle?.lockedUntil && throttle.lockedUntil > new Date()) {
    const minutes = Math.ceil((throttle.lockedUntil.getTime() - Date.now()) / 60000)
    throw new AppError('TOO_MANY_REQUESTS', `登录失败次数过多，请 ${minutes} 分钟后再试`)
  }
  const [user] = await db.select().from(users).where(eq(users.username, username))
  const ok = user ? await verifyPassword(password, user.passwordHash) : false
  if (!user || !ok) {
    await recordFailure(db, username)
    throw new AppError('UNAUTHENTICATED', '用户名或密码错误')
  }
  const token = randomToken()
  await db.transaction(async (tx) => {
    await tx.delete(loginThrottle).where(eq(loginThrottle.username, username))
    await tx.insert(sessions).values({
      tokenHash: sha256(token),
      userId: user.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    })
    await audit(tx, toSessionUser(user), { action: 'login', entity: 'user', entityId: user.id })
  })
  return { token, user: publicUser(user) }
}

async function recordFailure(db: Db, username: string) {
  // Counts reset when the last failure is older than the lock window.
  await db
    .insert(loginThrottle)
    .values({ username, failures: 1, lastFailureAt: new Date() })
    .onConflictDoUpdate({
      target: loginThrottle.username,
      set: {
        failures: sql`case when ${loginThrottle.lastFailureAt} < now() - interval '15 minutes' then 1 else ${loginThrottle.failures} + 1 end`,
        lastFailureAt: new Date(),
        lockedUntil: sql`case when (case when ${loginThrottle.lastFailureAt} < now() - interval '15 minutes' then 1 else ${loginThrottle.failures} + 1 end) >= ${MAX_FAILURES} then now() + ${`${LOCK_MS / 1000} seconds`}::interval else null end`,
      },
    })
}

export async function resolveSession(db: Db, token: string): Promise<SessionUser | null> {
  const rows = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sha256(token)), gt(sessions.expiresAt, new Date())))
  const row = rows[0]
  return row ? toSessionUser(row.user) : null
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)))
}

export const publicUser = (u: typeof users.$inferSelect) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  departmentId: u.departmentId,
})
