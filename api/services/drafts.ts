import { randomBytes } from 'node:crypto'
import { and, eq, gt, lt, sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { drafts, lookupThrottle } from '../../db/schema'
import { jsonDepthExceeds } from '../../runtime/core/schema'
import { AppError, invalid } from '../errors'
import type { DraftInput, DraftUpdate } from '../schemas/draft.schema'
import { getPublishedVersion } from './published'
import { MAX_DATA_DEPTH } from './submissions'

/** A draft lives this long after its last save. */
export const DRAFT_TTL_DAYS = 30

/** Crockford base32: no I, L, O, U, so a code read aloud or copied by hand stays unambiguous. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CODE_LENGTH = 12

/** 12 random symbols (60 bits): 256 is a multiple of 32, so `byte & 31` is unbiased. */
export function newDraftCode(): string {
  return Array.from(randomBytes(CODE_LENGTH), (b) => ALPHABET[b & 31]).join('')
}

/** `ABCD1234EFGH` → `ABCD-1234-EFGH` */
export const formatDraftCode = (code: string): string =>
  `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`

/**
 * A typed code in canonical form, or null when it cannot be one: case does not matter, dashes and
 * spaces are dropped, and (as Crockford base32 decodes) O reads as 0, I and L as 1.
 */
export function normalizeDraftCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (code.length !== CODE_LENGTH) return null
  for (const ch of code) if (!ALPHABET.includes(ch)) return null
  return code
}

const MAX_LOOKUP_FAILURES = 20
const LOOKUP_WINDOW = '15 minutes'

/**
 * Guessing of codes and receipts is throttled per client address, the way logins are per user:
 * 20 failed lookups within 15 minutes lock the address out of that lookup for 15 minutes. The
 * state is in the database, so every instance behind a load balancer counts alike.
 */
export async function assertNotThrottled(db: Db, key: string): Promise<void> {
  const [row] = await db
    .select({ lockedUntil: lookupThrottle.lockedUntil })
    .from(lookupThrottle)
    .where(and(eq(lookupThrottle.key, key), gt(lookupThrottle.lockedUntil, sql`now()`)))
  if (row?.lockedUntil) {
    const minutes = Math.max(1, Math.ceil((row.lockedUntil.getTime() - Date.now()) / 60000))
    throw new AppError('TOO_MANY_REQUESTS', `查询失败次数过多，请 ${minutes} 分钟后再试`)
  }
}

/** Counts one failed lookup; counts reset when the last failure is older than the window. */
export async function recordLookupFailure(db: Db, key: string): Promise<void> {
  const fresh = sql`${lookupThrottle.lastFailureAt} >= now() - ${LOOKUP_WINDOW}::interval`
  const next = sql`case when ${fresh} then ${lookupThrottle.failures} + 1 else 1 end`
  await db
    .insert(lookupThrottle)
    .values({ key, failures: 1, lastFailureAt: sql`now()` })
    .onConflictDoUpdate({
      target: lookupThrottle.key,
      set: {
        failures: next,
        lastFailureAt: sql`now()`,
        lockedUntil: sql`case when ${next} >= ${MAX_LOOKUP_FAILURES} then now() + ${LOOKUP_WINDOW}::interval else null end`,
      },
    })
}

type DraftRow = typeof drafts.$inferSelect

const receipt = (row: DraftRow) => ({
  code: formatDraftCode(row.code),
  slug: row.slug,
  version: row.version,
  updatedAt: row.updatedAt,
  expiresAt: row.expiresAt,
})

export const draftView = (row: DraftRow) => ({
  code: formatDraftCode(row.code),
  slug: row.slug,
  version: row.version,
  answers: row.answers,
  data: row.data,
  updatedAt: row.updatedAt,
  expiresAt: row.expiresAt,
})

function assertDataShape(data: unknown) {
  if (jsonDepthExceeds(data, MAX_DATA_DEPTH)) {
    throw invalid(`草稿数据嵌套超过 ${MAX_DATA_DEPTH} 层`, [{ path: 'data', message: '嵌套过深' }])
  }
}

