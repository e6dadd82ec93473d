/**
 * PDFs of published versions and submissions. A version's blank PDF and its printed 办事指南 are
 * immutable: built once per process (in the worker pool) and served from memory; a submission's
 * PDF is cached too (its data never changes), but only handed out after the access check.
 */
import type { Db } from '../../db/client'
import type { Answers } from '../../runtime/core/types'
import type { SessionUser } from '../context'
import { AppError } from '../errors'
import { chinaDay } from '../lib/china-date'
import { dbCache } from '../lib/db-cache'
import { Lru } from '../lib/lru'
import { runPdf } from '../workers/pdf-pool'
import { formOf, guideOf } from '../workers/pdf-tasks'
import { getPublishedVersion, type PublishedDoc } from './published'
import { getSubmission } from './submissions'

export type PdfFile = { bytes: Uint8Array; etag: string; filename: string }

const versionCache = new Lru<string, PdfFile>(64)
const building = new Map<string, Promise<PdfFile>>()
const submissionCache = dbCache<PdfFile>(64)

/**
 * A PDF of one immutable version, keyed by slug, version, hash and kind: built once per process
 * (concurrent first requests share one build), then served from memory.
 */
async function versionPdf(
  db: Db,
  slug: string,
  version: number,
  kind: 'pdf' | 'guide',
  build: (doc: PublishedDoc, date: string) => Promise<Uint8Array>,
  filename: (doc: PublishedDoc) => string,
): Promise<PdfFile> {
  const { doc } = await getPublishedVersion(db, slug, version)
  const key = `${kind}:${slug}@${version}@${doc.hash}`
  const hit = versionCache.get(key) ?? building.get(key)
  if (hit) return hit
  const date = chinaDay(new Date(doc.publishedAt)).iso
  const built = build(doc, date)
    .then((bytes) => {
      const file = { bytes, etag: `"${doc.hash}-${kind}"`, filename: filename(doc) }
      versionCache.set(key, file)
      return file
    })
    .finally(() => building.delete(key))
  building.set(key, built)
  return built
}

/** The blank fillable PDF of a published version (all items: tailored with no answers). */
export const blankPdf = (db: Db, slug: string, version: number): Promise<PdfFile> =>
  versionPdf(
    db,
    slug,
    version,
    'pdf',
    (doc, date) => runPdf({ kind: 'render', form: formOf(doc, {}, { date }) }),
    (doc) => `${doc.name}-第${version}版-空白表.pdf`,
  )

/** The printable 办事指南 of a published version. */
export const guidePdf = (db: Db, slug: string, version: number): Promise<PdfFile> =>
  versionPdf(
    db,
    slug,
    version,
    'guide',
    (doc, date) => runPdf({ kind: 'guide', guide: guideOf(doc, date) }),
    (doc) => `${doc.name}-第${version}版-办事指南.pdf`,
  )

/** The prefilled PDF of a submission; same access rule as reading the submission. */
export async function submissionPdf(
  db: Db,
  number: string,
  access: { token?: string; user: SessionUser | null },
): Promise<PdfFile> {
  const row = await getSubmission(db, number, access)
  const { doc } = await getPublishedVersion(db, row.slug, row.version)
  const etag = `"${row.number}-${new Date(row.updatedAt).getTime()}-${doc.hash.slice(0, 12)}"`
  const cache = submissionCache(db)
  const hit = cache.get(etag)
  if (hit) return hit
  const form = formOf(doc, row.answers as Answers, {
    number: row.number,
    date: chinaDay(row.createdAt).iso,
  })
  const bytes = await runPdf({ kind: 'render', form, data: row.data })
  const file = { bytes, etag, filename: `${doc.name}-${row.number}.pdf` }
  cache.set(etag, file)
  return file
}

/** Reads a filled PDF of this version: {answers, data, errors}; 422 when it is not one. */
export async function importPdf(db: Db, slug: string, version: number, bytes: Uint8Array) {
  const { doc } = await getPublishedVersion(db, slug, version)
  const out = await runPdf({ kind: 'import', doc, bytes })
  if (!out.ok)
    throw new AppError('INVALID_INPUT', out.message, [
      { path: '', message: out.message, reason: out.reason },
    ])
  return { answers: out.answers, data: out.data, errors: out.errors }
}
