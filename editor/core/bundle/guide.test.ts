import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import {
  defaultFee,
  defaultGuide,
  defaultProcess,
  fillGuideDefaults,
  generateProcess,
  guideView,
  guideWarnings,
  NO_FEE,
  processDays,
} from './guide'
import { memberItems } from './state'
import { apply, applyAll, emptyState, seedItem, seedState, smallItem } from './testing/seed'

const items = () =>
  ['430100-GTGH-003', '430100-ZJHB-005', '430100-ZJHB-004'].map((c) => seedItem(c))

describe('default process', () => {
  it('一家牵头 受理 → one parallel step per department → 限时办结', () => {
    const steps = defaultProcess(items(), '国土规划局')
    expect(steps.map((s) => [s.title, s.department, s.days, s.parallel])).toEqual([
      ['一窗受理', '国土规划局', 1, undefined],
      ['建设工程规划许可证核发', '国土规划局', 7, 'parallel'],
      [
        '建设工程附属绿化工程设计方案审查、结合民用建筑修建防空地下室审批（含易地建设）',
        '住建环保局',
        5,
        'parallel',
      ],
      ['限时办结、统一出件', '国土规划局', 1, undefined],
    ])
    expect(processDays(steps)).toBe(1 + 7 + 1)
  })

  it('counts consecutive steps of one parallel group once, as the longest', () => {
    expect(
      processDays([
        { title: 'a', department: 'x', days: 1 },
        { title: 'b', department: 'y', days: 4, parallel: 'p' },
        { title: 'c', department: 'z', days: 6, parallel: 'p' },
        { title: 'd', department: 'z', days: 2, parallel: 'q' },
        { title: 'e', department: 'x', days: 1 },
      ]),
    ).toBe(1 + 6 + 2 + 1)
    expect(processDays([])).toBe(0)
  })
})

describe('default guide', () => {
  it('derives implementer, departments, basis, conditions, time limits, fee and result', () => {
    const g = defaultGuide(items(), '国土规划局')
    expect(g.implementer).toBe('国土规划局（牵头），会同住建环保局并联实施')
    expect(g.jointDepartments).toEqual(['住建环保局'])
    expect(new Set(g.basis).size).toBe(g.basis?.length)
    expect(g.timeLimit).toEqual({ legal: 20, promised: 9 })
    // a fee with a caveat is a fee: named per item
    expect(g.fee).toBe(
      '结合民用建筑修建防空地下室审批（含易地建设）：不收费（易地建设的，按规定缴纳防空地下室易地建设费）',
    )
    expect(g.result?.name).toContain('建设工程规划许可证核发')
  })

  it('says 「不收费」 when no member charges', () => {
    expect(defaultFee([smallItem('A', {}), smallItem('B', {}, { fee: '' })])).toBe(NO_FEE)
    expect(defaultFee([smallItem('A', {}, { fee: '100 元' })])).toBe('事项A：100 元')
  })

  it('fills only what is missing, in one command', () => {
    let s = seedState('gongcheng-jianshe')
    expect(fillGuideDefaults(s, '国土规划局')).toBeUndefined()
    s = apply(s, cmd.setGuide({ fee: null, process: null, consultPhone: null }))
    const fill = fillGuideDefaults(s, '国土规划局')
    expect(fill).toEqual(
      cmd.setGuide({
        process: defaultProcess(memberItems(s), '国土规划局'),
        fee: expect.any(String),
      }),
    )
    s = apply(s, fill!)
    expect(guideView(s).completeness.missing.map((m) => m.key)).toEqual(['consultPhone'])
    expect(apply(s, generateProcess(s, '国土规划局')).doc.guide.process).toEqual(
      defaultProcess(memberItems(s), '国土规划局'),
    )
  })
})

describe('guide view', () => {
  it('meters completeness and lists what is missing', () => {
    const empty = guideView(emptyState())
    expect(empty.completeness.rate).toBe(0)
    expect(empty.completeness.missing).toHaveLength(18)
    const full = guideView(seedState('jungong-yanshou'))
    expect(full.completeness).toEqual({ rate: 1, missing: [] })
    expect(full.flow.length).toBeLessThan(seedState('jungong-yanshou').doc.guide.process!.length)
    expect(full.days).toBe(processDays(seedState('jungong-yanshou').doc.guide.process!))
  })

  it('warns about time limits, missing departments and fee wording', () => {
    let s = applyAll(emptyState(), [
      cmd.addMember(smallItem('A', {})),
      cmd.addMember(smallItem('B', {}, { department: '乙局' })),
    ])
    s = apply(
      s,
      cmd.setGuide({
        timeLimit: { legal: 5, promised: 8 },
        fee: '免费',
        process: [
          { title: '受理', department: '某局', days: 3 },
          { title: '', department: '', days: 9 },
        ],
      }),
    )
    expect(guideWarnings(s).map((w) => w.message)).toEqual([
      '承诺时限 8 个工作日超过法定时限 5 个工作日',
      '办理流程合计 12 个工作日，超过承诺时限 8 个工作日',
      '办理流程中没有成员部门「乙局」的步骤',
      '第 2 步缺少名称',
      '第 2 步缺少办理部门',
      '不收费时请写「不收费」',
    ])
    for (const slug of ['lixiang-yongdi', 'gongcheng-jianshe', 'shigong-xuke', 'jungong-yanshou'])
      expect(guideWarnings(seedState(slug)), slug).toEqual([])
  })
})
