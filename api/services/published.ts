import { and, asc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundles, bundleVersions } from '../../db/schema'
import { notFound } from '../errors'
import { dbCache } from '../lib/db-cache'

export type PublishedDoc = {
  slug: string
  version: number
  hash: string
  name: string
  stage: string
  leadDepartment: string
  schema: Record<string, unknown>
  uiSchema: Record<string, unknown>
  mapping: { item: string; path: string; merged: string; required?: boolean }[]
  materials: Record<string, unknown>[]
  situations: unknown[]
  rules: unknown[]
  guide: Record<string, unknown>
  items: { code: string; name: string; department: string; version: number }[]
  publishedAt: string
}

/** Latest version of every published bundle, for the applicant's list page. */
export async function listPublished(db: Db) {
  const rows = await db
    .select({ doc: bundleVersions.doc })
    .from(bundles)
    .innerJoin(
      bundleVersions,
      and(
        eq(bundleVersions.bundleId, bundles.id),
        eq(bundleVersions.version, bundles.latestVersion),
      ),
    )
    .orderBy(asc(bundles.slug))
  return rows.map(({ doc }) => {
    const d = doc as unknown as PublishedDoc
    return {
      slug: d.slug,
      name: d.name,
      stage: d.stage,
      leadDepartment: d.leadDepartment,
      version: d.version,
      hash: d.hash,
      publishedAt: d.publishedAt,
      items: d.items,
      departments: [...new Set(d.items.map((i) => i.department))],
    }
  })
}

export async function getLatestPublished(db: Db, slug: string): Promise<PublishedDoc> {
  const [row] = await db
    .select({ doc: bundleVersions.doc })
    .from(bundles)
    .innerJoin(
      bundleVersions,
      and(
        eq(bundleVersions.bundleId, bundles.id),
        eq(bundleVersions.version, bundles.latestVersion),
      ),
    )
    .where(eq(bundles.slug, slug))
  if (!row) throw notFound(`已发布的一件事「${slug}」`)
  return row.doc as unknown as PublishedDoc
}

export type Encoded = { doc: PublishedDoc; body: Uint8Array; etag: string }
const cacheFor = dbCache<Encoded>(256)

/**
 * A numbered version is immutable: its JSON bytes and ETag are computed once per process and
 * served from memory afterwards (hashing a 50 KB body per request would cost most of the time).
 */
export async function getPublishedVersion(db: Db, slug: string, version: number): Promise<Encoded> {
  const hit = cachedPublishedVersion(db, slug, version)
  if (hit) return hit
  const key = `${slug}@${version}`
  const versionCache = cacheFor(db)
  const [row] = await db
    .select({ doc: bundleVersions.doc, hash: bundleVersions.hash })
    .from(bundleVersions)
    .where(and(eq(bundleVersions.slug, slug), eq(bundleVersions.version, version)))
  if (!row) throw notFound(`一件事「${slug}」的版本 ${version} `)
  const doc = row.doc as unknown as PublishedDoc
  const encoded = {
    doc,
    body: new TextEncoder().encode(JSON.stringify(doc)),
    etag: `"${row.hash}"`,
  }
  versionCache.set(key, encoded)
  return encoded
}

/** The encoded version when this process already holds it (no I/O). */
export const cachedPublishedVersion = (
  db: Db,
  slug: string,
  version: number,
): Encoded | undefined => cacheFor(db).peek(`${slug}@${version}`)

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable'
