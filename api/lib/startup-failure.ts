/** Network and PostgreSQL codes that mean the database could not be reached or entered. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  'CONNECT_TIMEOUT', // postgres.js
  '28P01', // password authentication failed
  '28000', // no such role / not allowed
  '3D000', // no such database
  '57P03', // the server is starting up or shutting down
])

/**
 * What the server prints when it cannot start. A database it cannot reach or enter is a setting
 * to fix, not a bug: one line saying so, without a stack trace. Anything else in full.
 */
export function startupFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    const detail = e instanceof Error ? e.message : String(e)
    return `无法连接数据库（${code}）：${detail}。请检查 DATABASE_URL，以及数据库是否已启动。`
  }
  return `启动失败：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
}
