import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ELEMENTS, VALID_USCC } from '../fixtures/bundle'
import { department, itemBody, landForm } from '../fixtures/forms'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const ID_NUMBER = '11010519491231002X'
const MOBILE = '13812345678'
const LANDLINE = '010-62345678'
const PASSWORD = 'counter-test-password'

/** An item of the lead department whose form holds personal data bound to elements. */
const personalForm = {
  type: 'object',
  required: ['dwmc', 'tyshxydm'],
  properties: {
    dwmc: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' },
    tyshxydm: { type: 'string', title: '统一社会信用代码', 'x-element': 'applicant.uscc' },
    lxrsj: { type: 'string', title: '联系人手机', 'x-element': 'contact.mobile' },
    lxdh: { type: 'string', title: '联系电话', 'x-element': 'contact.phone' },
    jbrsfz: { type: 'string', title: '经办人身份证号码', 'x-element': 'agent.idNumber' },
    xmmc: { type: 'string', title: '项目名称' },
  },
}

const personalElements = [
  ...ELEMENTS,
  {
    id: 'contact.mobile',
    title: '联系人手机',
    group: '联系人',
    schema: { type: 'string', format: 'cn-mobile' },
  },
  {
    id: 'contact.phone',
    title: '联系电话',
    group: '联系人',
    schema: { type: 'string', format: 'cn-phone' },
  },
  {
    id: 'agent.idNumber',
    title: '经办人身份证号码',
    group: '经办人',
    schema: { type: 'string', format: 'cn-id' },
  },
]

async function publish(
  t: TestApp,
  code: string,
  departmentId: string,
  schema: object,
  materials: object[],
) {
  const c = await t.call('POST', '/api/items', {
    token: t.token,
    body: { ...itemBody(code, departmentId, schema), materials },
  })
  if (c.status !== 201) throw new Error(`item: ${c.status} ${c.text}`)
  const p = await t.call('POST', `/api/items/${c.json.id}/publish`, { token: t.token, body: {} })
  if (p.status !== 201) throw new Error(`publish: ${p.status} ${p.text}`)
  return { itemId: c.json.id as string, version: p.json.version as number }
}

/** 经济发展局 leads a bundle with 国土规划局; 财政局 has no part in it. */
async function counterFixture(t: TestApp) {
  for (const e of personalElements)
    await t.call('POST', '/api/elements', { token: t.token, body: e })
  const d1 = await department(t, '经济发展局')
  const d2 = await department(t, '国土规划局')
  const d3 = await department(t, '财政局')
  const a = await publish(t, 'P-1', d1, personalForm, [
    {
      key: 'license',
      name: '营业执照',
      form: 'copy',
      requirement: 'required',
      eLicense: '营业执照',
    },
    { key: 'proposal', name: '项目建议书', form: 'original', requirement: 'required' },
    { key: 'promise', name: '告知承诺书', form: 'original', requirement: 'tolerated' },
  ])
  const b = await publish(t, 'L-1', d2, landForm, [
    { key: 'landplan', name: '用地红线图', form: 'original', requirement: 'required' },
  ])
  const bundle = await t.call('POST', '/api/bundles', {
    token: t.token,
    body: { slug: 'kaigong', name: '项目开工一件事', leadDepartmentId: d1, items: [a, b] },
  })
  if (bundle.status !== 201) throw new Error(`bundle: ${bundle.status} ${bundle.text}`)
  const pub = await t.call('POST', `/api/bundles/${bundle.json.id}/publish`, { token: t.token })
  if (pub.status !== 201) throw new Error(`publish: ${pub.status} ${pub.text}`)

  const user = async (username: string, role: string, departmentId: string) => {
    const r = await t.call('POST', '/api/users', {
      token: t.token,
      body: { username, password: PASSWORD, role, departmentId },
    })
    if (r.status !== 201) throw new Error(`user: ${r.status} ${r.text}`)
    return t.login(username, PASSWORD)
  }
  return {
    counter: await user('counter1', 'counter', d1),
    ownDept: await user('dept1', 'dept_admin', d1),
    landDept: await user('dept2', 'dept_admin', d2),
    otherDept: await user('dept3', 'dept_admin', d3),
  }
}

