import { describe, expect, it } from 'vitest'
import type { ApplicabilityRule, Situation } from '../types'
import { checkSituations } from './check-situations'
import { QUESTIONS } from './situations-fixture'

const targets = { items: ['A', 'B'], materials: ['license'], sections: ['applicant', 'item_A'] }

describe('checkSituations', () => {
  it('accepts a consistent definition', () => {
    const rules: ApplicabilityRule[] = [
      { target: { type: 'item', id: 'B' }, when: { q: 'civilDefense', eq: 'yes' } },
      {
        target: { type: 'material', id: 'license' },
        when: { q: 'funding', in: ['bond', 'local'] },
      },
      {
        target: { type: 'section', id: 'item_A' },
        when: { not: { q: 'invest', answered: false } },
      },
    ]
    expect(checkSituations(QUESTIONS, rules, targets)).toEqual([])
  })

  it('reports duplicate ids, empty options, duplicate option values', () => {
    const list: Situation[] = [
      { id: 'x', title: 'X', kind: 'single', options: [] },
      {
        id: 'x',
        title: 'X2',
        kind: 'single',
        options: [
          { value: 'a', label: '甲' },
          { value: 'a', label: '乙' },
        ],
      },
    ]
    expect(checkSituations(list, [], targets)).toEqual([
      { path: 'situations.0.options', message: '情形问题「X」没有选项' },
      { path: 'situations.1.id', message: '情形问题编号「x」重复' },
      { path: 'situations.1.options.1.value', message: '情形问题「X2」的选项值「a」重复' },
    ])
  })

  it('reports references to unknown questions and options', () => {
    const list: Situation[] = [
      ...QUESTIONS,
      {
        id: 'extra',
        title: '补充',
        kind: 'single',
        options: [{ value: 'y', label: '是' }],
        when: {
          any: [
            { q: 'ghost', eq: 'y' },
            { q: 'invest', in: ['government', 'mixed'] },
          ],
        },
      },
    ]
    const rules: ApplicabilityRule[] = [
      { target: { type: 'item', id: 'A' }, when: { q: 'civilDefense', eq: 'maybe' } },
    ]
    expect(checkSituations(list, rules, targets)).toEqual([
      { path: 'situations.4.when.any.0.q', message: '条件引用了不存在的情形问题「ghost」' },
      {
        path: 'situations.4.when.any.1.in.1',
        message: '情形问题「是否政府投资项目」没有选项「mixed」',
      },
      { path: 'rules.0.when.eq', message: '情形问题「是否涉及人防」没有选项「maybe」' },
    ])
  })

  it('reports cycles among follow-ups once', () => {
    const opt = [{ value: 'y', label: '是' }]
    const list: Situation[] = [
      { id: 'a', title: 'A', kind: 'single', options: opt, when: { q: 'c', eq: 'y' } },
      { id: 'b', title: 'B', kind: 'single', options: opt, when: { q: 'a', eq: 'y' } },
      { id: 'c', title: 'C', kind: 'single', options: opt, when: { q: 'b', eq: 'y' } },
      { id: 'd', title: 'D', kind: 'single', options: opt, when: { q: 'd', answered: true } },
    ]
    expect(checkSituations(list, [], targets)).toEqual([
      { path: 'situations.0.when', message: '情形问题的显示条件形成循环：a → c → b → a' },
      { path: 'situations.3.when', message: '情形问题的显示条件形成循环：d → d' },
    ])
  })

  it('reports rule targets that do not exist and malformed rules', () => {
    const rules = [
      { target: { type: 'item', id: 'Z' }, when: { q: 'invest', eq: 'government' } },
      { target: { type: 'material', id: 'nope' }, when: { q: 'invest', answered: 'yes' } },
      { target: { type: 'section', id: 'item_Q' }, when: { all: 'x' } },
      { target: { type: 'page', id: 'x' }, when: 42 },
      { target: { type: 'item', id: 'A' } },
    ] as unknown as ApplicabilityRule[]
    expect(checkSituations(QUESTIONS, rules, targets)).toEqual([
      { path: 'rules.0.target.id', message: '规则的目标事项「Z」不存在' },
      { path: 'rules.1.target.id', message: '规则的目标材料「nope」不存在' },
      { path: 'rules.1.when.answered', message: '条件 answered 应为 true 或 false' },
      { path: 'rules.2.target.id', message: '规则的目标表单分区「item_Q」不存在' },
      { path: 'rules.2.when.all', message: '条件列表应为数组' },
      { path: 'rules.3.target.type', message: '规则目标类型应为事项、材料或表单分区' },
      { path: 'rules.3.when', message: '条件格式无效' },
      { path: 'rules.4.when', message: '规则缺少条件' },
    ])
  })

  it('reports missing ids, titles, kinds and option values', () => {
    const list = [
      { id: '', title: '', kind: 'text', options: [{ value: '', label: '' }] },
    ] as unknown as Situation[]
    expect(checkSituations(list, [], targets)).toEqual([
      { path: 'situations.0.id', message: '情形问题缺少编号' },
      { path: 'situations.0.title', message: '情形问题「」缺少标题' },
      { path: 'situations.0.kind', message: '情形问题「」的题型应为单选或多选' },
      { path: 'situations.0.options.0.value', message: '情形问题「」的选项缺少取值' },
    ])
  })
})
