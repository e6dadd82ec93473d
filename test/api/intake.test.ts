import { count, sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditLog, drafts } from '../../db/schema'
import { demoData, publishedBundle, VALID_USCC } from '../fixtures/bundle'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/
const DAY = 24 * 60 * 60 * 1000

/** Requests from one client address (the app trusts X-Forwarded-For when there is no socket). */
const from = (ip: string) => ({ 'x-forwarded-for': ip })

describe.each(dbKinds)('drafts on %s', (kind) => {
  let t: TestApp
  beforeEach(async () => {
    t = await testApp(kind)
    await publishedBundle(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const partial = { applicant: { name: '示例科技有限公司' } }
  const create = (body: unknown = { slug: 'demo', version: 1, answers: {}, data: partial }) =>
    t.call('POST', '/api/drafts', { body })

  it('saves a draft under a code that reads back in any case, with or without dashes', async () => {
    const r = await create()
    expect(r.status).toBe(201)
    expect(r.json).toEqual({
      code: expect.stringMatching(CODE),
      slug: 'demo',
      version: 1,
      updatedAt: expect.any(String),
      expiresAt: expect.any(String),
    })
    const ttl = Date.parse(r.json.expiresAt) - Date.parse(r.json.updatedAt)
    expect(Math.abs(ttl - 30 * DAY)).toBeLessThan(60_000)
    const code = r.json.code as string
    for (const typed of [
      code,
      code.toLowerCase(),
      code.replaceAll('-', ''),
      code.replaceAll('-', ' '),
    ]) {
      const g = await t.call('GET', `/api/drafts/${encodeURIComponent(typed)}`)
      expect(g.status, typed).toBe(200)
      expect(g.json).toEqual({
        code,
        slug: 'demo',
        version: 1,
        answers: {},
        data: partial,
        updatedAt: r.json.updatedAt,
        expiresAt: r.json.expiresAt,
      })
      expect(g.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('reads O as 0 and I or L as 1, as Crockford base32 does', async () => {
    const code = (await create()).json.code as string
    const typo = code.replaceAll('0', 'o').replaceAll('1', 'l')
    expect((await t.call('GET', `/api/drafts/${typo}`)).status).toBe(200)
  })

  it('updates answers and data, restarts the 30 days, and moves only to a newer version', async () => {
    const r = await create()
    const code = r.json.code as string
    await new Promise((res) => setTimeout(res, 20))
    const data = { ...partial, item_A_1: { xmmc: '示例项目' } }
    const u = await t.call('PUT', `/api/drafts/${code}`, { body: { answers: {}, data } })
    expect(u.status).toBe(200)
    expect(u.json).toMatchObject({ code, slug: 'demo', version: 1 })
    expect(Date.parse(u.json.updatedAt)).toBeGreaterThan(Date.parse(r.json.updatedAt))
    expect(Date.parse(u.json.expiresAt)).toBeGreaterThan(Date.parse(r.json.expiresAt))
    expect((await t.call('GET', `/api/drafts/${code}`)).json.data).toEqual(data)

    // version 2 of the same bundle
    const [bundle] = (await t.call('GET', '/api/bundles', { token: t.token })).json
    const g = await t.call('GET', `/api/bundles/${bundle.id}`, { token: t.token })
    const put = await t.call('PUT', `/api/bundles/${bundle.id}`, {
      token: t.token,
      body: { ...g.json, name: '示例一件事（第二版）' },
      headers: { 'if-match': g.headers.get('etag')! },
    })
    expect(put.status).toBe(200)
    const pub = await t.call('POST', `/api/bundles/${bundle.id}/publish`, { token: t.token })
    expect(pub.json.version).toBe(2)

    const moved = await t.call('PUT', `/api/drafts/${code}`, {
      body: { answers: {}, data, slug: 'demo', version: 2 },
    })
    expect(moved.status).toBe(200)
    expect(moved.json.version).toBe(2)
    expect((await t.call('GET', `/api/drafts/${code}`)).json.version).toBe(2)
    const back = await t.call('PUT', `/api/drafts/${code}`, {
      body: { answers: {}, data, version: 1 },
    })
    expect(back.status).toBe(422)
    expect(back.json.error.details[0].path).toBe('version')
    const other = await t.call('PUT', `/api/drafts/${code}`, {
      body: { answers: {}, data, slug: 'other' },
    })
    expect(other.status).toBe(422)
    expect(other.json.error.details[0].path).toBe('slug')
    const unpublished = await t.call('PUT', `/api/drafts/${code}`, {
      body: { answers: {}, data, version: 3 },
    })
    expect(unpublished.status).toBe(404)
    expect((await t.call('GET', `/api/drafts/${code}`)).json.version).toBe(2)
  })

  it('answers unknown and expired codes with 404, and removes expired drafts on the next save', async () => {
    const unknown = await t.call('GET', '/api/drafts/ZZZZ-ZZZZ-ZZZZ')
    expect(unknown.status).toBe(404)
    expect(unknown.json.error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('续填码'),
    })
    const put = await t.call('PUT', '/api/drafts/ZZZZ-ZZZZ-ZZZZ', {
      body: { answers: {}, data: {} },
    })
    expect(put.status).toBe(404)
    const malformed = await t.call('GET', '/api/drafts/ABC-123')
    expect(malformed.status).toBe(422)
    expect(malformed.json.error.details[0].path).toBe('code')
    expect((await t.call('GET', '/api/drafts/ABCD-EFGH-JKMU')).status).toBe(422) // U is not a symbol

    const old = (await create()).json.code as string
    await t.db.update(drafts).set({ expiresAt: new Date(Date.now() - 1000) })
    const expired = await t.call('GET', `/api/drafts/${old}`)
    expect(expired.status).toBe(404)
    expect(expired.json.error.message).toContain('过期')
    expect(
      (await t.call('PUT', `/api/drafts/${old}`, { body: { answers: {}, data: partial } })).status,
    ).toBe(404)
    const [before] = await t.db.select({ n: count() }).from(drafts)
    expect(before?.n).toBe(1)
    const fresh = (await create()).json.code as string
    const rows = await t.db.select({ code: drafts.code }).from(drafts)
    expect(rows.map((r) => r.code)).toEqual([fresh.replaceAll('-', '')])
  })

  it('deletes a draft', async () => {
    const code = (await create()).json.code as string
    expect((await t.call('DELETE', `/api/drafts/${code}`)).status).toBe(204)
    expect((await t.call('GET', `/api/drafts/${code}`)).status).toBe(404)
    expect((await t.call('DELETE', `/api/drafts/${code}`)).status).toBe(404)
  })

  it('refuses unpublished versions, non-object data, bad answers and over-deep data', async () => {
    const body = { slug: 'demo', version: 1, answers: {}, data: partial }
    expect((await create({ ...body, slug: 'nope' })).status).toBe(404)
    expect((await create({ ...body, version: 9 })).status).toBe(404)
    for (const data of [[], 'x', null, 1]) {
      const r = await create({ ...body, data })
      expect(r.status, JSON.stringify(data)).toBe(422)
      expect(r.json.error.details[0].path).toBe('data')
    }
    const { data: _d, ...noData } = body
    expect((await create(noData)).status).toBe(422)
    expect((await create({ ...body, answers: { q: { nested: 1 } } })).status).toBe(422)
    expect((await create({ ...body, version: 'one' })).status).toBe(422)
    let deep: unknown = 'x'
    for (let i = 0; i < 70; i++) deep = { a: deep }
    const tooDeep = await create({ ...body, data: { deep } })
    expect(tooDeep.status).toBe(422)
    expect(tooDeep.json.error.details[0].path).toBe('data')
    const hostile = await t.call('POST', '/api/drafts', {
      raw: `{"slug":"demo","version":1,"answers":{},"data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`,
      headers: { 'content-type': 'application/json' },
    })
    expect(hostile.status).toBe(422)
    const code = (await create()).json.code as string
    const badPut = await t.call('PUT', `/api/drafts/${code}`, { body: { answers: {}, data: [] } })
    expect(badPut.status).toBe(422)
    const [n] = await t.db.select({ n: count() }).from(drafts)
    expect(n?.n).toBe(1)
  })

  it('throttles an address after 20 failed lookups, leaving other addresses alone', async () => {
    const code = (await create()).json.code as string
    for (let i = 0; i < 20; i++) {
      const guess = `ZZZZ-ZZZZ-${String(i).padStart(4, '0')}`
      const r = await t.call('GET', `/api/drafts/${guess}`, { headers: from('203.0.113.9') })
      expect(r.status).toBe(404)
    }
    const locked = await t.call('GET', `/api/drafts/${code}`, { headers: from('203.0.113.9') })
    expect(locked.status).toBe(429)
    expect(locked.json.error.code).toBe('TOO_MANY_REQUESTS')
    const put = await t.call('PUT', `/api/drafts/${code}`, {
      body: { answers: {}, data: {} },
      headers: from('203.0.113.9'),
    })
    expect(put.status).toBe(429)
    expect(
      (await t.call('GET', `/api/drafts/${code}`, { headers: from('198.51.100.7') })).status,
    ).toBe(200)
    // an IPv6 client counts per /64
    for (let i = 0; i < 20; i++) {
      await t.call('GET', '/api/drafts/ZZZZ-ZZZZ-ZZZZ', { headers: from(`2001:db8:1:2::${i + 1}`) })
    }
    const v6 = await t.call('GET', `/api/drafts/${code}`, { headers: from('2001:db8:1:2:ffff::1') })
    expect(v6.status).toBe(429)
  })

  it('documents the draft routes in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/drafts', '/api/drafts/{code}', '/api/prefill']),
    )
    expect(Object.keys(doc.paths['/api/drafts/{code}'])).toEqual(
      expect.arrayContaining(['get', 'put', 'delete']),
    )
  })
})

describe.each(dbKinds)('prefill on %s', (kind) => {
  let t: TestApp
  let receipt: { number: string; token: string }
  beforeEach(async () => {
    t = await testApp(kind)
    await publishedBundle(t)
    const r = await t.call('POST', '/api/published/demo/1/submissions', {
      body: { answers: {}, data: demoData() },
    })
    expect(r.status).toBe(201)
    receipt = r.json
  })
  afterEach(async () => {
    await t.close()
  })

  const prefill = (body: unknown, ip = '192.0.2.1') =>
    t.call('POST', '/api/prefill', { body, headers: from(ip) })

  it('returns the element-bound values of an earlier submission and writes nothing', async () => {
    const audits = async () => (await t.db.select({ n: count() }).from(auditLog))[0]?.n
    const before = await audits()
    const r = await prefill({ subject: VALID_USCC, ...receipt })
    expect(r.status).toBe(200)
    expect(r.json).toEqual({
      number: receipt.number,
      slug: 'demo',
      createdAt: expect.any(String),
      values: { 'applicant.name': '示例科技有限公司', 'applicant.uscc': VALID_USCC },
    })
    expect(r.headers.get('cache-control')).toBe('no-store')
    // the subject in lower case and with spaces around is the same applicant
    const lower = await prefill({ subject: ` ${VALID_USCC.toLowerCase()} `, ...receipt })
    expect(lower.status).toBe(200)
    expect(await audits()).toBe(before)
  })

  it('refuses a wrong token, subject or number alike, without saying which', async () => {
    const other = '91110000600037341L' // a valid USCC of someone else
    const refusals = [
      { subject: VALID_USCC, number: receipt.number, token: `${receipt.token}x` },
      { subject: other, ...receipt },
      { subject: VALID_USCC, number: 'XJ20000101000001', token: receipt.token },
      { subject: VALID_USCC, number: receipt.number, token: 'x' },
    ]
    const answers = []
    for (const body of refusals) answers.push(await prefill(body))
    for (const r of answers) {
      expect(r.status).toBe(404)
      expect(r.json.error.code).toBe('NOT_FOUND')
      expect(r.json.error.message).toBe(answers[0]?.json.error.message)
      expect(r.json.error.details).toBeUndefined()
    }
    expect(answers[0]?.json.error.message).toContain('申请编号')
    expect(answers[0]?.text).not.toContain('示例科技')
  })

  it('refuses incomplete bodies with 422', async () => {
    for (const body of [
      {},
      { subject: VALID_USCC, number: receipt.number },
      { subject: '', ...receipt },
      { subject: VALID_USCC, number: receipt.number, token: 1 },
    ]) {
      expect((await prefill(body)).status, JSON.stringify(body)).toBe(422)
    }
  })

  it('throttles an address after 20 failures, even for the right receipt', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await prefill(
        { subject: VALID_USCC, number: receipt.number, token: `bad${i}` },
        '203.0.113.5',
      )
      expect(r.status).toBe(404)
    }
    const locked = await prefill({ subject: VALID_USCC, ...receipt }, '203.0.113.5')
    expect(locked.status).toBe(429)
    expect((await prefill({ subject: VALID_USCC, ...receipt }, '203.0.113.6')).status).toBe(200)
    // the throttle of drafts is another one
    expect(
      (await t.call('GET', '/api/drafts/ZZZZ-ZZZZ-ZZZZ', { headers: from('203.0.113.5') })).status,
    ).toBe(404)
    const rows = await t.db.execute(sql`select key from lookup_throttle order by key`)
    const keys = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as {
      key: string
    }[]
    expect(keys.map((k) => k.key)).toEqual(['draft:203.0.113.5', 'prefill:203.0.113.5'])
  })
})
