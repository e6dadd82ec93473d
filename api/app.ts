import { OpenAPIHono } from '@hono/zod-openapi'
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { getCookie } from 'hono/cookie'
import { HTTPException } from 'hono/http-exception'
import type { Db, DbKind } from '../db/client'
import type { AppEnv } from './context'
import { AppError, type ErrorCode, isConnectionError, pgCode } from './errors'
import { docsPage } from './lib/docs-page'
import { zodDetails } from './lib/zod-details'
import { auditRoutes } from './routes/audit'
import { authRoutes, SESSION_COOKIE } from './routes/auth'
import { bundleRoutes } from './routes/bundles'
import { departmentRoutes } from './routes/departments'
import { draftRoutes } from './routes/drafts'
import { elementRoutes } from './routes/elements'
import { healthRoutes } from './routes/health'
import { itemRoutes } from './routes/items'
import { pdfRoutes } from './routes/pdf'
import { prefillRoutes } from './routes/prefill'
import { publishedRoutes } from './routes/published'
import { submissionRoutes } from './routes/submissions'
import { templateRoutes } from './routes/templates'
import { userRoutes } from './routes/users'
import { webRoutes } from './routes/web'
import { resolveSession } from './services/auth'

export type AppOptions = {
  db: Db
  dbKind: DbKind
  bodyLimitBytes?: number
  /** the built web apps (default dist/web) */
  webDir?: string
  log?: (line: string) => void
}

export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024
const DB_RETRY_MS = 1000

/** Builds the API: middleware, one `route()` per resource, one error handler. */
export function createApp(options: AppOptions) {
  const log = options.log ?? ((line: string) => console.error(line))
  const api = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError('INVALID_INPUT', '输入不合法', zodDetails(result.error))
      }
    },
  }).basePath('/api')

  const maxBody = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT
  const tooLarge = () =>
    new AppError('PAYLOAD_TOO_LARGE', `请求体超过 ${Math.round(maxBody / 1024)} KB 上限`)
  // hono's limit reads `c.req.raw.body`, which builds a whole web Request with a stream around
  // Node's request: it is only needed for bodies without a length (chunked).
  const streamLimit = bodyLimit({
    maxSize: maxBody,
    onError: () => {
      throw tooLarge()
    },
  })
  const limit = (c: Context<AppEnv>, next: () => Promise<void>) => {
    const length = c.req.header('content-length')
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) {
      return streamLimit(c, next)
    }
    if (Number(length) > maxBody) throw tooLarge()
    return next()
  }

  // While the database is unreachable, answer 503 at once instead of letting every request wait
  // for its own connection attempt; after the window one request probes again.
  let dbDownUntil = 0

  // One middleware (each layer costs on the hot published-version path): fail fast while the
  // database is down, set the context and the session user, limit bodies of requests that have one.
  api.use('*', async (c, next) => {
    if (Date.now() < dbDownUntil)
      throw new AppError('DB_UNAVAILABLE', '数据库暂时不可用，请稍后重试')
    try {
      c.set('db', options.db)
      c.set('dbKind', options.dbKind)
      const header = c.req.header('authorization')
      const token = header?.startsWith('Bearer ')
        ? header.slice(7).trim()
        : getCookie(c, SESSION_COOKIE)
      c.set('token', token ?? null)
      c.set('user', token ? await resolveSession(options.db, token) : null)
      if (c.req.method === 'GET' || c.req.method === 'HEAD') await next()
      else await limit(c, next)
    } finally {
      if (c.res.status === 503) dbDownUntil = Date.now() + DB_RETRY_MS
    }
  })

  api
    .route('/', healthRoutes)
    .route('/', authRoutes)
    .route('/', departmentRoutes)
    .route('/', userRoutes)
    .route('/', elementRoutes)
    .route('/', itemRoutes)
    .route('/', bundleRoutes)
    .route('/', publishedRoutes)
    .route('/', submissionRoutes)
    .route('/', draftRoutes)
    .route('/', prefillRoutes)
    .route('/', pdfRoutes)
    .route('/', auditRoutes)
    .route('/', templateRoutes)
    .route('/', docsPage)

  api.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  })
  api.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: '一张表 API',
      version: '0.1.0',
      description:
        '一件事一次办：事项、一件事、合并表单、情形引导、申请与 PDF。错误统一为 {error:{code,message,details?}}。',
    },
  })

  api.onError((err, c) => errorResponse(c, toAppError(err, log, c)))

  // The API lives under /api; the web apps (applicant, counter, admin) answer every other path.
  const root = new Hono()
  root.route('/', api)
  root.route('/', webRoutes(options.webDir))
  root.notFound((c) =>
    errorResponse(c, new AppError('NOT_FOUND', `不存在：${c.req.method} ${c.req.path}`)),
  )
  root.onError((err, c) => errorResponse(c, toAppError(err, log, c)))

  return root
}

function errorResponse(c: Context, e: AppError) {
  const body: { error: { code: ErrorCode; message: string; details?: unknown } } = {
    error: { code: e.code, message: e.message },
  }
  if (e.details !== undefined) body.error.details = e.details
  if (e.code === 'DB_UNAVAILABLE') c.header('Retry-After', '2')
  return c.json(body, e.status as 400)
}

/** Maps every thrown thing to a typed error; unknown errors are logged and never shown. */
function toAppError(err: unknown, log: (line: string) => void, c: Context): AppError {
  if (err instanceof AppError) return err
  if (err instanceof HTTPException) {
    if (err.status === 400) return new AppError('BAD_JSON', '请求体不是合法的 JSON')
    if (err.status === 413) return new AppError('PAYLOAD_TOO_LARGE', '请求体过大')
    return new AppError('BAD_REQUEST', err.message || '请求无效')
  }
  if (isConnectionError(err)) return new AppError('DB_UNAVAILABLE', '数据库暂时不可用，请稍后重试')
  const code = pgCode(err)
  if (code === '23505') return new AppError('DUPLICATE', '数据已存在（唯一性冲突）')
  if (code === '23503') return new AppError('INVALID_INPUT', '引用的数据不存在')
  // a value the column cannot hold (a malformed id that reached a query): the input's fault
  if (code === '22P02') return new AppError('INVALID_INPUT', '输入格式不正确')
  if (code === '22P05' || code === '22021')
    return new AppError('INVALID_INPUT', '文本包含无法存储的字符')
  log(
    `[error] ${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
  )
  return new AppError('INTERNAL', '服务器内部错误，请稍后重试')
}
