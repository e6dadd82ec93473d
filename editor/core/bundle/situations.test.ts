import { describe, expect, it } from 'vitest'
import { coverage, tailor } from '../../../runtime/core/tailor'
import { bundleFixture, FG, GT, ZJ } from '../../../runtime/core/tailor/bundle-fixture'
import type { Answers } from '../../../runtime/core/types'
import * as cmd from './commands'
import {
  answerLabels,
  coverageFlags,
  coverageTable,
  questionUsage,
  ruleTargets,
  situationIssues,
} from './situations'
import { apply, applyAll, merger, seedState } from './testing/seed'

const flagsOf = (bundle: ReturnType<typeof bundleFixture>, answers: Answers) =>
  coverageFlags(bundle, answers, tailor(bundle, answers))

describe('coverageFlags', () => {
  it('flags nothing for a consistent bundle, like runtime coverage', () => {
    const bundle = bundleFixture()
    for (const row of coverage(bundle).rows) expect(flagsOf(bundle, row.answers)).toEqual([])
  })

  it('uses the runtime messages where runtime coverage flags too', () => {
    const bundle = bundleFixture()
    bundle.rules.push(
      { target: { type: 'item', id: GT }, when: { q: 'civilDefense', eq: 'yes' } },
      {
        target: { type: 'material', id: 'shelter-drawings' },
        when: { q: 'invest', answered: true },
      },
      { target: { type: 'section', id: `item_${ZJ}` }, when: { q: 'invest', eq: 'government' } },
    )
    for (const row of coverage(bundle).rows) {
      const mine = flagsOf(bundle, row.answers)
      const shared = mine.filter((f) =>
        ['no-items', 'empty-form', 'material-without-item', 'section-without-fields'].includes(
          f.code,
        ),
      )
      expect(shared.map((f) => f.message)).toEqual(row.flags)
    }
    const none = flagsOf(bundle, { invest: 'government', civilDefense: 'no' })
    expect(none.map((f) => f.code)).toEqual([
      'no-items',
      'empty-form',
      'material-without-item',
      'material-without-item',
      'section-without-fields',
      'section-without-fields',
    ])
    expect(none[2]?.target).toEqual({ type: 'material', id: 'feasibility-approval' })
  })

  it('flags an applicable item whose required fields a section rule hides', () => {
    const bundle = bundleFixture()
    bundle.rules.push({
      target: { type: 'section', id: `item_${FG}` },
      when: { q: 'civilDefense', eq: 'yes' },
    })
    const flags = flagsOf(bundle, { invest: 'enterprise', civilDefense: 'no' })
    expect(flags).toEqual([
      {
        code: 'item-fields-hidden',
        message:
          '事项「企业投资项目备案」适用，但它的必填字段所在的表单分区「企业投资项目备案（经济发展局）」的适用条件不成立',
        target: { type: 'item', id: FG },
      },
    ])
    expect(flagsOf(bundle, { invest: 'enterprise', civilDefense: 'yes' })).toEqual([])
    // a hidden common section counts too, for every applicable item requiring a field in it
    const common = bundleFixture()
    common.rules.push({
      target: { type: 'section', id: 'project' },
      when: { q: 'invest', eq: 'enterprise' },
    })
    const hidden = flagsOf(common, { invest: 'government', funding: [], civilDefense: 'yes' })
    expect(hidden.map((f) => f.target?.id)).toEqual([GT, ZJ])
  })

  it('flags a required material an applicable item needs but a rule switches off', () => {
    const bundle = bundleFixture()
    bundle.rules.push({
      target: { type: 'material', id: 'red-line-map' },
      when: { q: 'invest', eq: 'government' },
    })
    const flags = flagsOf(bundle, { invest: 'enterprise', civilDefense: 'no' })
    expect(flags).toEqual([
      {
        code: 'required-material-excluded',
        message:
          '事项「建设用地规划许可」适用且「建设项目用地红线图」为必要材料，但该材料的适用条件不成立',
        target: { type: 'material', id: 'red-line-map' },
      },
    ])
    // a conditional material may be switched off
    expect(flagsOf(bundleFixture(), { invest: 'enterprise', civilDefense: 'no' })).toEqual([])
  })
})

