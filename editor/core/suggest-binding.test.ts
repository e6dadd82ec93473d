import { describe, expect, it } from 'vitest'
import { elements } from '../../templates/elements'
import * as cmd from './commands'
import { createState } from './state'
import { bindingSuggester, suggestBindings } from './suggest-binding'
import { addEntry, apply, at } from './testing/build'

const ids = (list: { element: { id: string } }[]) => list.map((s) => s.element.id)

describe('binding suggestions', () => {
  const suggest = bindingSuggester(elements)

  it('suggests elements whose title or synonym matches the field title', () => {
    let s = createState()
    s = addEntry(s, 'text').state
    s = apply(s, cmd.update(s.selection!, { title: '建设单位名称' }))
    const out = suggest(s, s.selection!)
    expect(ids(out)[0]).toBe('applicant.name')
    expect(out[0]!.confidence).toBeGreaterThanOrEqual(0.8)
    s = addEntry(s, 'uscc').state
    expect(ids(suggest(s, s.selection!))[0]).toBe('applicant.uscc')
  })

  it('reads the section titles for whose data it is (联系人 vs 法定代表人)', () => {
    const s = createState({
      schema: {
        type: 'object',
        properties: {
          legal: {
            type: 'object',
            title: '法定代表人',
            properties: { phone: { type: 'string', title: '法定代表人手机', format: 'cn-mobile' } },
          },
        },
      },
      uiSchema: {},
    })
    expect(ids(suggest(s, at(s, 'legal.phone')))[0]).toBe('legalRep.mobile')
  })

  it('reads a short title through its section, as printed forms do (经办人信息 › 姓名)', () => {
    const s = createState({
      schema: {
        type: 'object',
        properties: {
          jbr: {
            type: 'object',
            title: '经办人信息',
            properties: {
              xm: { type: 'string', title: '姓名' },
              sj: { type: 'string', title: '手机' },
            },
          },
          sk: {
            type: 'object',
            title: '收款单位',
            properties: { khyh: { type: 'string', title: '开户银行' } },
          },
        },
      },
      uiSchema: {},
    })
    expect(ids(suggest(s, at(s, 'jbr.xm')))[0]).toBe('agent.name')
    expect(ids(suggest(s, at(s, 'jbr.sj')))[0]).toBe('agent.mobile')
    expect(ids(suggest(s, at(s, 'sk.khyh')))).toEqual([])
  })

  it('leaves out elements bound elsewhere in the form, and incompatible ones', () => {
    let s = createState({
      schema: {
        type: 'object',
        properties: {
          a: { type: 'string', title: '统一社会信用代码', 'x-element': 'applicant.uscc' },
          b: { type: 'string', title: '统一社会信用代码' },
          n: { type: 'number', title: '统一社会信用代码' },
        },
      },
      uiSchema: {},
    })
    expect(ids(suggest(s, at(s, 'b')))).not.toContain('applicant.uscc')
    expect(ids(suggest(s, at(s, 'n')))).not.toContain('applicant.uscc')
    s = apply(s, cmd.bind(at(s, 'a'), null))
    expect(ids(suggest(s, at(s, 'b')))).toContain('applicant.uscc')
  })

  it('ignores the placeholder options of a new choice field, but not options typed in', () => {
    let s = createState()
    s = addEntry(s, 'select').state
    s = apply(s, cmd.update(s.selection!, { title: '结构类型' }))
    expect(ids(suggest(s, s.selection!))[0]).toBe('building.structure')
    s = addEntry(s, 'checkboxes').state
    s = apply(s, cmd.update(s.selection!, { title: '资金来源' }))
    expect(ids(suggest(s, s.selection!))[0]).toBe('investment.fundingSource')
    s = apply(s, cmd.update(s.selection!, { options: [{ value: '自有资金以外的来源' }] }))
    expect(ids(suggest(s, s.selection!))).not.toContain('investment.fundingSource')
  })

  it('suggests nothing for unknown titles, sections, notes; honours limit', () => {
    let s = createState()
    s = addEntry(s, 'text').state
    s = apply(s, cmd.update(s.selection!, { title: '今天的天气' }))
    expect(suggest(s, s.selection!)).toEqual([])
    s = addEntry(s, 'section').state
    expect(suggest(s, s.selection!)).toEqual([])
    s = addEntry(s, 'note').state
    expect(suggest(s, s.selection!)).toEqual([])
    s = addEntry(s, 'text').state
    s = apply(s, cmd.update(s.selection!, { title: '名称' }))
    expect(
      suggestBindings(s, s.selection!, elements, { limit: 1, minConfidence: 0 }).length,
    ).toBeLessThanOrEqual(1)
  })
})
