import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { deleteCookie, setCookie } from 'hono/cookie'
import { requireUser } from '../auth/permissions'
import type { AppEnv } from '../context'
import { jsonBody, responses } from '../lib/openapi'
import { login, logout, SESSION_TTL_MS } from '../services/auth'

export const SESSION_COOKIE = 'yzb_session'

const loginSchema = z
  .object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) })
  .openapi('LoginInput')

export const authRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      summary: '登录：返回 token 并设置 http-only cookie',
      request: { body: jsonBody(loginSchema) },
      responses: responses({ 200: '{token, user}' }, 401, 422, 429),
    }),
    async (c) => {
      const { username, password } = c.req.valid('json')
      const result = await login(c.var.db, username, password)
      setCookie(c, SESSION_COOKIE, result.token, {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
        secure: new URL(c.req.url).protocol === 'https:',
        maxAge: SESSION_TTL_MS / 1000,
      })
      return c.json(result)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/logout',
      summary: '退出登录',
      responses: responses({ 204: '已退出' }),
    }),
    async (c) => {
      if (c.var.token) await logout(c.var.db, c.var.token)
      deleteCookie(c, SESSION_COOKIE, { path: '/' })
      return c.body(null, 204)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/auth/me',
      summary: '当前用户',
      responses: responses({ 200: 'the session user' }, 401),
    }),
    (c) => c.json(requireUser(c.var.user)),
  )
