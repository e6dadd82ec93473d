import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Db } from '../../db/client'
import { cachedPublishedVersion, IMMUTABLE_CACHE_CONTROL } from '../services/published'

const VERSION_PATH = /^\/api\/published\/([a-z0-9][a-z0-9-]*)\/([1-9]\d{0,8})$/

/**
 * Serves `GET /api/published/:slug/:version` straight from the in-process cache of encoded
 * versions, before the request reaches the framework: the in-process equivalent of a CDN edge for
 * the hottest, immutable path. Anything else (a miss, another path, a query string) returns false
 * and goes to the Hono route, which is the one source of these bytes and fills the cache.
 */
export function serveCachedVersion(db: Db, req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' || !req.url) return false
  const m = VERSION_PATH.exec(req.url)
  if (!m) return false
  const hit = cachedPublishedVersion(db, m[1]!, Number(m[2]))
  if (!hit) return false
  const inm = req.headers['if-none-match']
  if (inm?.split(',').some((t) => t.trim() === hit.etag)) {
    res.writeHead(304, { etag: hit.etag, 'cache-control': IMMUTABLE_CACHE_CONTROL })
    res.end()
    return true
  }
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': hit.body.byteLength,
    etag: hit.etag,
    'cache-control': IMMUTABLE_CACHE_CONTROL,
  })
  res.end(hit.body)
  return true
}
