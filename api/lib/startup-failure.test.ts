import { describe, expect, it } from 'vitest'
import { startupFailure } from './startup-failure'

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('startupFailure', () => {
  it('names an unreachable or refusing database in one line, without a stack trace', () => {
    const line = startupFailure(withCode('connect ECONNREFUSED 127.0.0.1:5999', 'ECONNREFUSED'))
    expect(line).toBe(
      '无法连接数据库（ECONNREFUSED）：connect ECONNREFUSED 127.0.0.1:5999。请检查 DATABASE_URL，以及数据库是否已启动。',
    )
    expect(startupFailure(withCode('database "x" does not exist', '3D000'))).toMatch(
      /^无法连接数据库（3D000）/,
    )
  })

  it('prints a setting the server refuses as its message alone', () => {
    expect(
      startupFailure(
        withCode('数据目录 ./data 正被进程 42 使用（PGlite 只允许一个进程）', 'DATA_DIR_LOCKED'),
      ),
    ).toBe('启动失败：数据目录 ./data 正被进程 42 使用（PGlite 只允许一个进程）')
    expect(startupFailure(withCode('环境变量不合法:\n  PORT: …', 'INVALID_ENV'))).toBe(
      '启动失败：环境变量不合法:\n  PORT: …',
    )
  })

  it('prints anything else in full', () => {
    const e = new Error('boom')
    expect(startupFailure(e)).toBe(`启动失败：${e.stack}`)
    expect(startupFailure(withCode('bad', '42P01'))).toMatch(/^启动失败：Error: bad\n/)
    expect(startupFailure('plain')).toBe('启动失败：plain')
  })
})