describe('situations of a draft', () => {
  const s = seedState('lixiang-yongdi')
  const m = merger()(s)

  it('tabulates every combination of answers, with nothing flagged for the seed', () => {
    const table = coverageTable(s, m)
    // investType × (bondFunded when gov) × landSupply: (2 + 1) × 2
    expect(table.rows).toHaveLength(6)
    expect(table.truncated).toBe(false)
    expect(table.never).toEqual([])
    const entAllot = table.rows.find(
      (r) => r.answers.investType === 'ent' && r.answers.landSupply === 'allot',
    )
    expect(entAllot?.items).toEqual(['430100-JJFZ-001', '430100-GTGH-001', '430100-GTGH-002'])
    expect(entAllot?.fields).toBeGreaterThan(0)
    expect(entAllot?.materials).toContain('land-allocation-decision')
    expect(entAllot?.materials).not.toContain('land-grant-contract')
    expect(table.rows.every((r) => r.flags.length === 0)).toBe(true)
    expect(coverageTable(s, m, 2)).toMatchObject({ truncated: true, never: [] })
  })

  it('names targets that apply in no combination', () => {
    const broken = apply(
      s,
      cmd.setRule({ type: 'item', id: '430100-GTGH-001' }, { q: 'investType', eq: 'nobody' }),
    )
    const table = coverageTable(broken, m)
    expect(table.never).toContainEqual({ type: 'item', id: '430100-GTGH-001' })
    expect(situationIssues(broken, m)).toEqual([
      { path: 'rules.2.when.eq', message: '情形问题「项目属于哪类投资？」没有选项「nobody」' },
    ])
  })

  it('validates with checkSituations against the merged targets', () => {
    expect(situationIssues(s, m)).toEqual([])
    const next = applyAll(s, [
      cmd.setRule({ type: 'material', id: 'no-such' }, { q: 'landSupply', eq: 'grant' }),
      cmd.removeOption('landSupply', 'grant'),
    ])
    expect(situationIssues(next, m).map((i) => i.message)).toEqual([
      '情形问题「项目用地以何种方式取得？」没有选项「grant」',
      '规则的目标材料「no-such」不存在',
      '情形问题「项目用地以何种方式取得？」没有选项「grant」',
    ])
  })

  it('lists what rules can target, with their rules', () => {
    const targets = ruleTargets(s, m)
    expect(targets[0]).toEqual({
      target: { type: 'item', id: '430100-JJFZ-001' },
      title: '企业投资项目备案',
      note: '经济发展局',
      rule: { q: 'investType', eq: 'ent' },
    })
    const section = targets.find((t) => t.target.id === 'item_430100_GTGH_001')
    expect(section?.rule).toEqual({ q: 'landSupply', eq: 'allot' })
    expect(targets.filter((t) => t.target.type === 'material')).toHaveLength(m.materials.length)
  })

  it('tells where a question is used and spells answers out', () => {
    expect(questionUsage(s, 'investType')).toEqual({
      followUps: ['bondFunded'],
      rules: [
        { type: 'item', id: '430100-JJFZ-001' },
        { type: 'item', id: '430100-JJFZ-002' },
      ],
    })
    expect(answerLabels(s.doc.situations, { investType: 'gov', bondFunded: 'yes' })).toEqual([
      { question: '项目属于哪类投资？', answer: '政府投资项目' },
      { question: '是否使用地方政府专项债券资金？', answer: '是' },
    ])
    expect(
      answerLabels([{ id: 'm', title: 'M', kind: 'multiple', options: [] }], { m: [] }),
    ).toEqual([{ question: 'M', answer: '（都不选）' }])
  })
})
