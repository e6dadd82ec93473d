import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { submissions } from '../../db/schema'
import { collectLeaves, getAt, resolveRefs } from '../../runtime/core/schema'
import type { JsonSchema } from '../../runtime/core/types'
import { AppError } from '../errors'
import { sha256 } from '../lib/hash'
import type { PrefillInput } from '../schemas/prefill.schema'
import { assertNotThrottled, recordLookupFailure } from './drafts'
import { getPublishedVersion } from './published'
import { subjectHash } from './submissions'

/** One answer for every mismatch: it must not tell which of number, receipt or subject was wrong. */
const noMatch = () =>
  new AppError(
    'NOT_FOUND',
    '没有找到匹配的以往申请：请核对申请编号、申请凭证和统一社会信用代码（或身份证号码）',
  )

/** Element-bound leaves of a published schema: `{ path, element }`, tables excluded. */
function boundLeaves(schema: JsonSchema): { path: string; element: string }[] {
  let resolved: JsonSchema
  try {
    resolved = resolveRefs(schema)
  } catch {
    resolved = schema
  }
  return collectLeaves(resolved).flatMap((l) => {
    const element = l.schema['x-element']
    return typeof element === 'string' && !l.path.includes('[]') ? [{ path: l.path, element }] : []
  })
}

/**
 * 减证办: the values of element-bound fields of an earlier submission, for the applicant's new
 * form. The receipt (number + token) must match, and the subject (USCC or ID number) must be the
 * applicant the submission was made for. Nothing is written; failures count against the client.
 */
export async function prefillValues(db: Db, input: PrefillInput, throttleKey: string) {
  await assertNotThrottled(db, throttleKey)
  const [row] = await db
    .select({
      number: submissions.number,
      slug: submissions.slug,
      version: submissions.version,
      data: submissions.data,
      tokenHash: submissions.tokenHash,
      subjectHash: submissions.subjectHash,
      createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(eq(submissions.number, input.number.toUpperCase()))
  const tokenOk = row?.tokenHash === sha256(input.token)
  // ID numbers end in X and USCCs are upper case: a lower-case entry is the same subject
  const subjects = new Set([input.subject, input.subject.toUpperCase()].map(subjectHash))
  const subjectOk = !!row?.subjectHash && subjects.has(row.subjectHash)
  if (!row || !tokenOk || !subjectOk) {
    await recordLookupFailure(db, throttleKey)
    throw noMatch()
  }
  const { doc } = await getPublishedVersion(db, row.slug, row.version)
  const values: Record<string, unknown> = {}
  for (const { path, element } of boundLeaves(doc.schema as JsonSchema)) {
    const value = getAt(row.data, path)
    if (value !== undefined && value !== null && value !== '') values[element] = value
  }
  return { number: row.number, slug: row.slug, createdAt: row.createdAt, values }
}
