import { randomUUID } from 'node:crypto'
import { and, eq, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import {
  auditLog,
  bundleVersions,
  idempotencyKeys,
  submissionCounters,
  submissions,
} from '../../db/schema'
import { fillContainers, jsonDepthExceeds, unknownFields } from '../../runtime/core/schema'
import { canonicalJson } from '../../runtime/core/schema/json-value'
import { checkAnswers, normalizeAnswers } from '../../runtime/core/situations'
import { split } from '../../runtime/core/split'
import { type TailorInput, tailor } from '../../runtime/core/tailor'
import type { Answers, JsonSchema, Part } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import type { SessionUser } from '../context'
import { AppError, invalid, notFound, pgCode } from '../errors'
import { chinaDay } from '../lib/china-date'
import { dbCache } from '../lib/db-cache'
import { randomToken, sha256 } from '../lib/hash'
import type { SubmissionInput } from '../schemas/submission.schema'
import { audit } from './audit'
import { getDepartment } from './departments'
import { getPublishedVersion, type PublishedDoc } from './published'

/** Forms nest far less (≤ 32 levels are accepted at save); deeper data is refused before any work. */
const MAX_DATA_DEPTH = 64

export type Receipt = { number: string; token: string; status: string; createdAt: string }

type Tailored = ReturnType<typeof tailor>
const tailoredCache = dbCache<Tailored>(1024)

/**
 * Tailors a published version to the answers, refusing unknown questions or options. Results are
 * cached per version and answers (both immutable), which also keeps the compiled validator warm.
 */
export function tailorPublished(
  db: Db,
  doc: PublishedDoc,
  answers: Answers,
  { complete }: { complete: boolean },
): Tailored {
  const situations = doc.situations as TailorInput['situations']
  const issues = checkAnswers(situations, answers).filter(
    (i) => complete || !i.message.startsWith('请回答'),
  )
  if (issues.length) throw invalid(`情形回答有误：${issues[0]?.message}`, issues)
  const key = `${doc.slug}@${doc.version}:${canonicalJson(normalizeAnswers(situations, answers))}`
  const cache = tailoredCache(db)
  let tailored = cache.get(key)
  if (!tailored) {
    tailored = tailor(doc as unknown as TailorInput, answers)
    cache.set(key, tailored)
  }
  return tailored
}

/** The data split into each applicable item's own form shape. */
export function partsOf(
  doc: PublishedDoc,
  tailored: Tailored,
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
  if (jsonDepthExceeds(input, MAX_DATA_DEPTH)) {
    throw invalid(`申请数据嵌套超过 ${MAX_DATA_DEPTH} 层`, [{ path: 'data', message: '嵌套过深' }])
  }
  const { doc } = await getPublishedVersion(db, slug, version)
  const scope = `submission:${slug}@${version}`
  const requestHash = sha256(canonicalJson(input))
  if (idempotencyKey) {
    const replay = await findReplay(db, scope, idempotencyKey, requestHash)
    if (replay) return replay
  }
  const answers = input.answers as Answers
  const tailored = tailorPublished(db, doc, answers, { complete: true })
  // Fields of sections the answers hid are kept (a draft may hold them); fields no form has are not.
  const errors = [
    ...validate(tailored.schema, fillContainers(tailored.schema, input.data)),
    ...unknownFields(doc.schema as JsonSchema, input.data),
  ]
  if (errors.length) {
    throw invalid(
      `填写内容有 ${errors.length} 处错误：${errors[0]?.message}`,
      errors.map(({ path, message }) => ({ path, message })),
    )
  }
  const parts = partsOf(doc, tailored, input.data)
  const token = randomToken(24)
  const id = randomUUID()
  try {
    const row = await insertNumbered(db, {
      id,
      slug,
      version,
      answers,
      data: input.data,
      parts,
      tokenHash: sha256(token),
      subjectHash: subjectOf(input.data),
      requestHash,
      idempotency: idempotencyKey ? { scope, key: idempotencyKey, response: { id, token } } : null,
    })
    return { number: row.number, token, status: row.status, createdAt: row.createdAt }
  } catch (e) {
    if (idempotencyKey && pgCode(e) === '23505') {
      const replay = await findReplay(db, scope, idempotencyKey, requestHash)
      if (replay) return replay
    }
    throw e
  }
}

type NewSubmission = {
  id: string
  slug: string
  version: number
  answers: Answers
  data: Record<string, unknown>
  parts: Part[]
  tokenHash: string
  subjectHash: string | null
  requestHash: string
  idempotency: { scope: string; key: string; response: unknown } | null
}

/**
 * Writes a submission as ONE statement in autocommit: the idempotency key, the day's next number,
 * the submission with its parts and the audit entry commit together or not at all. The day's
 * counter row is locked only while this statement runs and commits (no client round trip in
 * between), so concurrent submissions queue for about one fsync each, and numbers stay gap-free
 * (a failed statement rolls the counter back). Each step reads the one before it, which fixes the
 * order: a duplicate idempotency key fails before the counter is touched (no lock cycle).
 */
async function insertNumbered(db: Db, s: NewSubmission) {
  const day = chinaDay()
  const idem = s.idempotency
  const result = await db.execute(sql`
    with ${
      idem
        ? sql`idem as (
      insert into ${idempotencyKeys} (scope, key, request_hash, status, response)
      values (${idem.scope}, ${idem.key}, ${s.requestHash}, 201, ${JSON.stringify(idem.response)})
      returning 1
    ),`
        : sql``
    } version as (
      select id from ${bundleVersions} ${idem ? sql`, idem` : sql``}
      where ${bundleVersions.slug} = ${s.slug} and ${bundleVersions.version} = ${s.version}
    ), counter as (
      insert into ${submissionCounters} (day, last) select ${day.iso}::date, 1 from version
      on conflict (day) do update set last = ${submissionCounters.last} + 1
      returning last
    ), sub as (
      insert into ${submissions} (id, number, bundle_version_id, slug, version, answers, data, parts, token_hash, subject_hash)
      select ${s.id}, ${`XJ${day.compact}`} || lpad(counter.last::text, 6, '0'), version.id, ${s.slug}, ${s.version},
        ${JSON.stringify(s.answers)}, ${JSON.stringify(s.data)}, ${JSON.stringify(s.parts)}, ${s.tokenHash}, ${s.subjectHash}
      from counter, version
      returning number, status, created_at
    ), audited as (
      insert into ${auditLog} (actor, action, entity, entity_id, hash_after)
      select 'applicant', 'submit', 'submission', sub.number, ${s.requestHash} from sub
    )
    select number, status, created_at from sub`)
  // db.execute answers { rows } on PGlite and an array on postgres.js
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    number: string
    status: string
    created_at: string | Date
  }[]
  const row = rows[0]
  if (!row) throw notFound('一件事版本')
  return {
    number: row.number,
    status: row.status,
    createdAt: new Date(row.created_at).toISOString(),
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
  const { id, token } = row.response as { id: string; token: string }
  const [sub] = await db
    .select({
      number: submissions.number,
      status: submissions.status,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(eq(submissions.id, id))
  if (!sub) return null
  return { number: sub.number, token, status: sub.status, createdAt: sub.createdAt.toISOString() }
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
