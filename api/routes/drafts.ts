import type { IncomingMessage } from 'node:http'
import { isIPv6 } from 'node:net'
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../context'
import { jsonBody, responses } from '../lib/openapi'
import { draftInputSchema, draftUpdateSchema } from '../schemas/draft.schema'
import { createDraft, deleteDraft, getDraft, updateDraft } from '../services/drafts'

/** Peers that are a reverse proxy in front of us: their X-Forwarded-For names the client. */
const PROXY_PEER = /^(?:127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|::1$|f[cd][0-9a-f]{2}:)/i

/** An IPv6 client controls at least a /64: it counts as one address. */
function ipv6Prefix(addr: string): string {
  const [head = '', tail = ''] = addr.toLowerCase().split('::')
  const h = head ? head.split(':') : []
  const t = tail ? tail.split(':') : []
  const groups = addr.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * The client address that failed lookups are counted against: the socket's peer, or the last
 * `X-Forwarded-For` entry when the peer is a proxy on a private network (or there is no socket, as
 * in in-process tests). IPv6 addresses count per /64.
 */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: IncomingMessage } | undefined
  const peer = env?.incoming?.socket?.remoteAddress?.replace(/^::ffff:(?=\d+\.)/i, '')
  const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim()
  const addr = (forwarded && (!peer || PROXY_PEER.test(peer)) ? forwarded : peer) ?? 'unknown'
  return isIPv6(addr) ? ipv6Prefix(addr) : addr.slice(0, 64)
}

const codeParam = z.object({
  code: z
    .string()
    .max(40)
    .openapi({
      param: { name: 'code', in: 'path' },
      description: '续填码 XXXX-XXXX-XXXX，不区分大小写，可省略连字符',
    }),
})

const throttleKey = (c: Context) => `draft:${clientAddress(c)}`

export const draftRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/drafts',
      summary: '保存草稿：返回续填码（30 天有效），可在另一台设备上继续填写',
      request: { body: jsonBody(draftInputSchema) },
      responses: responses(
        { 201: '{code, slug, version, updatedAt, expiresAt}' },
        400,
        404,
        413,
        422,
      ),
    }),
    async (c) => c.json(await createDraft(c.var.db, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/drafts/{code}',
      summary: '凭续填码读取草稿；查询失败过多的地址会被暂时限制',
      request: { params: codeParam },
      responses: responses(
        { 200: '{code, slug, version, answers, data, updatedAt, expiresAt}' },
        404,
        422,
        429,
      ),
    }),
    async (c) => {
      const draft = await getDraft(c.var.db, c.req.valid('param').code, throttleKey(c))
      c.header('Cache-Control', 'no-store')
      return c.json(draft)
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/drafts/{code}',
      summary: '更新草稿（后保存的为准），可换到同一件事更新的发布版本；有效期重新计 30 天',
      request: { params: codeParam, body: jsonBody(draftUpdateSchema) },
      responses: responses(
        { 200: '{code, slug, version, updatedAt, expiresAt}' },
        400,
        404,
        413,
        422,
        429,
      ),
    }),
    async (c) => {
      const { code } = c.req.valid('param')
      return c.json(await updateDraft(c.var.db, code, c.req.valid('json'), throttleKey(c)))
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/drafts/{code}',
      summary: '删除草稿（例如提交申请之后）',
      request: { params: codeParam },
      responses: responses({ 204: 'deleted' }, 404, 422, 429),
    }),
    async (c) => {
      await deleteDraft(c.var.db, c.req.valid('param').code, throttleKey(c))
      return c.body(null, 204)
    },
  )
