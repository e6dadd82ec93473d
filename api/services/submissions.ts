import { randomUUID } from 'node:crypto'
import { and, eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { idempotencyKeys, submissions } from '../../db/schema'
import { fillContainers, jsonDepthExceeds, unknownFields } from '../../runtime/core/schema'
import { canonicalJson } from '../../runtime/core/schema/json-value'
import { checkAnswers, normalizeAnswers } from '../../runtime/core/situations'
import { split } from '../../runtime/core/split'
import { type TailorInput, tailor } from '../../runtime/core/tailor'
import type { Answers, JsonSchema, Part } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import { applyVisibility, visibleErrors } from '../../runtime/core/visibility'
import type { SessionUser } from '../context'
import { AppError, invalid, notFound, pgCode } from '../errors'
import { dbCache } from '../lib/db-cache'
import { randomToken, sha256 } from '../lib/hash'
import type { SubmissionInput } from '../schemas/submission.schema'
import { audit } from './audit'
import { getDepartment } from './departments'
import { getPublishedVersion, type PublishedDoc } from './published'
import { KeyTaken, submissionWriter } from './submission-writer'

/** Forms nest far less (≤ 32 levels are accepted at save); deeper data is refused before any work. */
export const MAX_DATA_DEPTH = 64

/** One batching writer per database (tests run several databases in one process). */
const writers = new WeakMap<Db, ReturnType<typeof submissionWriter>>()
const writerFor = (db: Db) => {
  let w = writers.get(db)
  if (!w) {
    w = submissionWriter(db)
    writers.set(db, w)
  }
  return w
}

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
  const issues = checkAnswers(situations, answers, { partial: !complete })
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
  request: { key?: string; body: string },
): Promise<Receipt> {
  const idempotencyKey = request.key
  if (jsonDepthExceeds(input, MAX_DATA_DEPTH)) {
    throw invalid(`申请数据嵌套超过 ${MAX_DATA_DEPTH} 层`, [{ path: 'data', message: '嵌套过深' }])
  }
  const { doc } = await getPublishedVersion(db, slug, version)
  const scope = `submission:${slug}@${version}`
  // the same key must come with the same body, byte for byte (a retry resends the same bytes)
  const requestHash = sha256(request.body)
  // A reused key is found by the write itself (its insert conflicts), so a new submission costs no
  // lookup; only a request that cannot be written looks for the first answer to its key.
  const replayOr = async (e: unknown) => {
    const replay = idempotencyKey && (await findReplay(db, scope, idempotencyKey, requestHash))
    if (replay) return replay
    throw e
  }
  const answers = input.answers as Answers
  let tailored: Tailored
  let errors: { path: string; message: string }[]
  let data: Record<string, unknown>
  try {
    tailored = tailorPublished(db, doc, answers, { complete: true })
    // Values of fields their visibility rules hide are neither checked nor kept.
    const visible = applyVisibility(tailored.schema, input.data)
    data = visible.data
    // Fields of sections the answers hid are kept (a draft may hold them); fields no form has are not.
    errors = [
      ...visibleErrors(
        validate(tailored.schema, fillContainers(tailored.schema, data)),
        visible.hidden,
      ),
      ...unknownFields(doc.schema as JsonSchema, input.data),
    ]
  } catch (e) {
    return replayOr(e)
  }
  if (errors.length) {
    return replayOr(
      invalid(
        `填写内容有 ${errors.length} 处错误：${errors[0]?.message}`,
        errors.map(({ path, message }) => ({ path, message })),
      ),
    )
  }
  const parts = partsOf(doc, tailored, data)
  const token = randomToken(24)
  const id = randomUUID()
  try {
    const row = await writerFor(db)({
      id,
      slug,
      version,
      json: {
        answers: JSON.stringify(answers),
        data: JSON.stringify(data),
        parts: JSON.stringify(parts),
      },
      tokenHash: sha256(token),
      subjectHash: subjectOf(data),
      requestHash,
      idempotency: idempotencyKey ? { scope, key: idempotencyKey, response: { id, token } } : null,
    })
    return { number: row.number, token, status: row.status, createdAt: row.createdAt }
  } catch (e) {
    if (e instanceof KeyTaken || pgCode(e) === '23505') return replayOr(e)
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
  return typeof id === 'string' && id ? subjectHash(id) : null
}

/** The stored form of a subject (USCC or ID number): see `subjectOf`. */
export const subjectHash = (subject: string): string => sha256(`subject:${subject}`)

type SubmissionRow = typeof submissions.$inferSelect

type Access = { token?: string; user: SessionUser | null }

/** The applicant's token or a staff session reads a submission. */
export async function getSubmission(db: Db, number: string, access: Access) {
  return (await readSubmission(db, number, access)).row
}

/** Like `getSubmission`, telling also whether staff read it (staff see more of it). */
export async function readSubmission(
  db: Db,
  number: string,
  access: Access,
): Promise<{ row: SubmissionRow; staff: boolean }> {
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
  return { row, staff }
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
  /** why the counter returned it: the applicant must be told (一次性告知) */
  statusReason: row.statusReason,
  answers: row.answers,
  data: row.data,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
})
