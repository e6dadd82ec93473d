import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { publishedBundle } from '../fixtures/bundle'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

describe.each(dbKinds)('template packages on %s', (kind) => {
  const apps: TestApp[] = []
  let t: TestApp
  beforeEach(async () => {
    t = await testApp(kind)
    apps.push(t)
  })
  afterEach(async () => {
    for (const a of apps.splice(0)) await a.close()
  })

  it('exports a bundle with its items, departments and elements, and imports it elsewhere unchanged', async () => {
    const { bundleId } = await publishedBundle(t)
    const exported = await t.call('GET', `/api/bundles/${bundleId}/export`, { token: t.token })
    expect(exported.status).toBe(200)
    const pkg = exported.json
    expect(pkg.format).toBe('yizhangbiao-package')
    expect(pkg.items.map((i: { code: string }) => i.code)).toEqual(['A-1', 'B-1'])
    expect(pkg.elements.map((e: { id: string }) => e.id).sort()).toEqual([
      'applicant.name',
      'applicant.uscc',
    ])
    expect(pkg.bundles[0].items).toEqual(['A-1', 'B-1'])

    const other = await testApp(kind)
    apps.push(other)
    const imported = await other.call('POST', '/api/templates/import', {
      token: other.token,
      body: pkg,
    })
    expect(imported.status).toBe(201)
    expect(imported.json.bundles).toEqual([{ slug: 'demo', version: 1 }])
    const [a, b] = await Promise.all([
      t.call('GET', '/api/published/demo/1'),
      other.call('GET', '/api/published/demo/1'),
    ])
    expect(b.json.schema).toEqual(a.json.schema)
    expect(b.json.mapping).toEqual(a.json.mapping)
    expect(b.json.hash).toBe(a.json.hash)

    const again = await other.call('POST', '/api/templates/import', {
      token: other.token,
      body: pkg,
    })
    expect(again.status).toBe(409)
    expect((await other.call('GET', '/api/published')).json).toHaveLength(1)
  })

  it('refuses a malformed package as a whole, writing nothing', async () => {
    const bad = {
      format: 'yizhangbiao-package',
      formatVersion: 1,
      departments: [{ code: 'X1', name: '测试局' }],
      items: [
        { code: 'X-1', name: '事项', departmentCode: 'X1', form: { schema: { type: 'string' } } },
      ],
      bundles: [],
    }
    const r = await t.call('POST', '/api/templates/import', { token: t.token, body: bad })
    expect(r.status).toBe(422)
    expect((await t.call('GET', '/api/departments', { token: t.token })).json).toEqual([])
    const notPkg = await t.call('POST', '/api/templates/import', {
      token: t.token,
      body: { format: 'x' },
    })
    expect(notPkg.status).toBe(422)
  })
})
