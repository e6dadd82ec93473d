import { describe, expect, it } from 'vitest'
import { bundleFixture, FG, GT, ZJ } from './bundle-fixture'
import { coverage } from './coverage'

describe('coverage', () => {
  it('tailors every combination of the fixture without flags', () => {
    const { rows, truncated } = coverage(bundleFixture())
    expect(truncated).toBe(false)
    expect(rows).toHaveLength(18)
    for (const row of rows) expect(row.flags).toEqual([])
    const last = rows.at(-1)
    expect(last).toEqual({
      answers: { invest: 'enterprise', civilDefense: 'no' },
      items: [FG, GT],
      materials: ['business-license', 'record-form', 'red-line-map'],
      fields: 15,
      flags: [],
    })
    expect(coverage(bundleFixture())).toEqual({ rows, truncated })
  })

  it('flags combinations where rules leave nothing or contradict the items', () => {
    const bundle = bundleFixture()
    bundle.rules.push(
      { target: { type: 'item', id: GT }, when: { q: 'civilDefense', eq: 'yes' } },
      {
        target: { type: 'material', id: 'shelter-drawings' },
        when: { q: 'invest', answered: true },
      },
      { target: { type: 'section', id: `item_${ZJ}` }, when: { q: 'invest', eq: 'government' } },
    )
    const rows = coverage(bundle).rows
    const govNo = rows.find(
      (r) => r.answers.invest === 'government' && r.answers.civilDefense === 'no',
    )
    expect(govNo?.items).toEqual([])
    expect(govNo?.flags).toEqual([
      '没有适用的事项',
      '表单没有任何字段',
      // GT no longer applies, so the 政府投资 rules hold over nothing as well
      '材料「可行性研究报告批复」的适用条件成立，但需要它的事项都不适用',
      '材料「防空地下室施工图设计文件」的适用条件成立，但需要它的事项都不适用',
      '表单分区「政府投资信息」的适用条件成立，但该分区没有字段',
      '表单分区「结合民用建筑修建防空地下室审批（住建环保局）」的适用条件成立，但该分区没有字段',
    ])
    const govYes = rows.find(
      (r) => r.answers.invest === 'government' && r.answers.civilDefense === 'yes',
    )
    expect(govYes?.flags).toEqual([])
  })

  it('reports truncation', () => {
    const r = coverage(bundleFixture(), 5)
    expect(r.rows).toHaveLength(5)
    expect(r.truncated).toBe(true)
  })
})
