import { eq, sql } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyPostgresDatabase } from '../test/setup/databases'
import { connectPostgres } from './client'
import { departments } from './schema'

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const f of cleanups) await f()
})

describe.runIf(process.env.TEST_DATABASE_URL)('the PostgreSQL client', () => {
  it('prepares parameterised queries, in transactions too, and runs them again prepared', async () => {
    const { url, dispose } = await emptyPostgresDatabase()
    const database = connectPostgres(url, { max: 1 })
    cleanups.push(async () => {
      await database.close()
      await dispose()
    })
    await database.migrate()
    const { db } = database
    const byCode = (code: string) => db.select().from(departments).where(eq(departments.code, code))
    await db.insert(departments).values({ code: 'P1', name: '预备局' })
    await byCode('P1')
    await db.transaction(async (tx) => {
      await tx.select().from(departments).where(eq(departments.code, 'P1'))
      await tx.transaction(async (inner) => {
        await inner.update(departments).set({ name: '预备一局' }).where(eq(departments.code, 'P1'))
      })
    })
    const [row] = await byCode('P1')
    expect(row?.name).toBe('预备一局')
    // one connection: what it prepared is listed in its own session
    const prepared = (await db.execute(
      sql`select statement from pg_prepared_statements where statement like ${'%departments%'}`,
    )) as unknown as { statement: string }[]
    const texts = prepared.map((p) => p.statement)
    expect(texts.some((t) => t.startsWith('select') && t.includes('"code" = $1'))).toBe(true)
    expect(texts.some((t) => t.startsWith('update'))).toBe(true)
    // the select ran three times (twice alone, once in the transaction) but was prepared once
    expect(texts.filter((t) => t.startsWith('select') && t.includes('"code" = $1'))).toHaveLength(1)
  })
})
