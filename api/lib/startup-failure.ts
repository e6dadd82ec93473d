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

/** Our own refusals of a setting: their message says what to fix. */
const SETTINGS = new Set(['INVALID_ENV', 'DATA_DIR_LOCKED'])

/**
 * What the server prints when it cannot start. A setting to fix is not a bug: a database it
 * cannot reach or enter, invalid environment variables, a data directory in use each get their
 * message, without a stack trace. Anything else in full.
 */
export function startupFailure(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code
  const detail = e instanceof Error ? e.message : String(e)
  if (typeof code === 'string' && UNREACHABLE.has(code)) {
    return `无法连接数据库（${code}）：${detail}。请检查 DATABASE_URL，以及数据库是否已启动。`
  }
  if (typeof code === 'string' && SETTINGS.has(code)) return `启动失败：${detail}`
  return `启动失败：${e instanceof Error ? (e.stack ?? e.message) : String(e)}`
}

/** Prints why the server cannot start, and exits. */
export function exitOnStartupFailure(e: unknown): never {
  console.error(startupFailure(e))
  process.exit(1)
}
