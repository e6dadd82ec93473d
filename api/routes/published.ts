import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { AppEnv } from '../context'
import { responses } from '../lib/openapi'
import {
  getLatestPublished,
  getPublishedVersion,
  IMMUTABLE_CACHE_CONTROL,
  listPublished,
} from '../services/published'

const slugParam = z.object({
  slug: z
    .string()
    .max(80)
    .openapi({ param: { name: 'slug', in: 'path' } }),
})
const versionParam = slugParam.extend({
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' } }),
})

export const publishedRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/published',
      summary: '已发布的一件事（各自的最新版本）',
      responses: responses({ 200: 'published bundles' }),
    }),
    async (c) => {
      c.header('Cache-Control', 'public, max-age=30')
      return c.json(await listPublished(c.var.db))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/published/{slug}',
      summary: '一件事的最新发布版本（短缓存）',
      request: { params: slugParam },
      responses: responses({ 200: 'the latest published version' }, 404),
    }),
    async (c) => {
      c.header('Cache-Control', 'public, max-age=60')
      return c.json(await getLatestPublished(c.var.db, c.req.valid('param').slug))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/published/{slug}/{version}',
      summary: '某个发布版本：不可变，ETag + Cache-Control immutable，If-None-Match → 304',
      request: { params: versionParam },
      responses: responses({ 200: 'the published version', 304: 'not modified' }, 404),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const { body, etag } = await getPublishedVersion(c.var.db, slug, version)
      const headers = { ETag: etag, 'Cache-Control': IMMUTABLE_CACHE_CONTROL }
      if (
        c.req
          .header('if-none-match')
          ?.split(',')
          .some((t) => t.trim() === etag)
      ) {
        return c.body(null, 304, headers)
      }
      return c.body(body as Uint8Array<ArrayBuffer>, 200, {
        ...headers,
        'Content-Type': 'application/json; charset=utf-8',
      })
    },
  )