const expiry = sql`now() + ${`${DRAFT_TTL_DAYS} days`}::interval`

/**
 * Saves a new draft of a published version under a fresh code. Partial data is the point of a
 * draft: only its shape is checked, not its completeness. Expired drafts are removed here.
 */
export async function createDraft(db: Db, input: DraftInput) {
  assertDataShape(input.data)
  await getPublishedVersion(db, input.slug, input.version)
  await db.delete(drafts).where(lt(drafts.expiresAt, sql`now()`))
  await db
    .delete(lookupThrottle)
    .where(
      and(
        lt(lookupThrottle.lastFailureAt, sql`now() - ${LOOKUP_WINDOW}::interval`),
        sql`(${lookupThrottle.lockedUntil} is null or ${lookupThrottle.lockedUntil} < now())`,
      ),
    )
  // 60 random bits: a collision is practically impossible, but a taken code is simply redrawn
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db
      .insert(drafts)
      .values({
        code: newDraftCode(),
        slug: input.slug,
        version: input.version,
        answers: input.answers,
        data: input.data,
        expiresAt: expiry,
      })
      .onConflictDoNothing()
      .returning()
    if (row) return receipt(row)
  }
  throw new Error('no free draft code after 5 attempts')
}

const unknownDraft = () =>
  new AppError('NOT_FOUND', `续填码对应的草稿不存在或已过期（草稿保存 ${DRAFT_TTL_DAYS} 天）`)

/**
 * A live draft by its typed code. Unknown and expired codes count as failed lookups of the
 * client (`throttleKey`); a malformed code is refused before any lookup.
 */
async function liveDraft(db: Db, typed: string, throttleKey: string): Promise<DraftRow> {
  await assertNotThrottled(db, throttleKey)
  const code = normalizeDraftCode(typed)
  if (!code) {
    throw invalid('续填码应为 12 位字母或数字，例如 7KQ3-M9XD-2HPT', [
      { path: 'code', message: '续填码格式不正确' },
    ])
  }
  const [row] = await db
    .select()
    .from(drafts)
    .where(and(eq(drafts.code, code), gt(drafts.expiresAt, sql`now()`)))
  if (!row) {
    await recordLookupFailure(db, throttleKey)
    throw unknownDraft()
  }
  return row
}

export async function getDraft(db: Db, typed: string, throttleKey: string) {
  return draftView(await liveDraft(db, typed, throttleKey))
}

/**
 * Replaces a draft's answers and data and restarts its 30 days. It may move to a newer published
 * version of the same bundle (never to another bundle, never back). The last save wins.
 */
export async function updateDraft(db: Db, typed: string, input: DraftUpdate, throttleKey: string) {
  assertDataShape(input.data)
  const row = await liveDraft(db, typed, throttleKey)
  if (input.slug !== undefined && input.slug !== row.slug) {
    throw invalid(`草稿属于「${row.slug}」，不能改存到另一件事`, [
      { path: 'slug', message: '与草稿的一件事不同' },
    ])
  }
  const version = input.version ?? row.version
  if (version < row.version) {
    throw invalid(`草稿已是版本 ${row.version}，不能退回版本 ${version}`, [
      { path: 'version', message: '只能换到更新的版本' },
    ])
  }
  if (version !== row.version) await getPublishedVersion(db, row.slug, version)
  const [updated] = await db
    .update(drafts)
    .set({
      version,
      answers: input.answers,
      data: input.data,
      updatedAt: sql`now()`,
      expiresAt: expiry,
    })
    .where(and(eq(drafts.code, row.code), gt(drafts.expiresAt, sql`now()`)))
    .returning()
  if (!updated) throw unknownDraft()
  return receipt(updated)
}

/** Removes a draft (after the applicant submitted, or on request). */
export async function deleteDraft(db: Db, typed: string, throttleKey: string): Promise<void> {
  const row = await liveDraft(db, typed, throttleKey)
  await db.delete(drafts).where(eq(drafts.code, row.code))
}
