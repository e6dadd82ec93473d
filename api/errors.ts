/** Stable error codes for programs; each maps to one HTTP status. Messages are for people (中文). */
export const errorStatus = {
  BAD_JSON: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  MERGE_CONFLICTS: 409,
  INVALID_TRANSITION: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_INPUT: 422,
  INVALID_FORM: 422,
  IDEMPOTENCY_MISMATCH: 422,
  PRECONDITION_REQUIRED: 428,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
  DB_UNAVAILABLE: 503,
} as const

export type ErrorCode = keyof typeof errorStatus

export type ErrorDetail = { path: string; message: string; [key: string]: unknown }

export class AppError extends Error {
  readonly status: number
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
    this.status = errorStatus[code]
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what}不存在`)
export const forbidden = (why = '没有权限执行此操作') => new AppError('FORBIDDEN', why)
export const invalid = (message: string, details?: ErrorDetail[]) =>
  new AppError('INVALID_INPUT', message, details)

/** PostgreSQL error codes arrive wrapped by drizzle: the driver's error is the cause. */
export function pgCode(err: unknown): string | undefined {
  let e: unknown = err
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '57P01',
  '57P02',
  '57P03',
  '08006',
  '08001',
  '08003',
])

/** True when the database could not be reached (server down, restarting, network). */
export function isConnectionError(err: unknown): boolean {
  let e: unknown = err
  for (let i = 0; i < 4 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true
    e = (e as { cause?: unknown }).cause
  }
  return false
}
