import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import type { AppEnv } from '../context'
import { bearer, responses } from '../lib/openapi'
import { blankPdf, guidePdf, importPdf, type PdfFile, submissionPdf } from '../services/pdf'

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

/** `filename` is the ASCII fallback; `filename*` the real (Chinese) name, percent-encoded. */
const disposition = (name: string, fallback: string) =>
  `inline; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`

function sendPdf(c: Context, file: PdfFile, cache: string, fallback = 'form.pdf') {
  const headers = { ETag: file.etag, 'Cache-Control': cache }
  if (
    c.req
      .header('if-none-match')
      ?.split(',')
      .some((t) => t.trim() === file.etag)
  ) {
    return c.body(null, 304, headers)
  }
  return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
    ...headers,
    'Content-Type': 'application/pdf',
    'Content-Disposition': disposition(file.filename, fallback),
    'X-Content-Type-Options': 'nosniff',
  })
}

export const pdfRoutes = new OpenAPIHono<AppEnv>()
  .openapi(
    createRoute({
      method: 'get',
      path: '/published/{slug}/{version}/pdf',
      summary:
        '空白可填写 PDF（全部事项）：不可变，ETag + Cache-Control immutable，If-None-Match → 304',
      request: { params: versionParam },
      responses: responses({ 200: 'application/pdf', 304: 'not modified' }, 404),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const file = await blankPdf(c.var.db, slug, version)
      return sendPdf(c, file, 'public, max-age=31536000, immutable')
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/published/{slug}/{version}/guide.pdf',
      summary:
        '可打印的办事指南 PDF（事项、材料、流程图、时限、收费、地点、情形引导、常见问题）：不可变，ETag + Cache-Control immutable，If-None-Match → 304',
      request: { params: versionParam },
      responses: responses({ 200: 'application/pdf', 304: 'not modified' }, 404),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const file = await guidePdf(c.var.db, slug, version)
      return sendPdf(c, file, 'public, max-age=31536000, immutable', 'guide.pdf')
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/submissions/{number}/pdf',
      summary: '预填的可填写 PDF：申请人凭 token，或工作人员登录',
      security: bearer,
      request: { params: numberParam, query: tokenQuery },
      responses: responses({ 200: 'application/pdf', 304: 'not modified' }, 401, 403, 404),
    }),
    async (c) => {
      const file = await submissionPdf(c.var.db, c.req.valid('param').number, {
        token: c.req.valid('query').token ?? c.req.header('x-submission-token'),
        user: c.var.user,
      })
      return sendPdf(c, file, 'private, no-cache')
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/published/{slug}/{version}/pdf/import',
      summary: '读回填好的 PDF：返回 {answers, data, errors}；不是 PDF、或不是本版本的表 → 422',
      request: {
        params: versionParam,
        body: {
          required: true,
          content: { 'application/pdf': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: responses({ 200: '{answers, data, errors}' }, 404, 413, 422),
    }),
    async (c) => {
      const { slug, version } = c.req.valid('param')
      const bytes = new Uint8Array(await c.req.arrayBuffer())
      return c.json(await importPdf(c.var.db, slug, version, bytes))
    },
  )
