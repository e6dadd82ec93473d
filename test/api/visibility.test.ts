/**
 * Visibility rules (`x-visible-when`) through the API: merge rewrites them, submission validation
 * neither requires nor checks hidden fields, and hidden values are neither stored nor sent to any
 * department. The tests marked (wiring) need the two visibility lines in createSubmission.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ELEMENTS, publishBundle, VALID_USCC } from '../fixtures/bundle'
import { department, publishedItem } from '../fixtures/forms'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const MORE_ELEMENTS = [
  {
    id: 'project.governmentInvested',
    title: '是否政府投资',
    group: '项目信息',
    synonyms: [],
    schema: { type: 'boolean' },
  },
  {
    id: 'project.govFund',
    title: '财政资金',
    group: '项目信息',
    synonyms: [],
    schema: { type: 'number', minimum: 0 },
  },
]

/** 事项A: a document number only for government investment, an agent group, a column per row. */
const formA = {
  type: 'object',
  required: ['dwmc', 'isGov', 'fundDoc'],
  properties: {
    dwmc: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' },
    isGov: { type: 'boolean', title: '是否政府投资', 'x-element': 'project.governmentInvested' },
    fundDoc: {
      type: 'string',
      title: '资金文号',
      maxLength: 20,
      'x-visible-when': { q: 'isGov', eq: true },
    },
    govFund: { type: 'number', title: '财政资金（万元）', 'x-element': 'project.govFund' },
    byAgent: { type: 'boolean', title: '是否委托办理' },
    agent: {
      type: 'object',
      title: '委托代理人',
      required: ['name', 'mobile'],
      'x-visible-when': { q: 'byAgent', eq: true },
      properties: {
        name: { type: 'string', title: '姓名' },
        mobile: { type: 'string', title: '手机', format: 'cn-mobile' },
      },
    },
    units: {
      type: 'array',
      title: '参建单位',
      items: {
        type: 'object',
        required: ['role', 'licence'],
        properties: {
          role: { type: 'string', title: '单位类型', enum: ['设计', '施工'] },
          licence: {
            type: 'string',
            title: '施工资质证书号',
            'x-visible-when': { q: 'units[].role', eq: '施工' },
          },
        },
      },
    },
  },
}

/** 事项B: shares the government-investment answer; wants the fund amount only when it is 是. */
const formB = {
  type: 'object',
  required: ['applicantName'],
  properties: {
    applicantName: { type: 'string', title: '申请单位名称', 'x-element': 'applicant.name' },
    creditCode: { type: 'string', title: '统一社会信用代码', 'x-element': 'applicant.uscc' },
    zfTz: { type: 'boolean', title: '政府投资', 'x-element': 'project.governmentInvested' },
    fund: {
      type: 'number',
      title: '财政资金',
      'x-element': 'project.govFund',
      'x-visible-when': { q: 'zfTz', eq: true },
    },
  },
}

async function publish(t: TestApp) {
  for (const e of [...ELEMENTS, ...MORE_ELEMENTS]) {
    const r = await t.call('POST', '/api/elements', { token: t.token, body: e })
    if (r.status !== 201) throw new Error(`element: ${r.status} ${r.text}`)
  }
  const d1 = await department(t)
  const d2 = await department(t, '国土规划局')
  const a = await publishedItem(t, 'A-1', d1, formA)
  const b = await publishedItem(t, 'B-1', d2, formB)
  const { bundleId } = await publishBundle(t, {
    slug: 'vis',
    name: '显示条件一件事',
    leadDepartmentId: d1,
    stage: '立项用地规划许可',
    items: [
      { itemId: a.id, version: a.version },
      { itemId: b.id, version: b.version },
    ],
  })
  return bundleId
}

const submit = (t: TestApp, data: unknown) =>
  t.call('POST', '/api/published/vis/1/submissions', { body: { answers: {}, data } })

/** Not government-invested, no agent; one 设计 row without a licence. */
const privateProject = () => ({
  applicant: { name: '示例科技有限公司', uscc: VALID_USCC },
  project: { governmentInvested: false, govFund: 300 },
  item_A_1: { byAgent: false, units: [{ role: '设计' }] },
})

