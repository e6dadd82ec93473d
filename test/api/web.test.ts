import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { webRoutes } from '../../api/routes/web'

/** A fake build: three pages and one hashed asset. */
function fakeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-web-'))
  const files: [string, string][] = [
    ['runtime/app/index.html', '<!doctype html><title>applicant</title>'],
    ['runtime/counter/index.html', '<!doctype html><title>counter</title>'],
    ['editor/index.html', '<!doctype html><title>admin</title>'],
    ['assets/app-abc123.js', `console.log(${JSON.stringify('x'.repeat(4000))})`],
  ]
  for (const [path, body] of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), body)
  }
  writeFileSync(join(dir, '.source-hash'), 'h')
  return dir
}

describe('web apps', () => {
  const dir = fakeBuild()
  const app = webRoutes(dir)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('answers each app path with its page, revalidated', async () => {
    for (const [path, title] of [
      ['/', 'applicant'],
      ['/s/qiye-kaiban/fill', 'applicant'],
      ['/counter', 'counter'],
      ['/counter/s/XJ1', 'counter'],
      ['/admin/items/1', 'admin'],
    ] as const) {
      const res = await app.request(path)
      expect(res.status, path).toBe(200)
      expect(res.headers.get('cache-control')).toBe('no-cache')
      expect(await res.text()).toContain(`<title>${title}</title>`)
    }
  })

  it('serves hashed assets immutable, gzipped when asked, 304 on a matching ETag', async () => {
    const plain = await app.request('/assets/app-abc123.js')
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(plain.headers.get('content-type')).toMatch(/javascript/)
    const zipped = await app.request('/assets/app-abc123.js', {
      headers: { 'accept-encoding': 'gzip, br' },
    })
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    const again = await app.request('/assets/app-abc123.js', {
      headers: { 'if-none-match': plain.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('leaves /api and unknown files to others, and says when nothing is built', async () => {
    expect((await app.request('/api/health')).status).toBe(404)
    expect((await app.request('/assets/missing.js')).status).toBe(404)
    const empty = mkdtempSync(join(tmpdir(), 'yzb-web-empty-'))
    const res = await webRoutes(empty).request('/')
    expect(res.status).toBe(503)
    expect(await res.text()).toContain('npm run build:web')
    rmSync(empty, { recursive: true, force: true })
  })
})
