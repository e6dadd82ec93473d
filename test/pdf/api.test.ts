import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements, seedTemplates } from '../../api/services/seed'
import { closePdfPool } from '../../api/workers/pdf-pool'
import { dataArb } from '../../runtime/core/merge/testing/arbitrary-data'
import { enumerateAnswers } from '../../runtime/core/situations'
import type { Situation } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import { pdfNormalForm } from '../../runtime/pdf'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'
import { pdfText } from './tools'

afterAll(async () => {
  await closePdfPool()
  await dropTemplates()
})

describe.each(dbKinds)('PDF endpoints on %s', (kind) => {
  let t: TestApp
  const bytesOf = async (
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: BodyInit } = {},
  ) => {
    const res = await t.app.request(path, { method, ...init })
    return {
      status: res.status,
      headers: res.headers,
      bytes: new Uint8Array(await res.arrayBuffer()),
    }
  }
  const importPdf = (path: string, body: Uint8Array) =>
    t.call('POST', path, { raw: body as BodyInit, headers: { 'content-type': 'application/pdf' } })

  beforeAll(async () => {
    t = await testApp(kind)
    await seedElements(t.db)
    await seedTemplates(t.db)
  })
  afterAll(async () => t?.close())

  it('serves the blank PDF of a version: immutable, ETag, 304, built once', async () => {
    const a = await bytesOf('GET', '/api/published/qiye-kaiban/1/pdf')
    expect(a.status, new TextDecoder().decode(a.bytes).slice(0, 200)).toBe(200)
    expect(a.headers.get('content-type')).toBe('application/pdf')
    expect(a.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(a.headers.get('content-disposition')).toContain("filename*=UTF-8''")
    const etag = a.headers.get('etag')!
    expect(etag).toMatch(/^".+-pdf"$/)
    expect(new TextDecoder().decode(a.bytes.subarray(0, 5))).toBe('%PDF-')
    expect(pdfText(a.bytes)).toContain('空白表')
    const started = performance.now()
    const b = await bytesOf('GET', '/api/published/qiye-kaiban/1/pdf')
    expect(performance.now() - started).toBeLessThan(200)
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true)
    const c = await bytesOf('GET', '/api/published/qiye-kaiban/1/pdf', {
      headers: { 'if-none-match': etag },
    })
    expect(c.status).toBe(304)
    const missing = await t.call('GET', '/api/published/qiye-kaiban/99/pdf')
    expect(missing.status).toBe(404)
    expect(missing.json.error.code).toBe('NOT_FOUND')
  })

  it('prefills a submission PDF for its applicant or staff, and reads it back to the same data', async () => {
    const version = (await t.call('GET', '/api/published/qiye-kaiban/1')).json
    const answers = enumerateAnswers(version.situations as Situation[]).combos[0]!
    const tailored = await t.call('POST', '/api/published/qiye-kaiban/1/tailor', {
      body: { answers },
    })
    const { schema, uiSchema } = tailored.json
    const arb = dataArb(schema)
      .map((d) => pdfNormalForm(schema, uiSchema, d) ?? {})
      .filter((d) => validate(schema, d).length === 0)
    const [data] = fc.sample(arb, { numRuns: 1, seed: 7 })
    const sub = await t.call('POST', '/api/published/qiye-kaiban/1/submissions', {
      body: { answers, data },
    })
    expect(sub.status).toBe(201)
    const { number, token } = sub.json
    const denied = await t.call('GET', `/api/submissions/${number}/pdf`)
    expect(denied.status).toBe(401)
    const wrong = await t.call('GET', `/api/submissions/${number}/pdf?token=nope`)
    expect(wrong.status).toBe(403)
    const pdf = await bytesOf('GET', `/api/submissions/${number}/pdf?token=${token}`)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('cache-control')).toBe('private, no-cache')
    expect(pdfText(pdf.bytes)).toContain(number)
    const staff = await bytesOf('GET', `/api/submissions/${number}/pdf`, {
      headers: { authorization: `Bearer ${t.token}` },
    })
    expect(staff.status).toBe(200)
    const back = await importPdf('/api/published/qiye-kaiban/1/pdf/import', pdf.bytes)
    expect(back.status).toBe(200)
    expect(back.json.answers).toEqual(answers)
    expect(back.json.data).toEqual(data)
    expect(back.json.errors).toEqual([])
  })

  it('reads a blank PDF back as no data with Chinese validation errors', async () => {
    const blank = await bytesOf('GET', '/api/published/qiye-kaiban/1/pdf')
    const r = await importPdf('/api/published/qiye-kaiban/1/pdf/import', blank.bytes)
    expect(r.status).toBe(200)
    expect(r.json.data).toEqual({})
    expect(r.json.errors.length).toBeGreaterThan(0)
    expect(r.json.errors[0].message).toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses with 422 what is not a PDF, or a PDF of another bundle or version', async () => {
    const notPdf = await importPdf(
      '/api/published/qiye-kaiban/1/pdf/import',
      new TextEncoder().encode('hello'),
    )
    expect(notPdf.status).toBe(422)
    expect(notPdf.json.error.message).toBe('上传的文件不是 PDF')
    const other = await bytesOf('GET', '/api/published/lixiang-yongdi/1/pdf')
    const wrongBundle = await importPdf('/api/published/qiye-kaiban/1/pdf/import', other.bytes)
    expect(wrongBundle.status).toBe(422)
    expect(wrongBundle.json.error.message).toContain('lixiang-yongdi')
    const bundles = (await t.call('GET', '/api/bundles', { token: t.token })).json
    const list = Array.isArray(bundles) ? bundles : bundles.items
    const qiye = list.find((b: { slug: string }) => b.slug === 'qiye-kaiban')
    const v2 = await t.call('POST', `/api/bundles/${qiye.id}/publish`, { token: t.token, body: {} })
    expect(v2.status).toBe(201)
    const next = await bytesOf('GET', `/api/published/qiye-kaiban/${v2.json.version}/pdf`)
    const wrongVersion = await importPdf('/api/published/qiye-kaiban/1/pdf/import', next.bytes)
    expect(wrongVersion.status).toBe(422)
    expect(wrongVersion.json.error.message).toContain(`第 ${v2.json.version} 版`)
  })
})
