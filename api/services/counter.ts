import { and, asc, count, desc, eq, ilike, inArray, like, or, type SQL, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { auditLog, bundles, submissions } from '../../db/schema'
import { maskIdNumber, maskName, maskPhone, maskUscc } from '../../runtime/core/mask'
import { getAt } from '../../runtime/core/schema'
import type { Answers, MergedMaterial } from '../../runtime/core/types'
import type { SessionUser } from '../context'
import { AppError, invalid, notFound } from '../errors'
import type { ChecklistInput, StatusInput, SubmissionListQuery } from '../schemas/counter.schema'
import { audit } from './audit'
import { getDepartment } from './departments'
import { getPublishedVersion } from './published'
import { submissionView, tailorPublished } from './submissions'

type SubmissionRow = typeof submissions.$inferSelect

const STATUS_LABEL: Record<string, string> = {
  submitted: '待受理',
  accepted: '已受理',
  returned: '已退回',
}

/** `%`, `_` and `\` typed into a search box are matched literally. */
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (ch) => `\\${ch}`)

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null)

/** Where the list finds a contact number, most specific first (data element ids). */
const PHONE_PATHS = [
  'contact.mobile',
  'contact.phone',
  'agent.mobile',
  'legalRep.mobile',
  'legalRep.phone',
  'applicant.mobile',
  'applicant.phone',
]

/** The list's personal columns, masked: it never carries a whole name, number or phone. */
function maskedColumns(data: Record<string, unknown>) {
  const name = str(getAt(data, 'applicant.name'))
  const uscc = str(getAt(data, 'applicant.uscc'))
  const idNumber = str(getAt(data, 'applicant.idNumber'))
  const phone = PHONE_PATHS.map((p) => str(getAt(data, p))).find((v) => v !== null) ?? null
  return {
    applicant: name && maskName(name),
    subject: uscc ? maskUscc(uscc) : idNumber && maskIdNumber(idNumber),
    phone: phone && maskPhone(phone),
  }
}

/**
 * How a part names its department in the stored JSON text (`JSON.stringify` of `{itemCode,
 * department, version, data}`). Searching the text, not parsing it: PostgreSQL's JSON parser refuses
 * strings an applicant may type (`\u0000`, lone surrogates), and a quote inside any string value is
 * escaped, so only a real `department` key can match.
 */
const departmentNeedle = (name: string) => `"department":${JSON.stringify(name)},`

/**
 * The counter's list, newest first: `q` matches a number prefix or the bundle's name. admin and
 * counter see every submission, a dept_admin those with a part for its department.
 */
export async function listSubmissions(db: Db, user: SessionUser, query: SubmissionListQuery) {
  const conditions: (SQL | undefined)[] = []
  if (user.role === 'dept_admin') {
    const dept = user.departmentId ? await getDepartment(db, user.departmentId) : null
    if (!dept) return { total: 0, rows: [] }
    conditions.push(sql`strpos(${submissions.parts}, ${departmentNeedle(dept.name)}) > 0`)
  }
  if (query.status) conditions.push(eq(submissions.status, query.status))
  if (query.q) {
    conditions.push(
      or(
        like(submissions.number, `${escapeLike(query.q.toUpperCase())}%`),
        ilike(bundles.name, `%${escapeLike(query.q)}%`),
      ),
    )
  }
  const where = and(...conditions)
  const [counted] = await db
    .select({ total: count() })
    .from(submissions)
    .leftJoin(bundles, eq(bundles.slug, submissions.slug))
    .where(where)
  const rows = await db
    .select({
      number: submissions.number,
      slug: submissions.slug,
      version: submissions.version,
      name: bundles.name,
      status: submissions.status,
      data: submissions.data,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .leftJoin(bundles, eq(bundles.slug, submissions.slug))
    .where(where)
    .orderBy(desc(submissions.createdAt), desc(submissions.number))
    .limit(query.limit)
    .offset(query.offset)
  return {
    total: counted?.total ?? 0,
    rows: rows.map(({ data, ...r }) => ({
      number: r.number,
      slug: r.slug,
      version: r.version,
      name: r.name ?? r.slug,
      status: r.status,
      ...maskedColumns(data),
      createdAt: r.createdAt,
    })),
  }
}

/** The materials this submission's answers call for (the tailored 一套材料). */
async function materialsOf(db: Db, row: SubmissionRow): Promise<MergedMaterial[]> {
  const { doc } = await getPublishedVersion(db, row.slug, row.version)
  return tailorPublished(db, doc, row.answers as Answers, { complete: false }).materials
}

/** Required, not 免提交 and not 容缺: what the counter still has to receive. */
const missingOf = (materials: MergedMaterial[], received: string[]) =>
  materials
    .filter((m) => !m.exempt && m.requirement !== 'tolerated' && !received.includes(m.key))
    .map((m) => m.key)

export type StatusEntry = {
  at: Date
  actor: string
  from: string | null
  to: string
  reason: string | null
}

/** Submitted, then each status change, oldest first: read from the audit log. */
export async function statusHistory(db: Db, number: string): Promise<StatusEntry[]> {
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entity, 'submission'),
        eq(auditLog.entityId, number),
        inArray(auditLog.action, ['submit', 'status']),
      ),
    )
    .orderBy(asc(auditLog.id))
  return rows.map((r) => {
    if (r.action === 'submit') {
      return { at: r.at, actor: r.actor, from: null, to: 'submitted', reason: null }
    }
    const d = (r.detail ?? {}) as { from?: string; to?: string; reason?: string | null }
    return {
      at: r.at,
      actor: r.actor,
      from: d.from ?? null,
      to: d.to ?? '',
      reason: d.reason ?? null,
    }
  })
}