const personalData = (name = '示例科技有限公司') => ({
  applicant: { name, uscc: VALID_USCC },
  contact: { mobile: MOBILE, phone: LANDLINE },
  agent: { idNumber: ID_NUMBER },
  item_P_1: { xmmc: '示例项目' },
  item_L_1: { landArea: 5000 },
})

describe.each(dbKinds)('counter desk on %s', (kind) => {
  let t: TestApp
  let users: Awaited<ReturnType<typeof counterFixture>>
  let numbers: string[]
  let tokens: string[]
  beforeEach(async () => {
    t = await testApp(kind)
    users = await counterFixture(t)
    numbers = []
    tokens = []
    for (const name of ['示例科技有限公司', '另一家建设有限公司', '第三家投资有限公司']) {
      const r = await t.call('POST', '/api/published/kaigong/1/submissions', {
        body: { answers: {}, data: personalData(name) },
      })
      if (r.status !== 201) throw new Error(`submit: ${r.status} ${r.text}`)
      numbers.push(r.json.number)
      tokens.push(r.json.token)
    }
  })
  afterEach(async () => {
    await t.close()
  })

  const list = (query = '', token = users.counter) =>
    t.call('GET', `/api/submissions${query}`, { token })
  const setStatus = (number: string, body: unknown, token = users.counter) =>
    t.call('POST', `/api/submissions/${number}/status`, { token, body })

  it('lists submissions newest first with personal data masked', async () => {
    const r = await list()
    expect(r.status).toBe(200)
    expect(r.json.total).toBe(3)
    expect(r.json.rows.map((x: { number: string }) => x.number)).toEqual([...numbers].reverse())
    expect(r.json.rows.at(-1)).toEqual({
      number: numbers[0],
      slug: 'kaigong',
      version: 1,
      name: '项目开工一件事',
      status: 'submitted',
      applicant: '示例****公司',
      subject: '9143**********JQ2X',
      phone: '138****5678',
      createdAt: expect.any(String),
    })
    for (const secret of [
      VALID_USCC,
      MOBILE,
      LANDLINE,
      ID_NUMBER,
      '示例科技有限公司',
      '62345678',
    ]) {
      expect(r.text).not.toContain(secret)
    }
  })

  it('searches by number prefix or bundle name, filters by status and pages', async () => {
    const prefix = numbers[0]!.slice(0, 10).toLowerCase()
    expect((await list(`?q=${prefix}`)).json.total).toBe(3)
    const one = await list(`?q=${numbers[1]}`)
    expect(one.json.rows.map((x: { number: string }) => x.number)).toEqual([numbers[1]])
    expect((await list(`?q=${encodeURIComponent('开工')}`)).json.total).toBe(3)
    expect((await list(`?q=${encodeURIComponent('竣工')}`)).json.total).toBe(0)
    expect((await list('?q=%25')).json.total).toBe(0) // `%` is matched literally
    await setStatus(numbers[0]!, { status: 'accepted' })
    const accepted = await list('?status=accepted')
    expect(accepted.json.rows.map((x: { number: string }) => x.number)).toEqual([numbers[0]])
    expect((await list('?status=submitted')).json.total).toBe(2)
    const page = await list('?limit=2&offset=2')
    expect(page.json.total).toBe(3)
    expect(page.json.rows.map((x: { number: string }) => x.number)).toEqual([numbers[0]])
    expect((await list('?status=done')).status).toBe(422)
    expect((await list('?limit=1000')).status).toBe(422)
  })

  it('shows a dept_admin only submissions with a part for its department', async () => {
    expect((await list('', users.ownDept)).json.total).toBe(3)
    expect((await list('', users.landDept)).json.total).toBe(3)
    const other = await list('', users.otherDept)
    expect(other.status).toBe(200)
    expect(other.json).toEqual({ total: 0, rows: [] })
    expect((await list('', t.token)).json.total).toBe(3)
    const anonymous = await t.call('GET', '/api/submissions')
    expect(anonymous.status).toBe(401)

    const number = numbers[0]!
    expect(
      (await t.call('GET', `/api/submissions/${number}`, { token: users.ownDept })).status,
    ).toBe(200)
    const denied = await t.call('GET', `/api/submissions/${number}`, { token: users.otherDept })
    expect(denied.status).toBe(403)
  })

  it('lists submissions whose data PostgreSQL could not parse as JSON', async () => {
    const data = personalData()
    data.item_P_1.xmmc = 'nul\u0000 lone\ud800 "department":"x",'
    const r = await t.call('POST', '/api/published/kaigong/1/submissions', {
      body: { answers: {}, data },
    })
    expect(r.status).toBe(201)
    expect((await list('', users.ownDept)).json.total).toBe(4)
    expect((await list('', users.otherDept)).json.total).toBe(0)
    expect((await list('?q=xj')).json.total).toBe(4)
  })

  it('gives staff parts, materials, checklist and history; the applicant keeps its view', async () => {
    const number = numbers[0]!
    const staff = await t.call('GET', `/api/submissions/${number}`, { token: users.counter })
    expect(staff.status).toBe(200)
    expect(staff.json).toMatchObject({
      number,
      slug: 'kaigong',
      version: 1,
      status: 'submitted',
      statusReason: null,
      checklist: [],
      statusHistory: [{ actor: 'applicant', from: null, to: 'submitted', reason: null }],
    })
    expect(staff.json.data.applicant.uscc).toBe(VALID_USCC)
    expect(staff.json.parts.map((p: { itemCode: string }) => p.itemCode)).toEqual(['P-1', 'L-1'])
    const keys = staff.json.materials.map((m: { key: string }) => m.key)
    expect(keys).toEqual(expect.arrayContaining(['license', 'proposal', 'promise', 'landplan']))
    expect(staff.json.missing.sort()).toEqual(['landplan', 'proposal'])

    const applicant = await t.call('GET', `/api/submissions/${number}?token=${tokens[0]}`)
    expect(applicant.status).toBe(200)
    expect(Object.keys(applicant.json).sort()).toEqual(
      [
        'answers',
        'createdAt',
        'data',
        'number',
        'slug',
        'status',
        'statusReason',
        'updatedAt',
        'version',
      ].sort(),
    )
  })

  it('accepts or returns a submitted application once, recording each change in the audit log', async () => {
    const [first, second] = numbers as [string, string]
    const noReason = await setStatus(second, { status: 'returned' })
    expect(noReason.status).toBe(422)
    expect(noReason.json.error.details[0].path).toBe('reason')
    expect((await setStatus(second, { status: 'returned', reason: '   ' })).status).toBe(422)
    expect((await setStatus(second, { status: 'returned', reason: '长'.repeat(501) })).status).toBe(
      422,
    )
    expect((await setStatus(second, { status: 'submitted' })).status).toBe(422)

    const accepted = await setStatus(first, { status: 'accepted' })
    expect(accepted.status).toBe(200)
    expect(accepted.json).toEqual({
      number: first,
      status: 'accepted',
      statusReason: null,
      updatedAt: expect.any(String),
    })
    const again = await setStatus(first, { status: 'returned', reason: '材料不全' })
    expect(again.status).toBe(409)
    expect(again.json.error).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { from: 'accepted', to: 'returned' },
    })
    expect((await setStatus(first, { status: 'accepted' })).status).toBe(409)

    const reason = '缺少项目建议书原件，请补齐后重新提交'
    const returned = await setStatus(second, { status: 'returned', reason }, t.token)
    expect(returned.json).toMatchObject({ status: 'returned', statusReason: reason })
    expect((await setStatus(second, { status: 'accepted' })).status).toBe(409)

    const applicant = await t.call('GET', `/api/submissions/${second}?token=${tokens[1]}`)
    expect(applicant.json).toMatchObject({ status: 'returned', statusReason: reason })
    const staff = await t.call('GET', `/api/submissions/${second}`, { token: users.counter })
    expect(staff.json.statusHistory).toEqual([
      { at: expect.any(String), actor: 'applicant', from: null, to: 'submitted', reason: null },
      { at: expect.any(String), actor: 'admin', from: 'submitted', to: 'returned', reason },
    ])

    const audit = await t.call('GET', '/api/audit?limit=100', { token: t.token })
    const entries = audit.json.entries.filter((e: { action: string }) => e.action === 'status')
    expect(entries).toHaveLength(2)
    expect(entries).toContainEqual(
      expect.objectContaining({
        actor: 'counter1',
        entity: 'submission',
        entityId: first,
        detail: { from: 'submitted', to: 'accepted', reason: null },
      }),
    )
  })

  it('lets exactly one of two concurrent status changes win', async () => {
    const number = numbers[2]!
    const results = await Promise.all([
      setStatus(number, { status: 'accepted' }),
      setStatus(number, { status: 'returned', reason: '材料不全' }, t.token),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const staff = await t.call('GET', `/api/submissions/${number}`, { token: users.counter })
    expect(staff.json.statusHistory).toHaveLength(2)
  })

  it('lets only counter staff and admins change the status', async () => {
    const number = numbers[0]!
    const anonymous = await t.call('POST', `/api/submissions/${number}/status`, {
      body: { status: 'accepted' },
    })
    expect(anonymous.status).toBe(401)
    expect((await setStatus(number, { status: 'accepted' }, users.ownDept)).status).toBe(403)
    expect((await setStatus(number, { status: 'accepted' }, users.otherDept)).status).toBe(403)
    expect((await setStatus('XJ20000101000001', { status: 'accepted' })).status).toBe(404)
    const withToken = await t.call('POST', `/api/submissions/${number}/status?token=${tokens[0]}`, {
      body: { status: 'accepted' },
    })
    expect(withToken.status).toBe(401)
    const staff = await t.call('GET', `/api/submissions/${number}`, { token: users.counter })
    expect(staff.json.status).toBe('submitted')
  })

  it('stores the ticked materials, refusing keys the tailored list does not have', async () => {
    const number = numbers[0]!
    const tick = (received: unknown, token = users.counter) =>
      t.call('PUT', `/api/submissions/${number}/checklist`, { token, body: { received } })
    const unknown = await tick(['proposal', 'passport'])
    expect(unknown.status).toBe(422)
    expect(unknown.json.error.details).toEqual([
      { path: 'received.1', message: expect.stringContaining('passport') },
    ])
    expect((await tick('proposal')).status).toBe(422)
    expect((await tick(['proposal'], users.ownDept)).status).toBe(403)
    expect(
      (
        await t.call('PUT', `/api/submissions/${number}/checklist`, {
          body: { received: ['proposal'] },
        })
      ).status,
    ).toBe(401)

    const ok = await tick(['landplan', 'proposal', 'proposal'])
    expect(ok.status).toBe(200)
    expect(ok.json).toEqual({
      number,
      checklist: ['proposal', 'landplan'],
      missing: [],
      updatedAt: expect.any(String),
    })
    const staff = await t.call('GET', `/api/submissions/${number}`, { token: users.counter })
    expect(staff.json.checklist).toEqual(['proposal', 'landplan'])
    expect(staff.json.missing).toEqual([])
    const cleared = await tick([])
    expect(cleared.json.missing.sort()).toEqual(['landplan', 'proposal'])

    const audit = await t.call('GET', '/api/audit?limit=100', { token: t.token })
    const entries = audit.json.entries.filter((e: { action: string }) => e.action === 'checklist')
    expect(entries.map((e: { detail: unknown }) => e.detail)).toEqual([
      { before: ['proposal', 'landplan'], after: [] },
      { before: [], after: ['proposal', 'landplan'] },
    ])
  })

  it('documents the counter routes in the OpenAPI document', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).json
    expect(Object.keys(doc.paths['/api/submissions'])).toContain('get')
    expect(doc.paths['/api/submissions/{number}/status'].post).toBeDefined()
    expect(doc.paths['/api/submissions/{number}/checklist'].put).toBeDefined()
  })
})
