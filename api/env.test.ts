import { describe, expect, it } from 'vitest'
import { readEnv } from './env'

describe('readEnv', () => {
  it('defaults to one process on PGlite', () => {
    expect(readEnv({})).toMatchObject({ PORT: 3000, WORKERS: 1, SEED_TEMPLATES: true })
  })
  it('allows several server processes only on PostgreSQL', () => {
    expect(() => readEnv({ WORKERS: '2' })).toThrow(/WORKERS > 1 需要 DATABASE_URL/)
    expect(readEnv({ WORKERS: '2', DATABASE_URL: 'postgres://u@h/db' }).WORKERS).toBe(2)
    expect(() => readEnv({ WORKERS: '0' })).toThrow(/WORKERS/)
    // a setting to fix: the server prints its message without a stack trace
    expect(() => readEnv({ PORT: 'abc' })).toThrow(expect.objectContaining({ code: 'INVALID_ENV' }))
  })
})
