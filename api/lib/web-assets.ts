/**
 * The built web apps (dist/web, made by `npm run build:web`) held in memory with their gzip
 * forms: a few hundred KB in all, so each request is a map lookup.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export type WebFile = {
  body: Uint8Array<ArrayBuffer>
  gzip?: Uint8Array<ArrayBuffer>
  type: string
  etag: string
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg'])

export const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../dist/web', import.meta.url))

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) yield* walk(p)
    else yield p
  }
}

/** When the build last changed (the stamp `npm run build:web` writes), to pick up a rebuild. */
export const buildStamp = (dir = DEFAULT_WEB_DIR): number => {
  try {
    return statSync(join(dir, '.source-hash')).mtimeMs
  } catch {
    return existsSync(join(dir, 'runtime/app/index.html')) ? 0 : -1
  }
}

/** Every file of the build by its URL path (`/assets/applicant-x.js`); undefined when not built. */
export function loadWebFiles(dir = DEFAULT_WEB_DIR): Map<string, WebFile> | undefined {
  if (!existsSync(join(dir, 'runtime/app/index.html'))) return undefined
  const files = new Map<string, WebFile>()
  for (const path of walk(dir)) {
    const url = `/${relative(dir, path).split(sep).join('/')}`
    const ext = extname(path)
    const body = new Uint8Array(readFileSync(path))
    const file: WebFile = {
      body,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`,
    }
    if (COMPRESSIBLE.has(ext) && body.length > 1024)
      file.gzip = new Uint8Array(gzipSync(body, { level: 9 }))
    files.set(url, file)
  }
  return files
}
