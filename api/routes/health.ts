import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { ping } from '../../db/client'
import type { AppEnv } from '../context'
import { responses } from '../lib/openapi'

export const healthRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/health',
    summary: '健康检查（含一次数据库往返）',
    responses: responses({ 200: '{ok:true, db:"pglite"|"postgres"}' }, 503),
  }),
  async (c) => {
    await ping(c.var.db)
    return c.json({ ok: true, db: c.var.dbKind })
  },
)
