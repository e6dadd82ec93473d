import { desc, eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundleVersions, itemVersions, users } from '../../db/schema'

/** Who published which version when, newest first: for items and bundles alike. */
export function versionHistory(db: Db, owner: { itemId: string } | { bundleId: string }) {
  const t = 'itemId' in owner ? itemVersions : bundleVersions
  const ownerMatch =
    'itemId' in owner
      ? eq(itemVersions.itemId, owner.itemId)
      : eq(bundleVersions.bundleId, owner.bundleId)
  return db
    .select({
      version: t.version,
      hash: t.hash,
      note: t.note,
      publishedAt: t.publishedAt,
      publishedBy: users.username,
    })
    .from(t)
    .leftJoin(users, eq(users.id, t.publishedBy))
    .where(ownerMatch)
    .orderBy(desc(t.version))
}
