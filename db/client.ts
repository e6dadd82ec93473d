import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js'
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import * as schema from './schema'

export type Schema = typeof schema
/** One drizzle type for both drivers: services never see which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0]
export type DbKind = 'pglite' | 'postgres'

export type Database = {
  db: Db
  kind: DbKind
  /** Applies the committed migrations. */
  migrate(): Promise<void>
  /** Runs start-up work (migrate, first admin, seed) once at a time across instances. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), 'migrations')

/** Arbitrary constant: every instance of this product takes the same advisory lock at start-up. */
const STARTUP_LOCK = 71_202_611

export function connectPostgres(url: string, options: { max?: number } = {}): Database {
  const client = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    connect_timeout: 2,
    idle_timeout: 30,
  })
  const db = drizzlePostgres(preparing(client), { schema }) as unknown as Db
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(db as never, { migrationsFolder }),
    async exclusive(fn) {
      // drizzle's migrator takes no lock; two instances migrating one fresh database collide.
      // The advisory lock is held on a reserved connection while fn works through the pool.
      const conn = await client.reserve()
      try {
        await conn`select pg_advisory_lock(${STARTUP_LOCK})`
        return await fn()
      } finally {
        await conn`select pg_advisory_unlock(${STARTUP_LOCK})`.catch(() => {})
        conn.release()
      }
    },
    close: () => client.end({ timeout: 5 }),
  }
}

/**
 * drizzle's postgres.js driver sends every query unprepared (drizzle-orm#6096), and postgres.js
 * then parses and describes each parameterised query in a round trip of its own before binding it,
 * which also stops it pipelining: every query costs two round trips and a fresh parse and plan.
 * Prepared, a statement is parsed once per connection and later runs are one pipelined round trip.
 * Transactions and savepoints hand drizzle a client of their own, wrapped the same way.
 */
function preparing(client: postgres.Sql): postgres.Sql {
  type Scoped = (tx: postgres.Sql) => unknown
  const scoped =
    (open: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      const fn = args.pop() as Scoped
      return open(...args, (tx: postgres.Sql) => fn(preparing(tx)))
    }
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === 'unsafe')
        return (query: string, params?: never[], options?: object) =>
          target.unsafe(query, params, { ...options, prepare: true })
      if (prop === 'begin' || prop === 'savepoint') {
        const open = Reflect.get(target, prop, receiver) as (...args: unknown[]) => unknown
        return scoped(open.bind(target))
      }
      return Reflect.get(target, prop, receiver)
    },
  })
}

/**
 * PGlite keeps no lock on its data directory, and two processes on one directory lose rows:
 * a lock file with our pid refuses a second process while the first is alive.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'yizhangbiao.lock')
  const take = () => {
    const fd = openSync(file, 'wx')
    writeSync(fd, String(process.pid))
    closeSync(fd)
  }
  try {
    take()
  } catch {
    const pid = Number(readFileSync(file, 'utf8'))
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw Object.assign(
        new Error(`数据目录 ${dataDir} 正被进程 ${pid} 使用（PGlite 只允许一个进程）`),
        { code: 'DATA_DIR_LOCKED' },
      )
    }
    unlinkSync(file)
    take()
  }
  return () => {
    try {
      unlinkSync(file)
    } catch {}
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export function wrapPglite(client: PGlite, onClose: () => void = () => {}): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    // one process per data directory (lock file): nothing else can start up concurrently
    exclusive: (fn) => fn(),
    async close() {
      await client.close()
      onClose()
    },
  }
}

export function openPglite(dataDir?: string): Database {
  if (!dataDir) return wrapPglite(new PGlite())
  const dir = resolve(dataDir)
  mkdirSync(dir, { recursive: true })
  const unlock = lockDataDir(dir)
  return wrapPglite(new PGlite(join(dir, 'pglite')), unlock)
}

/** DATABASE_URL → PostgreSQL through postgres.js; otherwise embedded PGlite in DATA_DIR. */
export function createDatabase(env: { DATABASE_URL?: string; DATA_DIR?: string }): Database {
  return env.DATABASE_URL ? connectPostgres(env.DATABASE_URL) : openPglite(env.DATA_DIR ?? './data')
}

/** A round trip to the database, for health checks. */
export async function ping(db: Db): Promise<void> {
  await db.execute(sql`select 1`)
}
