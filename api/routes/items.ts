import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { diffItems } from '../../runtime/core/diff'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { revisionFromIfMatch } from '../lib/etag'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { itemInputSchema, publishSchema } from '../schemas/item.schema'
import {
  assertCanReadDraft,
  createItem,
  getItemRow,
  getItemVersion,
  itemEtag,
  itemView,
  listItems,
  listItemVersions,
  publishItem,
  updateItem,
} from '../services/items'

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
const versionParam = idParam.extend({
  v: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'v', in: 'path' } }),
})
const listQuery = z.object({
  q: z.string().max(100).optional(),
  departmentId: z.uuid().optional(),
  published: z.enum(['true', 'false']).optional(),
})
const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal('draft'), z.coerce.number().int().min(1)]),
})
const staff = ['admin', 'dept_admin'] as const

export const itemRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/items',
      summary: '事项列表：部门管理员看本部门草稿；published=true 列出各部门已发布事项',
      security: bearer,
      request: { query: listQuery },
      responses: responses({ 200: 'item summaries' }, 401, 403),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { published, ...q } = c.req.valid('query')
      return c.json(await listItems(c.var.db, actor, { ...q, published: published === 'true' }))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/items',
      summary: '新建事项草稿',
      security: bearer,
      request: { body: jsonBody(itemInputSchema) },
      responses: responses({ 201: 'the item with its ETag' }, 400, 401, 403, 409, 413, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await createItem(c.var.db, actor, c.req.valid('json'))
      c.header('ETag', itemEtag(row))
      return c.json(itemView(row), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/items/{id}',
      summary: '事项草稿（带 ETag）',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'the item' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await getItemRow(c.var.db, c.req.valid('param').id)
      assertCanReadDraft(actor, row)
      c.header('ETag', itemEtag(row))
      return c.json(itemView(row))
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/items/{id}',
      summary: '保存事项草稿：需要 If-Match（428 缺少，412 已过期）',
      security: bearer,
      request: { params: idParam, body: jsonBody(itemInputSchema) },
      responses: responses(
        { 200: 'the saved item with its new ETag' },
        400,
        401,
        403,
        404,
        409,
        412,
        413,
        422,
        428,
      ),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const revision = revisionFromIfMatch(c.req.header('if-match'))
      const row = await updateItem(
        c.var.db,
        actor,
        c.req.valid('param').id,
        revision,
        c.req.valid('json'),
      )
      c.header('ETag', itemEtag(row))
      return c.json(itemView(row))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/items/{id}/publish',
      summary: '发布事项：生成不可变的版本号和内容哈希',
      security: bearer,
      request: { params: idParam, body: { ...jsonBody(publishSchema), required: false } },
      responses: responses({ 201: '{version, hash}' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { note } = c.req.valid('json') ?? { note: '' }
      return c.json(await publishItem(c.var.db, actor, c.req.valid('param').id, note), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/items/{id}/versions',
      summary: '事项版本历史（谁在何时发布了什么）',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'versions, newest first' }, 401, 403, 404),
    }),
    async (c) => {
      requireRole(c.var.user, ...staff)
      return c.json(await listItemVersions(c.var.db, c.req.valid('param').id))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/items/{id}/versions/{v}',
      summary: '某个已发布版本（不可变）',
      security: bearer,
      request: { params: versionParam },
      responses: responses({ 200: 'the published item' }, 401, 403, 404),
    }),
    async (c) => {
      requireRole(c.var.user, ...staff)
      const { id, v } = c.req.valid('param')
      return c.json(await getItemVersion(c.var.db, id, v))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/items/{id}/diff',
      summary: '两个版本（或版本与草稿 to=draft）之间的字段级差异',
      security: bearer,
      request: { params: idParam, query: diffQuery },
      responses: responses({ 200: '{fields, values}' }, 401, 403, 404, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { id } = c.req.valid('param')
      const { from, to } = c.req.valid('query')
      const before = await getItemVersion(c.var.db, id, from)
      const after =
        to === 'draft'
          ? await getItemRow(c.var.db, id).then((row) => {
              assertCanReadDraft(actor, row)
              return itemView(row)
            })
          : await getItemVersion(c.var.db, id, to)
      return c.json(diffItems(before, after))
    },
  )
