import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements, seedTemplates } from '../../api/services/seed'
import { closePdfPool } from '../../api/workers/pdf-pool'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'
import { pdfText } from './tools'

afterAll(async () => {
  await closePdfPool()
  await dropTemplates()
})

describe.each(dbKinds)('GET /api/published/{slug}/{version}/guide.pdf on %s', (kind) => {
  let t: TestApp
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await t.app.request(path, { headers })
    return {
      status: res.status,
      headers: res.headers,
      bytes: new Uint8Array(await res.arrayBuffer()),
    }
  }

  beforeAll(async () => {
    t = await testApp(kind)
    await seedElements(t.db)
    await seedTemplates(t.db)
  })
  afterAll(async () => t?.close())

  it('serves the printable guide of a version: PDF, immutable, ETag, 304, built once', async () => {
    const path = '/api/published/gongcheng-jianshe/1/guide.pdf'
    const a = await get(path)
    expect(a.status, new TextDecoder().decode(a.bytes).slice(0, 200)).toBe(200)
    expect(a.headers.get('content-type')).toBe('application/pdf')
    expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(a.headers.get('content-disposition')).toBe(
      `inline; filename="guide.pdf"; filename*=UTF-8''${encodeURIComponent('工程建设许可阶段一件事-第1版-办事指南.pdf')}`,
    )
    const etag = a.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]+-guide"$/)
    expect(new TextDecoder().decode(a.bytes.subarray(0, 5))).toBe('%PDF-')
    const text = pdfText(a.bytes)
    expect(text).toContain('工程建设许可阶段一件事 办事指南')
    expect(text).toContain('七、办理流程')
    expect(text).toMatch(/第\s*1\s*页\s*共\s*\d+\s*页/)
    const started = performance.now()
    const b = await get(path)
    expect(performance.now() - started).toBeLessThan(200)
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true)
    expect((await get(path, { 'if-none-match': etag })).status).toBe(304)
    // the blank form of the same version is another file with another ETag
    const form = await get('/api/published/gongcheng-jianshe/1/pdf')
    expect(form.headers.get('etag')).not.toBe(etag)
  })

  it('404 for an unknown bundle or version; documented in the OpenAPI document', async () => {
    for (const path of [
      '/api/published/no-such-bundle/1/guide.pdf',
      '/api/published/gongcheng-jianshe/99/guide.pdf',
    ]) {
      const r = await t.call('GET', path)
      expect(r.status, path).toBe(404)
      expect(r.json.error.code).toBe('NOT_FOUND')
    }
    const doc = (await t.call('GET', '/api/openapi.json')).json
    expect(doc.paths['/api/published/{slug}/{version}/guide.pdf']?.get).toBeDefined()
  })
})
