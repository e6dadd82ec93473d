import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { AppEnv } from '../context'
import { jsonBody, responses } from '../lib/openapi'
import { prefillInputSchema } from '../schemas/prefill.schema'
import { prefillValues } from '../services/prefill'
import { clientAddress } from './drafts'

export const prefillRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'post',
    path: '/prefill',
    summary:
      '减证办：凭以往申请的编号、凭证和申请人证照号码，取回其中绑定数据元的字段值（只读，由申请人决定是否带入）',
    request: { body: jsonBody(prefillInputSchema) },
    responses: responses(
      { 200: '{number, slug, createdAt, values: {[elementId]: value}}' },
      400,
      404,
      422,
      429,
    ),
  }),
  async (c) => {
    const result = await prefillValues(c.var.db, c.req.valid('json'), `prefill:${clientAddress(c)}`)
    c.header('Cache-Control', 'no-store')
    return c.json(result)
  },
)