/** What staff see of a submission: the applicant's view plus parts, materials, checklist, history. */
export async function staffSubmissionView(db: Db, row: SubmissionRow) {
  const [materials, history] = await Promise.all([
    materialsOf(db, row),
    statusHistory(db, row.number),
  ])
  return {
    ...submissionView(row),
    parts: row.parts,
    materials,
    checklist: row.checklist,
    missing: missingOf(materials, row.checklist),
    statusHistory: history,
  }
}

/**
 * 受理 or 退回: only a submitted submission changes, and only once (accepted is final; a returned
 * application is submitted anew). The change and its audit entry commit together.
 */
export async function setStatus(db: Db, user: SessionUser, number: string, input: StatusInput) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: submissions.id, status: submissions.status })
      .from(submissions)
      .where(eq(submissions.number, number))
      .for('update')
    if (!row) throw notFound(`申请 ${number} `)
    if (row.status !== 'submitted') {
      throw new AppError(
        'INVALID_TRANSITION',
        `申请${STATUS_LABEL[row.status] ?? row.status}，不能再${input.status === 'accepted' ? '受理' : '退回'}`,
        { from: row.status, to: input.status },
      )
    }
    const reason = input.reason || null
    const [updated] = await tx
      .update(submissions)
      .set({ status: input.status, statusReason: reason, updatedAt: sql`now()` })
      .where(eq(submissions.id, row.id))
      .returning({
        number: submissions.number,
        status: submissions.status,
        statusReason: submissions.statusReason,
        updatedAt: submissions.updatedAt,
      })
    await audit(tx, user, {
      action: 'status',
      entity: 'submission',
      entityId: number,
      detail: { from: row.status, to: input.status, reason },
    })
    return updated!
  })
}

/**
 * Stores which of the tailored materials the counter received (keys in the materials' order).
 * A key the tailored list does not have is refused, naming its position.
 */
export async function setChecklist(
  db: Db,
  user: SessionUser,
  number: string,
  input: ChecklistInput,
) {
  const [row] = await db.select().from(submissions).where(eq(submissions.number, number))
  if (!row) throw notFound(`申请 ${number} `)
  const materials = await materialsOf(db, row)
  const keys = new Set(materials.map((m) => m.key))
  const unknown = input.received.flatMap((key, i) =>
    keys.has(key) ? [] : [{ path: `received.${i}`, message: `材料清单中没有「${key}」` }],
  )
  if (unknown.length) throw invalid(`有 ${unknown.length} 项不在本申请的材料清单中`, unknown)
  const received = materials.map((m) => m.key).filter((k) => input.received.includes(k))
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(submissions)
      .set({ checklist: received, updatedAt: sql`now()` })
      .where(eq(submissions.id, row.id))
      .returning({ updatedAt: submissions.updatedAt })
    await audit(tx, user, {
      action: 'checklist',
      entity: 'submission',
      entityId: number,
      detail: { before: row.checklist, after: received },
    })
    return {
      number,
      checklist: received,
      missing: missingOf(materials, received),
      updatedAt: updated!.updatedAt,
    }
  })
}
