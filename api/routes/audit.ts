import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, responses } from '../lib/openapi'
import { listAudit } from '../services/audit'

const query = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
})

export const auditRoutes = new OpenAPIHono<AppEnv>().openapi(
  createRoute({
    method: 'get',
    path: '/audit',
    summary: '审计日志（系统管理员），按时间倒序分页：next 作为下一页的 before',
    security: bearer,
    request: { query },
    responses: responses({ 200: '{entries, next}' }, 401, 403),
  }),
  async (c) => {
    requireRole(c.var.user, 'admin')
    return c.json(await listAudit(c.var.db, c.req.valid('query')))
  },
)
