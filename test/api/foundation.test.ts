import { sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { department, investmentForm, itemBody, landForm, publishedItem } from '../fixtures/forms'
import { ADMIN_PASSWORD, type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

describe.each(dbKinds)('foundation on %s', (kind) => {
  let t: TestApp
  beforeEach(async () => {
    t = await testApp(kind, { bodyLimitBytes: 256 * 1024 })
  })
  afterEach(async () => {
    await t.close()
  })

  it('answers health after a database round trip', async () => {
    const r = await t.call('GET', '/api/health')
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ ok: true, db: kind })
  })

  it('refuses calls without a session with 401 and a typed error', async () => {
    const r = await t.call('GET', '/api/items')
    expect(r.status).toBe(401)
    expect(r.json.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.any(String) })
  })

  it('logs in with a cookie too, and throttles repeated failures', async () => {
    const ok = await t.call('POST', '/api/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    })
    const cookie = ok.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/yzb_session=.+HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const me = await t.call('GET', '/api/auth/me', { headers: { cookie: cookie.split(';')[0]! } })
    expect(me.json.username).toBe('admin')
    for (let i = 0; i < 5; i++) {
      const bad = await t.call('POST', '/api/auth/login', {
        body: { username: 'admin', password: 'wrong' },
      })
      expect(bad.status).toBe(401)
    }
    const locked = await t.call('POST', '/api/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    })
    expect(locked.status).toBe(429)
    expect(locked.json.error.code).toBe('TOO_MANY_REQUESTS')
  })

  it('maps bad JSON to 400, invalid input to 422 with details, oversize bodies to 413', async () => {
    const bad = await t.call('POST', '/api/departments', {
      token: t.token,
      raw: '{"code": ',
      headers: { 'content-type': 'application/json' },
    })
    expect(bad.status).toBe(400)
    expect(bad.json.error.code).toBe('BAD_JSON')
    const invalid = await t.call('POST', '/api/departments', { token: t.token, body: { code: '' } })
    expect(invalid.status).toBe(422)
    expect(invalid.json.error.details.map((d: { path: string }) => d.path)).toContain('name')
    const huge = await t.call('POST', '/api/departments', {
      token: t.token,
      body: { code: 'X', name: 'x'.repeat(300 * 1024) },
    })
    expect(huge.status).toBe(413)
    expect(huge.json.error.code).toBe('PAYLOAD_TOO_LARGE')
    expect(t.logs).toEqual([])
  })

  it('enforces roles and departments', async () => {
    const d1 = await department(t)
    const d2 = await department(t, '国土规划局')
    const u = await t.call('POST', '/api/users', {
      token: t.token,
      body: { username: 'econ', password: 'password-1', role: 'dept_admin', departmentId: d1 },
    })
    expect(u.status).toBe(201)
    expect(u.json.passwordHash).toBeUndefined()
    const econ = await t.login('econ', 'password-1')
    expect(
      (await t.call('POST', '/api/departments', { token: econ, body: { code: 'Z', name: 'Z' } }))
        .status,
    ).toBe(403)
    const own = await t.call('POST', '/api/items', {
      token: econ,
      body: itemBody('E-1', d1, investmentForm),
    })
    expect(own.status).toBe(201)
    const other = await t.call('POST', '/api/items', {
      token: econ,
      body: itemBody('E-2', d2, landForm),
    })
    expect(other.status).toBe(403)
    const theirs = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('L-1', d2, landForm),
    })
    expect((await t.call('GET', `/api/items/${theirs.json.id}`, { token: econ })).status).toBe(403)
    const list = await t.call('GET', '/api/items', { token: econ })
    expect(list.json.map((i: { code: string }) => i.code)).toEqual(['E-1'])
    await t.call('POST', '/api/users', {
      token: t.token,
      body: { username: 'desk', password: 'password-2', role: 'counter', departmentId: d1 },
    })
    const desk = await t.login('desk', 'password-2')
    expect((await t.call('GET', '/api/items', { token: desk })).status).toBe(403)
  })

  it('keeps drafts with ETag / If-Match: 428 without, exactly one winner of two PUTs', async () => {
    const d = await department(t)
    const created = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('I-1', d, investmentForm),
    })
    const etag = created.headers.get('etag')!
    expect(etag).toBeTruthy()
    const body = itemBody('I-1', d, investmentForm, '改名')
    expect(
      (await t.call('PUT', `/api/items/${created.json.id}`, { token: t.token, body })).status,
    ).toBe(428)
    const [a, b] = await Promise.all([
      t.call('PUT', `/api/items/${created.json.id}`, {
        token: t.token,
        body,
        headers: { 'if-match': etag },
      }),
      t.call('PUT', `/api/items/${created.json.id}`, {
        token: t.token,
        body,
        headers: { 'if-match': etag },
      }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 412])
    const fresh = await t.call('GET', `/api/items/${created.json.id}`, { token: t.token })
    expect(fresh.json.name).toBe('改名')
    expect(fresh.headers.get('etag')).not.toBe(etag)
  })

  it('answers malformed ids with 404, never a 500', async () => {
    for (const path of [
      '/api/items/not-a-uuid',
      '/api/items/not-a-uuid/versions',
      '/api/items/not-a-uuid/versions/1',
      '/api/items/not-a-uuid/diff?from=1&to=2',
      '/api/bundles/not-a-uuid/versions/1',
      '/api/bundles/not-a-uuid/diff?from=1&to=2',
    ]) {
      const r = await t.call('GET', path, { token: t.token })
      expect(r.status, path).toBe(404)
    }
    expect(t.logs).toEqual([])
  })

  it('refuses bad forms at save, naming the path', async () => {
    const d = await department(t)
    const cases: [object, RegExp][] = [
      [{ type: 'string' }, /type/],
      [{ type: 'object', properties: { a: { type: 'string', pattern: '([a-z' } } }, /pattern/],
      [
        { type: 'object', properties: { a: { $ref: 'https://example.com/x.json' } } },
        /^form\.schema\.properties\.a$/,
      ],
      [
        {
          type: 'object',
          $defs: { n: { type: 'object', properties: { m: { $ref: '#/$defs/n' } } } },
          properties: { a: { $ref: '#/$defs/n' } },
        },
        /^form\.schema\.properties\.a\.properties\.m$/,
      ],
      [nest(40), /properties/],
    ]
    for (const [schema, path] of cases) {
      const r = await t.call('POST', '/api/items', {
        token: t.token,
        body: itemBody('BAD', d, schema),
      })
      expect(r.status, JSON.stringify(schema).slice(0, 80)).toBe(422)
      expect(r.json.error.code).toBe('INVALID_FORM')
      expect(r.json.error.details[0].path).toMatch(path)
    }
    const many = {
      type: 'object',
      properties: Object.fromEntries(
        Array.from({ length: 5001 }, (_, i) => [`f${i}`, { type: 'string' }]),
      ),
    }
    const r = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('MANY', d, many),
    })
    expect(r.status).toBe(422)
  })

  it('gives 20 concurrent publishes of one item versions 1..20 without gap or duplicate', async () => {
    const d = await department(t)
    const created = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('P-1', d, investmentForm),
    })
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.call('POST', `/api/items/${created.json.id}/publish`, { token: t.token }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    expect(results.map((r) => r.json.version).sort((x, y) => x - y)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    )
    const versions = await t.call('GET', `/api/items/${created.json.id}/versions`, {
      token: t.token,
    })
    expect(versions.json).toHaveLength(20)
    expect(versions.json[0]).toMatchObject({ version: 20, publishedBy: 'admin' })
  })

  it('keeps published versions immutable in the database itself', async () => {
    const d = await department(t)
    const { id } = await publishedItem(t, 'IM-1', d, investmentForm)
    await expect(
      t.db.execute(sql`update item_versions set note = 'x' where item_id = ${id}`),
    ).rejects.toThrow()
    await expect(
      t.db.execute(sql`delete from item_versions where item_id = ${id}`),
    ).rejects.toThrow()
    const v = await t.call('GET', `/api/items/${id}/versions/1`, { token: t.token })
    expect(v.json.form.schema.properties.dwmc.title).toBe('单位名称')
    expect(v.json.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('preserves field order through storage', async () => {
    const d = await department(t)
    const props = Object.fromEntries(
      ['zeta', 'alpha', 'mid', 'beta'].map((k) => [k, { type: 'string', title: k }]),
    )
    const created = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('ORD', d, { type: 'object', properties: props }),
    })
    const g = await t.call('GET', `/api/items/${created.json.id}`, { token: t.token })
    expect(Object.keys(g.json.form.schema.properties)).toEqual(['zeta', 'alpha', 'mid', 'beta'])
  })

  it('diffs two item versions field by field', async () => {
    const d = await department(t)
    const { id } = await publishedItem(t, 'DF-1', d, investmentForm)
    const g = await t.call('GET', `/api/items/${id}`, { token: t.token })
    const next = structuredClone(investmentForm) as any
    next.properties.dwmc.maxLength = 50
    delete next.properties.ztz
    next.properties.lxdh = { type: 'string', title: '联系电话' }
    await t.call('PUT', `/api/items/${id}`, {
      token: t.token,
      body: itemBody('DF-1', d, next),
      headers: { 'if-match': g.headers.get('etag')! },
    })
    await t.call('POST', `/api/items/${id}/publish`, { token: t.token })
    const diff = await t.call('GET', `/api/items/${id}/diff?from=1&to=2`, { token: t.token })
    expect(diff.status).toBe(200)
    const fields = diff.json.fields as { path: string; change: string }[]
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'dwmc', change: 'changed' }),
        expect.objectContaining({ path: 'ztz', change: 'removed' }),
        expect.objectContaining({ path: 'lxdh', change: 'added' }),
      ]),
    )
  })

  it('serves published bundle versions immutably with ETag and 304', async () => {
    const d1 = await department(t)
    const d2 = await department(t, '国土规划局')
    await t.call('POST', '/api/elements', {
      token: t.token,
      body: {
        id: 'applicant.name',
        title: '申请单位名称',
        group: '申请单位信息',
        synonyms: ['单位名称'],
        schema: { type: 'string', maxLength: 200 },
      },
    })
    await t.call('POST', '/api/elements', {
      token: t.token,
      body: {
        id: 'applicant.uscc',
        title: '统一社会信用代码',
        group: '申请单位信息',
        synonyms: [],
        schema: { type: 'string', format: 'uscc' },
      },
    })
    const a = await publishedItem(t, 'A-1', d1, investmentForm)
    const b = await publishedItem(t, 'B-1', d2, landForm)
    const created = await t.call('POST', '/api/bundles', {
      token: t.token,
      body: {
        slug: 'demo',
        name: '示例一件事',
        leadDepartmentId: d1,
        stage: '立项用地规划许可',
        items: [
          { itemId: a.id, version: a.version },
          { itemId: b.id, version: b.version },
        ],
      },
    })
    expect(created.status).toBe(201)
    const pub = await t.call('POST', `/api/bundles/${created.json.id}/publish`, {
      token: t.token,
      body: { note: 'first' },
    })
    expect(pub.status).toBe(201)
    expect(pub.json).toMatchObject({ version: 1, hash: expect.stringMatching(/^[0-9a-f]{64}$/) })
    const v = await t.call('GET', '/api/published/demo/1')
    expect(v.status).toBe(200)
    expect(v.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(v.json.items.map((i: { code: string }) => i.code)).toEqual(['A-1', 'B-1'])
    const etag = v.headers.get('etag')!
    const again = await t.call('GET', '/api/published/demo/1', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
    const history = await t.call('GET', `/api/bundles/${created.json.id}/versions`, {
      token: t.token,
    })
    expect(history.json).toEqual([
      expect.objectContaining({ version: 1, note: 'first', publishedBy: 'admin' }),
    ])
    const latest = await t.call('GET', '/api/published/demo')
    expect(latest.json.version).toBe(1)
    expect(
      (await t.call('GET', '/api/published')).json.map((p: { slug: string }) => p.slug),
    ).toEqual(['demo'])
    expect((await t.call('GET', '/api/published/demo/2')).status).toBe(404)
  })

  it('records every write in the audit log, for admins only', async () => {
    const d = await department(t)
    await publishedItem(t, 'AU-1', d, investmentForm)
    const r = await t.call('GET', '/api/audit?limit=2', { token: t.token })
    expect(r.status).toBe(200)
    expect(r.json.entries).toHaveLength(2)
    expect(r.json.entries[0]).toMatchObject({ action: 'publish', entity: 'item', actor: 'admin' })
    expect(r.json.entries[0].hashAfter).toMatch(/^[0-9a-f]{64}$/)
    const page2 = await t.call('GET', `/api/audit?limit=2&before=${r.json.next}`, {
      token: t.token,
    })
    expect(page2.json.entries[0].action).toBe('create')
  })

  it('publishes an OpenAPI document and a docs page', async () => {
    const r = await t.call('GET', '/api/openapi.json')
    expect(r.status).toBe(200)
    expect(Object.keys(r.json.paths)).toEqual(
      expect.arrayContaining(['/api/items/{id}', '/api/bundles/{id}/publish']),
    )
    expect(r.json.paths['/api/items'].post.requestBody).toBeTruthy()
    const docs = await t.call('GET', '/api/docs')
    expect(docs.text).toContain('swagger-ui-bundle.js')
    expect((await t.call('GET', '/api/docs/swagger-ui-bundle.js')).status).toBe(200)
  })
})

function nest(depth: number): object {
  let node: object = { type: 'string' }
  for (let i = 0; i < depth; i++) node = { type: 'object', properties: { n: node } }
  return node
}
