import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Element } from '../../runtime/core/types'
import { requireRole, requireUser } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { elementInputSchema } from '../schemas/element.schema'
import { createElement, listElements } from '../services/elements'

export const elementRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/elements',
      summary: '数据元字典',
      security: bearer,
      responses: responses({ 200: 'elements' }, 401),
    }),
    async (c) => {
      requireUser(c.var.user)
      return c.json(await listElements(c.var.db))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/elements',
      summary: '新增数据元',
      security: bearer,
      request: { body: jsonBody(elementInputSchema) },
      responses: responses({ 201: 'the element' }, 401, 403, 409, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, 'admin', 'dept_admin')
      return c.json(await createElement(c.var.db, actor, c.req.valid('json') as Element), 201)
    },
  )
