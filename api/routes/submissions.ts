import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { requireRole } from '../auth/permissions'
import type { AppEnv } from '../context'
import { bearer, jsonBody, responses } from '../lib/openapi'
import {
  checklistInputSchema,
  statusInputSchema,
  submissionListQuery,
} from '../schemas/counter.schema'
import { submissionInputSchema, tailorInputSchema } from '../schemas/submission.schema'
import { listSubmissions, setChecklist, setStatus, staffSubmissionView } from '../services/counter'
import { getPublishedVersion } from '../services/published'
import {
  createSubmission,
  getSubmission,
  readSubmission,
  submissionView,
  tailorPublished,
} from '../services/submissions'

const versionParam = z.object({
  slug: z
    .string()
    .max(80)
    .openapi({ param: { name: 'slug', in: 'path' } }),
  version: z.coerce
    .number()
    .int()
    .min(1)
    .openapi({ param: { name: 'version', in: 'path' } }),
})
const numberParam = z.object({
  number: z
    .string()
    .max(40)
    .openapi({ param: { name: 'number', in: 'path' } }),
})
const tokenQuery = z.object({ token: z.string().max(200).optional() })
const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(1).max(200).optional() })

export const submissionRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'post',
      path: '/published/{slug}/{version}/tailor',
      summary: '按情形回答裁剪：返回本申请人要填的表单、要交的材料和适用事项',
      request: { params: versionParam, body: jsonBody(tailorInputSchema) },
      responses: responses({ 200: '{schema, uiSchema, materials, items, mapping}' }, 400, 404, 422),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const { doc } = await getPublishedVersion(c.var.db, slug, version)
      return c.json(
        tailorPublished(c.var.db, doc, c.req.valid('json').answers, { complete: false }),
      )
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/published/{slug}/{version}/submissions',
      summary: '提交申请：用裁剪后的表单校验；Idempotency-Key 防重复提交',
      request: {
        params: versionParam,
        headers: idempotencyHeader,
        body: jsonBody(submissionInputSchema),
      },
      responses: responses({ 201: '{number, token, status, createdAt}' }, 400, 404, 413, 422),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const key = c.req.valid('header')['idempotency-key']
      // the body's text was read (and kept) to parse it: the Idempotency-Key compares those bytes
      const body = await c.req.text()
      return c.json(
        await createSubmission(c.var.db, slug, version, c.req.valid('json'), { key, body }),
        201,
      )
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/submissions',
      summary:
        '窗口收件列表（窗口人员、系统管理员；部门管理员只见含本部门事项的申请），个人信息已脱敏',
      security: bearer,
      request: { query: submissionListQuery },
      responses: responses(
        {
          200: '{total, rows:[{number, slug, version, name, status, applicant, subject, phone, createdAt}]}',
        },
        401,
        403,
        422,
      ),
    }),
    async (c) => {
      const user = requireRole(c.var.user, 'admin', 'counter', 'dept_admin')
      return c.json(await listSubmissions(c.var.db, user, c.req.valid('query')))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/submissions/{number}',
      summary:
        '查看申请：申请人凭 token，或工作人员登录（工作人员另见分送数据、材料清单、收件勾选和状态历史）',
      security: bearer,
      request: { params: numberParam, query: tokenQuery },
      responses: responses({ 200: 'the submission' }, 401, 403, 404),
    }),
    async (c) => {
      const { row, staff } = await readSubmission(c.var.db, c.req.valid('param').number, {
        token: c.req.valid('query').token ?? c.req.header('x-submission-token'),
        user: c.var.user,
      })
      return c.json(staff ? await staffSubmissionView(c.var.db, row) : submissionView(row))
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/submissions/{number}/status',
      summary:
        '受理（accepted）或退回（returned，须写原因）：只有待受理的申请可以改，已受理为终态；记入审计日志',
      security: bearer,
      request: { params: numberParam, body: jsonBody(statusInputSchema) },
      responses: responses(
        { 200: '{number, status, statusReason, updatedAt}' },
        400,
        401,
        403,
        404,
        409,
        422,
      ),
    }),
    async (c) => {
      const user = requireRole(c.var.user, 'admin', 'counter')
      return c.json(
        await setStatus(c.var.db, user, c.req.valid('param').number, c.req.valid('json')),
      )
    },
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/submissions/{number}/checklist',
      summary: '窗口收件勾选：已收到的材料 key（须在本申请裁剪后的材料清单中）；记入审计日志',
      security: bearer,
      request: { params: numberParam, body: jsonBody(checklistInputSchema) },
      responses: responses(
        { 200: '{number, checklist, missing, updatedAt}' },
        400,
        401,
        403,
        404,
        422,
      ),
    }),
    async (c) => {
      const user = requireRole(c.var.user, 'admin', 'counter')
      return c.json(
        await setChecklist(c.var.db, user, c.req.valid('param').number, c.req.valid('json')),
      )
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/submissions/{number}/parts',
      summary: '分送数据：每个事项按自己表单结构的数据 [{itemCode, department, version, data}]',
      security: bearer,
      request: { params: numberParam, query: tokenQuery },
      responses: responses({ 200: 'parts' }, 401, 403, 404),
    }),
    async (c) => {
      const row = await getSubmission(c.var.db, c.req.valid('param').number, {
        token: c.req.valid('query').token ?? c.req.header('x-submission-token'),
        user: c.var.user,
      })
      return c.json(row.parts)
    },
  )
