import { createDatabase, type Database } from '../db/client'
import { createApp } from './app'
import type { Env } from './env'
import { seedElements, seedTemplates } from './services/seed'
import { ensureAdmin } from './services/users'

export type Booted = {
  database: Database
  app: ReturnType<typeof createApp>
  adminPassword?: string
}

/** Opens the database, applies migrations, creates the first admin. Shared by server and tests. */
export async function boot(env: Env): Promise<Booted> {
  const database = createDatabase(env)
  const admin = await database.exclusive(async () => {
    await database.migrate()
    const created = await ensureAdmin(database.db, env.ADMIN_PASSWORD)
    await seedElements(database.db)
    if (env.SEED_TEMPLATES) await seedTemplates(database.db)
    return created
  })
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
  })
  return { database, app, adminPassword: admin.password }
}
