import { Hono } from 'hono'
import { html } from 'hono/html'
import { buildStamp, loadWebFiles, type WebFile } from '../lib/web-assets'

/** Which app's page a browser path opens: the counter desk, the admin editor or the applicant runtime. */
const pageOf = (path: string): string => {
  if (path === '/counter' || path.startsWith('/counter/')) return '/runtime/counter/index.html'
  if (path === '/admin' || path.startsWith('/admin/')) return '/editor/index.html'
  return '/runtime/app/index.html'
}

const notBuilt = html`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>一张表</title>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto">
<h1>网页端尚未构建</h1><p>请运行 <code>npm run build:web</code>（<code>npm start</code> 会自动构建）后刷新。
API 可用：<a href="/api/docs">/api/docs</a></p></body></html>`

/**
 * The web apps under their own paths (client-side routes all answer with their app's page).
 * Hashed assets are immutable; pages are revalidated so a new build is picked up at once.
 */
export function webRoutes(dir?: string) {
  let files: Map<string, WebFile> | undefined
  let stamp: number | undefined
  /** Pages check the build stamp (one stat), so a rebuild is served without a restart. */
  const current = () => {
    const now = buildStamp(dir)
    if (now !== stamp) {
      stamp = now
      files = loadWebFiles(dir)
    }
    return files
  }
  const send = (
    c: { req: { header: (n: string) => string | undefined }; body: never },
    f: WebFile,
    cache: string,
  ) => {
    const headers: Record<string, string> = {
      'content-type': f.type,
      'cache-control': cache,
      etag: f.etag,
      vary: 'accept-encoding',
      'x-content-type-options': 'nosniff',
    }
    if (c.req.header('if-none-match') === f.etag)
      return new Response(null, { status: 304, headers })
    if (f.gzip && /\bgzip\b/.test(c.req.header('accept-encoding') ?? '')) {
      headers['content-encoding'] = 'gzip'
      return new Response(f.gzip, { headers })
    }
    return new Response(f.body, { headers })
  }
  const currentFiles = () => files
  return new Hono().get('*', (c, next) => {
    const path = c.req.path
    if (path.startsWith('/api/')) return next()
    const files = path.startsWith('/assets/') && stamp !== undefined ? currentFiles() : current()
    if (!files) return c.html(notBuilt, 503)
    const asset = files.get(path)
    if (asset && path.startsWith('/assets/'))
      return send(c as never, asset, 'public, max-age=31536000, immutable')
    if (asset) return send(c as never, asset, 'no-cache')
    if (/\.[a-z0-9]+$/i.test(path)) return next()
    const page = files.get(pageOf(path))
    if (!page) return next()
    return send(c as never, page, 'no-cache')
  })
}
