import { PGlite } from '@electric-sql/pglite'
import postgres from 'postgres'
import { connectPostgres, type Database, type DbKind, wrapPglite } from '../../db/client'

/** The kinds the suite runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const dbKinds: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

let pgliteTemplate: Promise<PGlite> | undefined

/** Migrating a new PGlite takes seconds; cloning a migrated one is much cheaper. */
function migratedPglite(): Promise<PGlite> {
  pgliteTemplate ??= (async () => {
    const client = new PGlite()
    await wrapPglite(client).migrate()
    return client
  })()
  return pgliteTemplate
}

let pgTemplate: Promise<string> | undefined
/** CI sets a prefix per run so its clean-up drops only its own databases. */
const PREFIX = process.env.TEST_DB_PREFIX ?? 'yzb'
const suffix = () =>
  `${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`

function withDatabase(url: string, name: string) {
  const u = new URL(url)
  u.pathname = `/${name}`
  return u.toString()
}

async function admin<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(process.env.TEST_DATABASE_URL!, { max: 1, onnotice: () => {} })
  try {
    return await fn(sql)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

/** One migrated template database per test worker; each test copies it with CREATE DATABASE … TEMPLATE. */
function migratedPostgresTemplate(): Promise<string> {
  pgTemplate ??= (async () => {
    const name = `${PREFIX}_tpl_${suffix()}`
    await admin((sql) => sql.unsafe(`create database ${name}`))
    const db = connectPostgres(withDatabase(process.env.TEST_DATABASE_URL!, name), { max: 1 })
    await db.migrate()
    await db.close()
    return name
  })()
  return pgTemplate
}

export type TestDatabase = Database & { url?: string; dispose(): Promise<void> }

/** A fresh, migrated database for one test. */
export async function freshDatabase(kind: DbKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const clone = (await (await migratedPglite()).clone()) as PGlite
    const database = wrapPglite(clone)
    return { ...database, dispose: () => database.close() }
  }
  const template = await migratedPostgresTemplate()
  const name = `${PREFIX}_t_${suffix()}`
  await admin((sql) => sql.unsafe(`create database ${name} template ${template}`))
  const url = withDatabase(process.env.TEST_DATABASE_URL!, name)
  const database = connectPostgres(url)
  return {
    ...database,
    url,
    async dispose() {
      await database.close()
      await admin((sql) => sql.unsafe(`drop database if exists ${name} with (force)`))
    },
  }
}

/** An empty (unmigrated) PostgreSQL database, for tests of start-up itself. */
export async function emptyPostgresDatabase(): Promise<{ url: string; dispose(): Promise<void> }> {
  const name = `${PREFIX}_e_${suffix()}`
  await admin((sql) => sql.unsafe(`create database ${name}`))
  return {
    url: withDatabase(process.env.TEST_DATABASE_URL!, name),
    dispose: () =>
      admin((sql) => sql.unsafe(`drop database if exists ${name} with (force)`)).then(() => {}),
  }
}

/** Drops this worker's template database (call from afterAll of files that used postgres). */
export async function dropTemplates(): Promise<void> {
  if (!pgTemplate) return
  const name = await pgTemplate
  pgTemplate = undefined
  await admin((sql) => sql.unsafe(`drop database if exists ${name} with (force)`))
}
