import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpServer } from '../../api/http-server'
import { publishedBundle } from '../fixtures/bundle'
import { type TestApp, testApp } from '../setup/app'

describe('the cached fast path for immutable versions', () => {
  let t: TestApp
  let server: ReturnType<typeof createHttpServer>
  let base: string
  beforeAll(async () => {
    t = await testApp('pglite')
    await publishedBundle(t)
    server = createHttpServer(t.db, t.app)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.close()
    await t.close()
  })

  it('serves the same bytes and headers as the route, and 304 on If-None-Match', async () => {
    const first = await fetch(`${base}/api/published/demo/1`) // a miss: through Hono, fills the cache
    const second = await fetch(`${base}/api/published/demo/1`) // a hit: the fast path
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())]
    expect(b.equals(a)).toBe(true)
    for (const h of ['etag', 'cache-control', 'content-type'])
      expect(second.headers.get(h)).toBe(first.headers.get(h))
    const etag = second.headers.get('etag')!
    expect(
      (await fetch(`${base}/api/published/demo/1`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304)
    expect((await fetch(`${base}/api/published/demo/9`)).status).toBe(404)
    expect((await fetch(`${base}/api/published/demo/1?x=1`)).status).toBe(200)
  })
})
