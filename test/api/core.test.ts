import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoData, publishedBundle, VALID_USCC } from '../fixtures/bundle'
import { department, itemBody, publishedItem } from '../fixtures/forms'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const submit = (t: TestApp, body: unknown, key?: string) =>
  t.call('POST', '/api/published/demo/1/submissions', {
    body,
    headers: key ? { 'idempotency-key': key } : {},
  })

describe.each(dbKinds)('core API on %s', (kind) => {
  let t: TestApp
  beforeEach(async () => {
    t = await testApp(kind)
  })
  afterEach(async () => {
    await t.close()
  })

  it('merges shared fields once and maps every item field', async () => {
    const { bundleId } = await publishedBundle(t)
    const m = await t.call('GET', `/api/bundles/${bundleId}/merged`, { token: t.token })
    expect(m.status).toBe(200)
    expect(Object.keys(m.json.schema.properties)).toEqual(['applicant', 'item_A_1', 'item_B_1'])
    const applicant = m.json.schema.properties.applicant
    expect(applicant.properties.name.maxLength).toBe(60) // min of 100, 60 and the element's 200
    expect(applicant.properties.uscc.format).toBe('uscc') // the element's check reaches every member
    expect(m.json.mapping).toContainEqual(
      expect.objectContaining({ item: 'B-1', path: 'applicantName', merged: 'applicant.name' }),
    )
    expect(m.json.materials).toHaveLength(1)
    expect(m.json.materials[0]).toMatchObject({ items: ['A-1', 'B-1'], exempt: true })
  })

  it('refuses to publish while a conflict is unresolved, and publishes once it is resolved', async () => {
    const d1 = await department(t)
    await t.call('POST', '/api/elements', {
      token: t.token,
      body: {
        id: 'project.name',
        title: '项目名称',
        group: '项目信息',
        schema: { type: 'string', maxLength: 50 },
      },
    })
    const long = {
      type: 'object',
      properties: { mc: { type: 'string', title: '项目名称', minLength: 80 } },
    }
    const a = await publishedItem(t, 'C-1', d1, long)
    const b = await publishedItem(t, 'C-2', d1, {
      type: 'object',
      properties: { bz: { type: 'string', title: '备注' } },
    })
    const body = {
      slug: 'conflicted',
      name: '冲突示例',
      leadDepartmentId: d1,
      items: [
        { itemId: a.id, version: a.version },
        { itemId: b.id, version: b.version },
      ],
      bindings: [{ item: 'C-1', path: 'mc', element: 'project.name' }],
    }
    const created = await t.call('POST', '/api/bundles', { token: t.token, body })
    const pub = await t.call('POST', `/api/bundles/${created.json.id}/publish`, { token: t.token })
    expect(pub.status).toBe(409)
    expect(pub.json.error.code).toBe('MERGE_CONFLICTS')
    expect(pub.json.error.details[0]).toMatchObject({ element: 'project.name', kind: 'length' })
    expect(pub.json.error.details[0].members.map((m: { item: string }) => m.item)).toContain('C-1')
    const etag = created.headers.get('etag')!
    const fixed = await t.call('PUT', `/api/bundles/${created.json.id}`, {
      token: t.token,
      body: { ...body, bindings: [] },
      headers: { 'if-match': etag },
    })
    expect(fixed.status).toBe(200)
    expect(
      (await t.call('POST', `/api/bundles/${created.json.id}/publish`, { token: t.token })).status,
    ).toBe(201)
  })

  it('tailors by situation answers and refuses unknown questions', async () => {
    await publishedBundle(t, {
      situations: [
        {
          id: 'land',
          title: '是否需要用地审批',
          kind: 'single',
          options: [
            { value: 'yes', label: '是' },
            { value: 'no', label: '否' },
          ],
        },
      ],
      rules: [{ target: { type: 'item', id: 'B-1' }, when: { q: 'land', eq: 'yes' } }],
    })
    const no = await t.call('POST', '/api/published/demo/1/tailor', {
      body: { answers: { land: 'no' } },
    })
    expect(no.status).toBe(200)
    expect(no.json.items.map((i: { code: string }) => i.code)).toEqual(['A-1'])
    expect(Object.keys(no.json.schema.properties)).not.toContain('item_B_1')
    const yes = await t.call('POST', '/api/published/demo/1/tailor', {
      body: { answers: { land: 'yes' } },
    })
    expect(yes.json.items).toHaveLength(2)
    const bad = await t.call('POST', '/api/published/demo/1/tailor', {
      body: { answers: { nope: 'x' } },
    })
    expect(bad.status).toBe(422)
    expect(bad.json.error.details[0].path).toBe('answers.nope')
    const unanswered = await submit(t, { answers: {}, data: demoData() })
    expect(unanswered.status).toBe(422)
    expect(unanswered.json.error.details[0].message).toContain('请回答')
  })

  it('stores a valid submission with its parts, readable with the token or by staff', async () => {
    await publishedBundle(t)
    const r = await submit(t, { answers: {}, data: demoData() })
    expect(r.status).toBe(201)
    expect(r.json.number).toMatch(/^XJ\d{8}000001$/)
    const parts = await t.call(
      'GET',
      `/api/submissions/${r.json.number}/parts?token=${r.json.token}`,
    )
    expect(parts.json).toEqual([
      {
        itemCode: 'A-1',
        department: expect.stringContaining('经济发展局'),
        version: 1,
        data: { dwmc: '示例科技有限公司', tyshxydm: VALID_USCC, xmmc: '示例项目', ztz: 1200 },
      },
      {
        itemCode: 'B-1',
        department: expect.stringContaining('国土规划局'),
        version: 1,
        data: { applicantName: '示例科技有限公司', creditCode: VALID_USCC, landArea: 5000 },
      },
    ])
    expect((await t.call('GET', `/api/submissions/${r.json.number}`)).status).toBe(401)
    expect((await t.call('GET', `/api/submissions/${r.json.number}?token=wrong`)).status).toBe(403)
    const staff = await t.call('GET', `/api/submissions/${r.json.number}`, { token: t.token })
    expect(staff.json.data.applicant.uscc).toBe(VALID_USCC)
  })

  it('answers invalid data with 422 and Chinese messages naming the field', async () => {
    await publishedBundle(t)
    const data = demoData()
    data.applicant.uscc = '91430100MA4L1XJQ2Y'
    data.applicant.name = 'x'.repeat(61)
    const r = await submit(t, { answers: {}, data })
    expect(r.status).toBe(422)
    const details = r.json.error.details as { path: string; message: string }[]
    expect(details.map((d) => d.path).sort()).toEqual(['applicant.name', 'applicant.uscc'])
    expect(details.find((d) => d.path === 'applicant.uscc')?.message).toContain('统一社会信用代码')
    const empty = await submit(t, { answers: {}, data: {} })
    expect(empty.status).toBe(422)
    expect(empty.json.error.details.map((d: { path: string }) => d.path)).toContain(
      'applicant.name',
    )
  })

  it('replays the same Idempotency-Key and body, refuses it with another body', async () => {
    await publishedBundle(t)
    const body = { answers: {}, data: demoData() }
    const [a, b] = await Promise.all([submit(t, body, 'key-1'), submit(t, body, 'key-1')])
    expect([a.status, b.status]).toEqual([201, 201])
    expect(a.json.number).toBe(b.json.number)
    const c = await submit(t, body, 'key-1')
    expect(c.json).toEqual(a.json)
    const other = { answers: {}, data: { ...demoData(), item_B_1: { landArea: 1 } } }
    const d = await submit(t, other, 'key-1')
    expect(d.status).toBe(422)
    expect(d.json.error.code).toBe('IDEMPOTENCY_MISMATCH')
    // a body that would not even validate is still told the key is taken, not its field errors
    const invalidBody = await submit(t, { answers: {}, data: {} }, 'key-1')
    expect(invalidBody.json.error.code).toBe('IDEMPOTENCY_MISMATCH')
    // a new key with an invalid body: the field errors, and no number is used up
    const fresh = await submit(t, { answers: {}, data: {} }, 'key-2')
    expect(fresh.json.error.code).toBe('INVALID_INPUT')
    const next = await submit(t, body)
    expect(next.json.number).toMatch(/000002$/)
  })

  it('writes one submission for many concurrent requests with one Idempotency-Key', async () => {
    await publishedBundle(t)
    const body = { answers: {}, data: demoData() }
    // another submission first keeps the writer busy, so the same-key requests share one batch
    const [other, ...results] = await Promise.all([
      submit(t, body),
      ...Array.from({ length: 12 }, () => submit(t, body, 'same-key')),
    ])
    expect(other?.status).toBe(201)
    expect(results.map((r) => r.status)).toEqual(Array(12).fill(201))
    expect(new Set(results.map((r) => r.json.number)).size).toBe(1)
    const next = await submit(t, body)
    expect(next.json.number).toMatch(/000003$/)
  })

  it('numbers concurrent submissions without gap or duplicate', async () => {
    await publishedBundle(t)
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit(t, { answers: {}, data: demoData() })),
    )
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(201))
    const seq = results.map((r) => Number(r.json.number.slice(-6))).sort((x, y) => x - y)
    expect(seq).toEqual(Array.from({ length: 20 }, (_, i) => i + 1))
  })

  it('lets admins add elements, refusing duplicates and reserved keys', async () => {
    const el = { id: 'site.road', title: '所在道路', group: '项目信息', schema: { type: 'string' } }
    expect((await t.call('POST', '/api/elements', { token: t.token, body: el })).status).toBe(201)
    expect((await t.call('POST', '/api/elements', { token: t.token, body: el })).status).toBe(409)
    const reserved = await t.call('POST', '/api/elements', {
      token: t.token,
      body: { ...el, id: 'item_x.a' },
    })
    expect(reserved.status).toBe(422)
    const list = await t.call('GET', '/api/elements', { token: t.token })
    expect(list.json.map((e: { id: string }) => e.id)).toContain('site.road')
  })

  it('refuses a pattern open to catastrophic backtracking when an item is saved', async () => {
    const d = await department(t)
    const schema = {
      type: 'object',
      properties: { a: { type: 'string', title: 'A', pattern: '^(a+)+$' } },
    }
    const r = await t.call('POST', '/api/items', {
      token: t.token,
      body: itemBody('RE-1', d, schema),
    })
    expect(r.status).toBe(422)
    expect(r.json.error.details[0]).toMatchObject({
      path: 'form.schema.properties.a.pattern',
      message: expect.stringContaining('回溯'),
    })
  })
})
