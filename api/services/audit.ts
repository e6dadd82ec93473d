import { desc, lt } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { auditLog } from '../../db/schema'
import type { SessionUser } from '../context'

export type AuditEntry = {
  action: string
  entity: string
  entityId: string
  before?: string | null
  after?: string | null
  detail?: Record<string, unknown>
}

/** Records who did what and the content hash before and after. Call inside the write's transaction. */
export async function audit(db: Db, actor: SessionUser | null, e: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actor: actor?.username ?? 'applicant',
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    hashBefore: e.before ?? null,
    hashAfter: e.after ?? null,
    detail: e.detail ?? null,
  })
}

/** Newest first; `before` is the id of the last entry of the previous page (keyset pagination). */
export async function listAudit(db: Db, opts: { limit: number; before?: number }) {
  const rows = await db
    .select()
    .from(auditLog)
    .where(opts.before ? lt(auditLog.id, opts.before) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(opts.limit + 1)
  const page = rows.slice(0, opts.limit)
  return {
    entries: page,
    next: rows.length > opts.limit ? (page.at(-1)?.id ?? null) : null,
  }
}
