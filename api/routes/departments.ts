import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { requireRole, requireUser } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { createDepartment, listDepartments } from '../services/departments'

const departmentInput = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(32)
      .regex(/^[\w-]+$/, '部门编码只能包含字母、数字、_ 和 -'),
    name: z.string().trim().min(1).max(100),
  })
  .openapi('DepartmentInput')

export const departmentRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/departments',
      summary: '部门列表',
      security: bearer,
      responses: responses({ 200: 'departments' }, 401),
    }),
    async (c) => {
      requireUser(c.var.user)
      return c.json(await listDepartments(c.var.db))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/departments',
      summary: '新建部门（系统管理员）',
      security: bearer,
      request: { body: jsonBody(departmentInput) },
      responses: responses({ 201: 'the department' }, 401, 403, 409, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, 'admin')
      return c.json(await createDepartment(c.var.db, actor, c.req.valid('json')), 201)
    },
  )
