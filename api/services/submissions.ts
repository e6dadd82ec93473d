import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundleVersions, idempotencyKeys, submissionCounters, submissions } from '../../db/schema'
import { fillContainers } from '../../runtime/core/schema'
import { checkAnswers } from '../../runtime/core/situations'
import { split } from '../../runtime/core/split'
import { type TailorInput, tailor } from '../../runtime/core/tailor'
import type { Answers, Part } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import type { SessionUser } from '../context'
import { AppError, invalid, notFound, pgCode } from '../errors'
import { canonicalJson } from '../lib/canonical-json'
import { chinaDay } from '../lib/china-date'
import { randomToken, sha256 } from '../lib/hash'
import type { SubmissionInput } from '../schemas/submission.schema'
import { audit } from './audit'
import { getDepartment } from './departments'
import { getPublishedVersion, type PublishedDoc } from './published'

export type Receipt = { number: string; token: string; status: string; createdAt: string }

/** Tailors a published version to the answers, refusing unknown questions or options. */
export function tailorPublished(
  doc: PublishedDoc,
  answers: Answers,
  { complete }: { complete: boolean },
) {
  const issues = checkAnswers(doc.situations as TailorInput['situations'], answers).filter(
    (i) => complete || !i.message.startsWith('请回答'),
  )
  if (issues.length) throw invalid(`情形回答有误：${issues[0]?.message}`, issues)
  return tailor(doc as unknown as TailorInput, answers)
}

/** The data split into each applicable item's own form shape. */
export function partsOf(
  doc: PublishedDoc,
  tailored: ReturnType<typeof tailor>,
  data: Record<string, unknown>,
): Part[] {
  const byCode = new Map(doc.items.map((i) => [i.code, i]))
  return split(data, tailored.mapping, { items: tailored.items.map((i) => i.code) }).map((p) => ({
    itemCode: p.item,
    department: byCode.get(p.item)?.department ?? '',
    version: byCode.get(p.item)?.version ?? 0,
    data: p.data,
  }))
}

/**
 * Validates with the tailored schema, allocates a gap-free daily number, stores the submission and
 * its parts in one transaction. An Idempotency-Key replays the first answer for the same body.
 */
export async function createSubmission(
  db: Db,
  slug: string,
  version: number,
  input: SubmissionInput,
  idempotencyKey?: string,
): Promise<Receipt> {
  const { doc } = await getPublishedVersion(db, slug, version)
  const scope = `submission:${slug}@${version}`
  const requestHash = sha256(canonicalJson(input))
  if (idempotencyKey) {
    const replay = await findReplay(db, scope, idempotencyKey, requestHash)
    if (replay) return replay
  }
  const answers = input.answers as Answers
  const tailored = tailorPublished(doc, answers, { complete: true })
  const errors = validate(tailored.schema, fillContainers(tailored.schema, input.data))
  if (errors.length) {
    throw invalid(
      `填写内容有 ${errors.length} 处错误：${errors[0]?.message}`,
      errors.map(({ path, message }) => ({ path, message })),
    )
  }
  const parts = partsOf(doc, tailored, input.data)
  const token = randomToken(24)
  try {
    return await db.transaction(async (tx) => {
      if (idempotencyKey) {
        // First: a concurrent request with the same key waits here for ours, then fails cleanly.
        await tx
          .insert(idempotencyKeys)
          .values({ scope, key: idempotencyKey, requestHash, status: 0, response: {} })
      }
      const [version_] = await tx
        .select({ id: bundleVersions.id })
        .from(bundleVersions)
        .where(and(eq(bundleVersions.slug, slug), eq(bundleVersions.version, version)))
      if (!version_) throw notFound('一件事版本')
      const day = chinaDay()
      const [counter] = await tx
        .insert(submissionCounters)
        .values({ day: day.iso, last: 1 })
        .onConflictDoUpdate({
          target: submissionCounters.day,
          set: { last: sql`${submissionCounters.last} + 1` },
        })
        .returning({ last: submissionCounters.last })
      const number = `XJ${day.compact}${String(counter?.last ?? 0).padStart(6, '0')}`
      const [row] = await tx
        .insert(submissions)
        .values({
          number,
          bundleVersionId: version_.id,
          slug,
          version,
          answers,
          data: input.data,
          parts,
          tokenHash: sha256(token),
          subjectHash: subjectOf(input.data),
        })
        .returning({ createdAt: submissions.createdAt, status: submissions.status })
      const receipt: Receipt = {
        number,
        token,
        status: row?.status ?? 'submitted',
        createdAt: (row?.createdAt ?? new Date()).toISOString(),
      }
      if (idempotencyKey) {
        await tx
          .update(idempotencyKeys)
          .set({ status: 201, response: receipt })
          .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, idempotencyKey)))
      }
      await audit(tx, null, {
        action: 'submit',
        entity: 'submission',
        entityId: number,
        after: requestHash,
      })
      return receipt
    })
  } catch (e) {
    if (idempotencyKey && pgCode(e) === '23505') {
      const replay = await findReplay(db, scope, idempotencyKey, requestHash)
      if (replay) return replay
    }
    throw e
  }
}

async function findReplay(
  db: Db,
  scope: string,
  key: string,
  requestHash: string,
): Promise<Receipt | null> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)))
  if (!row) return null
  if (row.requestHash !== requestHash) {
    throw new AppError('IDEMPOTENCY_MISMATCH', '同一个 Idempotency-Key 已用于另一份申请内容')
  }
  return row.response as Receipt
}

/** A hash of the applicant's USCC (or ID number) lets a later form offer prefill, never silently. */
function subjectOf(data: Record<string, unknown>): string | null {
  const applicant = data.applicant as Record<string, unknown> | undefined
  const id = applicant?.uscc ?? applicant?.idNumber
  return typeof id === 'string' && id ? sha256(`subject:${id}`) : null
}

type SubmissionRow = typeof submissions.$inferSelect

/** The applicant's token or a staff session reads a submission. */
export async function getSubmission(
  db: Db,
  number: string,
  access: { token?: string; user: SessionUser | null },
) {
  const [row] = await db.select().from(submissions).where(eq(submissions.number, number))
  if (!row) throw notFound(`申请 ${number} `)
  const staff = access.user ? await staffMayRead(db, access.user, row) : false
  const owner = access.token !== undefined && sha256(access.token) === row.tokenHash
  if (!staff && !owner) {
    throw access.user || access.token
      ? new AppError('FORBIDDEN', '无权查看此申请')
      : new AppError('UNAUTHENTICATED', '请提供申请凭证（token）或登录')
  }
  if (staff && access.user) {
    await audit(db, access.user, { action: 'view', entity: 'submission', entityId: number })
  }
  return row
}

/** admin and counter staff read every submission; a dept_admin those with a part for its department. */
async function staffMayRead(db: Db, user: SessionUser, row: SubmissionRow): Promise<boolean> {
  if (user.role === 'admin' || user.role === 'counter') return true
  if (!user.departmentId) return false
  const dept = await getDepartment(db, user.departmentId)
  return (row.parts as Part[]).some((p) => p.department === dept?.name)
}

export const submissionView = (row: SubmissionRow) => ({
  number: row.number,
  slug: row.slug,
  version: row.version,
  status: row.status,
  answers: row.answers,
  data: row.data,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
})
