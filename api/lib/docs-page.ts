import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Hono } from 'hono'

/** Swagger UI served from the installed package: the docs page works without internet access. */
const dist = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const assets: Record<string, { type: string; file: string }> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', file: 'swagger-ui.css' },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', file: 'swagger-ui-bundle.js' },
}
const cache = new Map<string, Buffer>()

const page = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>一张表 API 文档</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`
const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', deepLinking: true })`

export const docsPage = new Hono()
  .get('/docs', (c) => c.html(page))
  .get('/docs/init.js', (c) =>
    c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  )
  .get('/docs/:file', (c) => {
    const asset = assets[c.req.param('file')]
    if (!asset) return c.notFound()
    let body = cache.get(asset.file)
    if (!body) {
      body = readFileSync(join(dist, asset.file))
      cache.set(asset.file, body)
    }
    return c.body(new Uint8Array(body), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
    })
  })