describe.each(dbKinds)('visibility rules on %s', (kind) => {
  let t: TestApp
  let bundleId: string
  beforeEach(async () => {
    t = await testApp(kind)
    bundleId = await publish(t)
  })
  afterEach(async () => {
    await t.close()
  })

  const stored = async (number: string, token: string) => {
    const sub = await t.call('GET', `/api/submissions/${number}?token=${token}`)
    const parts = await t.call('GET', `/api/submissions/${number}/parts?token=${token}`)
    return { data: sub.json.data, parts: parts.json as { itemCode: string; data: unknown }[] }
  }

  it('publishes 一张表 with the rules rewritten to merged paths', async () => {
    const m = await t.call('GET', `/api/bundles/${bundleId}/merged`, { token: t.token })
    expect(m.status).toBe(200)
    expect(m.json.conflicts).toEqual([])
    const a = m.json.schema.properties.item_A_1.properties
    expect(a.fundDoc['x-visible-when']).toEqual({ q: 'project.governmentInvested', eq: true })
    expect(a.agent['x-visible-when']).toEqual({ q: 'item_A_1.byAgent', eq: true })
    expect(a.units.items.properties.licence['x-visible-when']).toEqual({
      q: 'item_A_1.units[].role',
      eq: '施工',
    })
    // 事项A always wants the fund amount: the shared field has no rule
    expect(m.json.schema.properties.project.properties.govFund['x-visible-when']).toBeUndefined()
  })

  it('(wiring) accepts a submission without the required fields its answers hide', async () => {
    const r = await submit(t, privateProject())
    expect(r.status, r.text).toBe(201)
  })

  it('still requires a conditional field once its rule holds', async () => {
    const data = privateProject()
    data.project.governmentInvested = true
    data.item_A_1 = {
      byAgent: true,
      units: [{ role: '施工' }],
      agent: { name: '李四' },
    } as never
    const r = await submit(t, data)
    expect(r.status).toBe(422)
    const paths = (r.json.error.details as { path: string }[]).map((d) => d.path).sort()
    expect(paths).toEqual(['item_A_1.agent.mobile', 'item_A_1.fundDoc', 'item_A_1.units.0.licence'])
  })

  it('(wiring) neither checks, stores nor sends on the values of hidden fields', async () => {
    const data = {
      ...privateProject(),
      item_A_1: {
        byAgent: false,
        // hidden, and invalid: not a mobile number, too long a document number
        agent: { name: '李四', mobile: '12345' },
        fundDoc: '这是一个远远超过二十个字符长度限制的资金文号，本应报错',
        units: [
          { role: '设计', licence: 'SJ-001' },
          { role: '施工', licence: 'SG-002' },
        ],
      },
    }
    const r = await submit(t, data)
    expect(r.status, r.text).toBe(201)
    const { data: kept, parts } = await stored(r.json.number, r.json.token)
    expect(kept.item_A_1).toEqual({
      byAgent: false,
      units: [{ role: '设计' }, { role: '施工', licence: 'SG-002' }],
    })
    const a = parts.find((p) => p.itemCode === 'A-1')?.data as Record<string, unknown>
    expect(a).not.toHaveProperty('fundDoc')
    expect(a).not.toHaveProperty('agent')
    expect(a.units).toEqual([{ role: '设计' }, { role: '施工', licence: 'SG-002' }])
  })

  it('(wiring) sends a shared value only to the departments whose own rule shows it', async () => {
    const data = privateProject()
    ;(data.item_A_1.units[0] as Record<string, unknown>).role = '施工'
    ;(data.item_A_1.units[0] as Record<string, unknown>).licence = 'SG-1'
    const r = await submit(t, data)
    expect(r.status, r.text).toBe(201)
    const { parts } = await stored(r.json.number, r.json.token)
    expect(parts.find((p) => p.itemCode === 'A-1')?.data).toMatchObject({ govFund: 300 })
    // 事项B asks for the fund only for government investment
    expect(parts.find((p) => p.itemCode === 'B-1')?.data).toEqual({
      applicantName: '示例科技有限公司',
      creditCode: VALID_USCC,
      zfTz: false,
    })
  })
})
