import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { createUser, listUsers } from '../services/users'

const userInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(2)
      .max(64)
      .regex(/^[\w.@-]+$/, '用户名只能包含字母、数字和 _ . @ -'),
    password: z.string().min(8, '密码至少 8 位').max(256),
    role: z.enum(['admin', 'dept_admin', 'counter']),
    departmentId: z.uuid().nullable().optional(),
    displayName: z.string().trim().max(64).optional(),
  })
  .openapi('UserInput')

export const userRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/users',
      summary: '用户列表（系统管理员）',
      security: bearer,
      responses: responses({ 200: 'users' }, 401, 403),
    }),
    async (c) => {
      requireRole(c.var.user, 'admin')
      return c.json(await listUsers(c.var.db))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/users',
      summary: '新建用户（系统管理员）：角色 admin / dept_admin / counter',
      security: bearer,
      request: { body: jsonBody(userInput) },
      responses: responses({ 201: 'the user (without password)' }, 401, 403, 409, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, 'admin')
      return c.json(await createUser(c.var.db, actor, c.req.valid('json')), 201)
    },
  )
