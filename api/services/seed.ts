import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { elements as elementTable } from '../../db/schema'
import { elements } from '../../templates/elements'

/**
 * Loads the data element dictionary into an empty database. Idempotent and safe when several
 * instances start together (rows that exist are left alone).
 */
export async function seedElements(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(elementTable)
  if ((row?.n ?? 0) > 0) return 0
  const inserted = await db
    .insert(elementTable)
    .values(elements.map((e) => ({ id: e.id, title: e.title, group: e.group, doc: e as unknown as Record<string, unknown> })))
    .onConflictDoNothing()
    .returning({ id: elementTable.id })
  return inserted.length
}
