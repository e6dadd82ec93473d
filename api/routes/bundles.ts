import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { diffBundleVersions } from '../../runtime/core/diff'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { revisionFromIfMatch } from '../lib/etag'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { bundleInputSchema } from '../schemas/bundle.schema'
import { publishSchema } from '../schemas/item.schema'
import {
  assertCanReadBundle,
  bundleDoc,
  bundleEtag,
  bundleView,
  createBundle,
  getBundleRow,
  getBundleVersion,
  listBundles,
  listBundleVersions,
  mergeBundle,
  updateBundle,
} from '../services/bundles'
import { publishBundle } from '../services/publish-bundle'

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })
const versionParam = idParam.extend({
  v: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'v', in: 'path' } }),
})
const diffQuery = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
})
const staff = ['admin', 'dept_admin'] as const

export const bundleRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles',
      summary: '一件事列表（部门管理员：本部门牵头的）',
      security: bearer,
      responses: responses({ 200: 'bundle summaries' }, 401, 403),
    }),
    async (c) => c.json(await listBundles(c.var.db, requireRole(c.var.user, ...staff))),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/bundles',
      summary: '新建一件事草稿：成员事项固定到已发布版本',
      security: bearer,
      request: { body: jsonBody(bundleInputSchema) },
      responses: responses({ 201: 'the bundle with its ETag' }, 400, 401, 403, 409, 413, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await createBundle(c.var.db, actor, c.req.valid('json'))
      c.header('ETag', bundleEtag(row))
      return c.json(bundleView(row), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}',
      summary: '一件事草稿（带 ETag）',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'the bundle' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await getBundleRow(c.var.db, c.req.valid('param').id)
      assertCanReadBundle(actor, row)
      c.header('ETag', bundleEtag(row))
      return c.json(bundleView(row))
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/bundles/{id}',
      summary: '保存一件事草稿：需要 If-Match',
      security: bearer,
      request: { params: idParam, body: jsonBody(bundleInputSchema) },
      responses: responses(
        { 200: 'the saved bundle' },
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
      const row = await updateBundle(
        c.var.db,
        actor,
        c.req.valid('param').id,
        revision,
        c.req.valid('json'),
      )
      c.header('ETag', bundleEtag(row))
      return c.json(bundleView(row))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}/merged',
      summary: '合并后的一张表：{schema, uiSchema, mapping, materials, conflicts, suggestions}',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'the merged form' }, 401, 403, 404, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await getBundleRow(c.var.db, c.req.valid('param').id)
      assertCanReadBundle(actor, row)
      const { merged } = await mergeBundle(c.var.db, bundleDoc(row))
      return c.json(merged)
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/bundles/{id}/publish',
      summary: '发布一件事：存在未解决的合并冲突时 409 并列出冲突',
      security: bearer,
      request: { params: idParam, body: { ...jsonBody(publishSchema), required: false } },
      responses: responses({ 201: '{version, hash}' }, 401, 403, 404, 409, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { note } = c.req.valid('json') ?? { note: '' }
      return c.json(await publishBundle(c.var.db, actor, c.req.valid('param').id, note), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}/versions',
      summary: '一件事版本历史',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'versions, newest first' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const row = await getBundleRow(c.var.db, c.req.valid('param').id)
      assertCanReadBundle(actor, row)
      return c.json(await listBundleVersions(c.var.db, row.id))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}/versions/{v}',
      summary: '一件事的某个已发布版本',
      security: bearer,
      request: { params: versionParam },
      responses: responses({ 200: 'the published version' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { id, v } = c.req.valid('param')
      assertCanReadBundle(actor, await getBundleRow(c.var.db, id))
      return c.json(await getBundleVersion(c.var.db, id, v))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}/diff',
      summary: '两个已发布版本之间的差异（字段、材料、指南、情形、事项）',
      security: bearer,
      request: { params: idParam, query: diffQuery },
      responses: responses({ 200: 'the diff' }, 401, 403, 404, 422),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, ...staff)
      const { id } = c.req.valid('param')
      assertCanReadBundle(actor, await getBundleRow(c.var.db, id))
      const { from, to } = c.req.valid('query')
      const [a, b] = await Promise.all([
        getBundleVersion(c.var.db, id, from),
        getBundleVersion(c.var.db, id, to),
      ])
      return c.json(diffBundleVersions(a, b))
    },
  )
