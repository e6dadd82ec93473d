import { createServer } from 'node:http'
import { getRequestListener } from '@hono/node-server'
import type { Db } from '../db/client'
import type { createApp } from './app'
import { serveCachedVersion } from './lib/immutable-fast-path'

/** The Node HTTP server: cached immutable versions first, everything else through the Hono app. */
export function createHttpServer(db: Db, app: ReturnType<typeof createApp>) {
  const listener = getRequestListener(app.fetch)
  return createServer((req, res) => {
    if (!serveCachedVersion(db, req, res)) void listener(req, res)
  })
}
