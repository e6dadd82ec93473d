import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundles, elements as elementTable, items, users } from '../../db/schema'
import { seedPackage } from '../../templates'
import { elements } from '../../templates/elements'
import { type ImportReport, importPackage } from './templates'

/**
 * Loads the data element dictionary into an empty database. Idempotent and safe when several
 * instances start together (rows that exist are left alone).
 */
export async function seedElements(db: Db): Promise<number> {
  if ((await db.$count(elementTable)) > 0) return 0
  const inserted = await db
    .insert(elementTable)
    .values(
      elements.map((e) => ({
        id: e.id,
        title: e.title,
        group: e.group,
        doc: e as unknown as Record<string, unknown>,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: elementTable.id })
  return inserted.length
}

/**
 * On first start (no item and no bundle yet) the seed package is loaded and published. `itemsOnly`
 * loads the departments and items but none of the bundles (a test rebuilds those in the composer).
 */
export async function seedTemplates(
  db: Db,
  { itemsOnly = false } = {},
): Promise<ImportReport | null> {
  if ((await db.$count(items)) > 0 || (await db.$count(bundles)) > 0) return null
  const [admin] = await db.select().from(users).where(eq(users.username, 'admin'))
  if (!admin) throw new Error('seed needs the admin user')
  const actor = {
    id: admin.id,
    username: admin.username,
    role: 'admin' as const,
    departmentId: null,
  }
  return importPackage(db, actor, itemsOnly ? { ...seedPackage, bundles: [] } : seedPackage)
}
