import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { TemplatePackage } from '../../templates/package'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, jsonBody, responses } from '../lib/openapi'
import { assertCanReadBundle, getBundleRow } from '../services/bundles'
import { exportBundle } from '../services/export'
import { importPackage } from '../services/templates'

/** Items and bundles are validated one by one inside the import, with their own schemas. */
const packageSchema = z
  .object({
    format: z.literal('yizhangbiao-package'),
    formatVersion: z.literal(1),
    departments: z
      .array(z.object({ code: z.string().min(1).max(32), name: z.string().min(1).max(100) }))
      .max(200),
    elements: z.array(z.record(z.string(), z.unknown())).max(2000).optional(),
    items: z.array(z.record(z.string(), z.unknown())).max(500),
    bundles: z.array(z.record(z.string(), z.unknown())).max(100),
  })
  .openapi('TemplatePackage')

const idParam = z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' } }) })

export const templateRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/templates/import',
      summary: '导入模板包（部门、事项、一件事）：事项与一件事导入后即发布；全部成功或全部不导入',
      security: bearer,
      request: { body: jsonBody(packageSchema) },
      responses: responses(
        { 201: '{departments, items, bundles:[{slug, version}]}' },
        401,
        403,
        409,
        422,
      ),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, 'admin')
      const pkg = c.req.valid('json') as unknown as TemplatePackage
      return c.json(await importPackage(c.var.db, actor, pkg), 201)
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/bundles/{id}/export',
      summary: '导出一件事及其成员事项（固定版本）为模板包',
      security: bearer,
      request: { params: idParam },
      responses: responses({ 200: 'the package' }, 401, 403, 404),
    }),
    async (c) => {
      const actor = requireRole(c.var.user, 'admin', 'dept_admin')
      const { id } = c.req.valid('param')
      assertCanReadBundle(actor, await getBundleRow(c.var.db, id))
      const pkg = await exportBundle(c.var.db, id)
      c.header(
        'Content-Disposition',
        `attachment; filename="${pkg.bundles[0]?.slug ?? 'bundle'}.json"`,
      )
      return c.json(pkg)
    },
  )
