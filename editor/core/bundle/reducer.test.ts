import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { executeBundle, reduceBundle } from './reducer'
import { BundleStateError, createBundleState, memberItems, toBundleInput } from './state'
import {
  apply,
  applyAll,
  deepFreeze,
  emptyState,
  seedItem,
  seedState,
  smallItem,
} from './testing/seed'

const A = smallItem('A-1', { name: { type: 'string', title: '单位名称' } })
const B = smallItem('B-2', { name: { type: 'string', title: '单位名称' } })

const withMembers = () => deepFreeze(applyAll(emptyState(), [cmd.addMember(A), cmd.addMember(B)]))

describe('state', () => {
  it('loads a draft with its pinned items, filling the API defaults', () => {
    const s = seedState('shigong-xuke')
    expect(memberItems(s).map((i) => i.code)).toEqual([
      '430100-ZJHB-001',
      '430100-ZJHB-003',
      '430100-ZJHB-002',
    ])
    expect(memberItems(s)).toBe(memberItems(s))
    const bare = createBundleState({ slug: 'x', name: 'y', leadDepartmentId: 'd' })
    expect(toBundleInput(bare)).toEqual({
      slug: 'x',
      name: 'y',
      leadDepartmentId: 'd',
      stage: '其他',
      items: [],
      bindings: [],
      situations: [],
      rules: [],
      overrides: {},
      guide: {},
      rejected: [],
    })
  })

  it('refuses a pin whose version was not loaded, and duplicate codes', () => {
    expect(() => createBundleState({ items: [{ itemId: A.id, version: 2 }] }, [A])).toThrow(
      BundleStateError,
    )
    const twin = { ...A, id: 'other' }
    expect(() =>
      createBundleState(
        {
          items: [
            { itemId: A.id, version: 1 },
            { itemId: 'other', version: 1 },
          ],
        },
        [A, twin],
      ),
    ).toThrow('重复')
  })
})

describe('members', () => {
  it('adds, moves and removes members pinned to a version', () => {
    let s = withMembers()
    expect(s.doc.items).toEqual([
      { itemId: A.id, version: 1 },
      { itemId: B.id, version: 1 },
    ])
    s = apply(s, cmd.moveMember(B.id, 0))
    expect(memberItems(s).map((i) => i.code)).toEqual(['B-2', 'A-1'])
    expect(reduceBundle(s, cmd.moveMember(B.id, 0))).toBe(s)
    s = apply(s, cmd.removeMember(B.id))
    expect(memberItems(s).map((i) => i.code)).toEqual(['A-1'])
    expect(s.members).not.toHaveProperty(B.id)
  })

  it('refuses a second pin of one item, or of its code, and unpublished versions', () => {
    const s = withMembers()
    expect(executeBundle(s, cmd.addMember(A)).error).toBe('事项「事项A-1」已在一件事中')
    expect(executeBundle(s, cmd.addMember({ ...A, id: 'x' })).error).toContain(
      '同一事项只能加入一次',
    )
    expect(executeBundle(s, cmd.addMember({ ...A, id: 'y', code: 'Y', version: 0 })).error).toBe(
      '只能加入已发布的事项版本',
    )
    expect(executeBundle(s, cmd.removeMember('nope')).error).toBe('该事项不在一件事中')
  })

  it('removing a member drops its bindings, rejections, rules and section override', () => {
    let s = withMembers()
    s = applyAll(s, [
      cmd.bind('A-1', 'name', 'applicant.name'),
      cmd.bind('B-2', 'name', 'applicant.name'),
      cmd.rejectSuggestion({ item: 'A-1', path: 'other' }),
      cmd.addSituation({
        id: 'q',
        title: '问题',
        kind: 'single',
        options: [{ value: 'y', label: '是' }],
      }),
      cmd.setRule({ type: 'item', id: 'A-1' }, { q: 'q', eq: 'y' }),
      cmd.setRule({ type: 'section', id: 'item_A_1' }, { q: 'q', eq: 'y' }),
      cmd.setRule({ type: 'item', id: 'B-2' }, { q: 'q', eq: 'y' }),
      cmd.setSectionTitle('item_A_1', '甲'),
    ])
    const after = apply(s, cmd.removeMember(A.id))
    expect(after.doc.bindings).toEqual([{ item: 'B-2', path: 'name', element: 'applicant.name' }])
    expect(after.doc.rejected).toEqual([])
    expect(after.doc.rules).toEqual([
      { target: { type: 'item', id: 'B-2' }, when: { q: 'q', eq: 'y' } },
    ])
    expect(after.doc.overrides).toEqual({ sections: {} })
    expect(after.doc.situations).toBe(s.doc.situations)
  })

  it('upgrades a member to another version, following a changed code', () => {
    let s = applyAll(withMembers(), [
      cmd.bind('A-1', 'name', 'applicant.name'),
      cmd.setRule({ type: 'item', id: 'A-1' }, { q: 'q', answered: true }),
      cmd.setSectionTitle('item_A_1', '甲'),
    ])
    const v2 = { ...A, version: 2, code: 'A-9' }
    s = apply(s, cmd.upgradeMember(v2))
    expect(s.doc.items[0]).toEqual({ itemId: A.id, version: 2 })
    expect(s.members[A.id]).toBe(v2)
    expect(s.doc.bindings).toEqual([{ item: 'A-9', path: 'name', element: 'applicant.name' }])
    expect(s.doc.rules[0]?.target).toEqual({ type: 'item', id: 'A-9' })
    expect(s.doc.overrides.sections).toEqual({ item_A_9: { title: '甲' } })
    expect(executeBundle(s, cmd.upgradeMember({ ...B, id: 'zz' })).error).toBe('该事项不在一件事中')
    expect(executeBundle(s, cmd.upgradeMember({ ...v2, version: 3, code: 'B-2' })).error).toContain(
      '同一事项只能加入一次',
    )
  })
})

describe('bindings and suggestions', () => {
  it('binds, rebinds, unbinds and clears a field through the bundle', () => {
    let s = withMembers()
    s = apply(s, cmd.bind('A-1', 'name', 'applicant.name'))
    expect(reduceBundle(s, cmd.bind('A-1', 'name', 'applicant.name'))).toBe(s)
    s = apply(s, cmd.bind('A-1', 'name', 'contact.name'))
    expect(s.doc.bindings).toEqual([{ item: 'A-1', path: 'name', element: 'contact.name' }])
    s = apply(s, cmd.unbind('A-1', 'name'))
    expect(s.doc.bindings).toEqual([{ item: 'A-1', path: 'name', element: '' }])
    s = apply(s, cmd.clearBinding('A-1', 'name'))
    expect(s.doc.bindings).toEqual([])
    expect(reduceBundle(s, cmd.clearBinding('A-1', 'name'))).toBe(s)
    expect(executeBundle(s, cmd.bind('Z', 'name', 'applicant.name')).error).toBe(
      '事项 Z 不在一件事中',
    )
    expect(executeBundle(s, cmd.bind('A-1', '', 'applicant.name')).error).toBe('字段路径不能为空')
  })

  it('rejects and restores suggestions; accepting a rejected one clears the rejection', () => {
    let s = withMembers()
    s = apply(s, cmd.rejectSuggestion({ item: 'A-1', path: 'name' }))
    expect(s.doc.rejected).toEqual(['A-1:name'])
    expect(reduceBundle(s, cmd.rejectSuggestion({ item: 'A-1', path: 'name' }))).toBe(s)
    expect(apply(s, cmd.unreject('A-1', 'name')).doc.rejected).toEqual([])
    const accepted = apply(
      s,
      cmd.acceptSuggestion({
        item: 'A-1',
        path: 'name',
        element: 'applicant.name',
        confidence: 0.9,
      }),
    )
    expect(accepted.doc.rejected).toEqual([])
    expect(accepted.doc.bindings).toHaveLength(1)
  })

  it('binds every field of a proposed new element in one step', () => {
    const s = withMembers()
    const proposal = { new: true as const, title: '单位名称' }
    expect(() =>
      cmd.acceptSuggestion({ item: 'A-1', path: 'name', element: proposal, confidence: 0.7 }),
    ).toThrow()
    const next = apply(
      s,
      cmd.acceptSuggestion(
        { item: 'A-1', path: 'name', element: proposal, confidence: 0.7 },
        {
          element: 'applicant.unitName',
          fields: [
            { item: 'A-1', path: 'name' },
            { item: 'B-2', path: 'name' },
          ],
        },
      ),
    )
    expect(next.doc.bindings.map((b) => b.element)).toEqual([
      'applicant.unitName',
      'applicant.unitName',
    ])
  })
})

describe('overrides', () => {
  it('sets and resets section titles and orders', () => {
    let s = withMembers()
    s = apply(s, cmd.setSectionTitle('applicant', '建设单位'))
    s = apply(s, cmd.moveSection(['applicant', 'item_A_1', 'item_B_2'], 'item_B_2', 0))
    expect(s.doc.overrides.sections).toEqual({
      applicant: { title: '建设单位', order: 2 },
      item_B_2: { order: 1 },
      item_A_1: { order: 3 },
    })
    expect(reduceBundle(s, cmd.orderSections(['item_B_2', 'applicant', 'item_A_1']))).toBe(s)
    s = apply(s, cmd.setSectionTitle('applicant', null))
    expect(s.doc.overrides.sections?.applicant).toEqual({ order: 2 })
    s = apply(s, cmd.resetSection('applicant'))
    expect(s.doc.overrides.sections).not.toHaveProperty('applicant')
    expect(executeBundle(s, cmd.orderSections(['a', 'a'])).error).toBe('分区顺序中有重复的分区')
  })

  it('patches material overrides; null drops a property, reset drops all', () => {
    let s = withMembers()
    s = apply(s, cmd.setMaterial('business-license', { copies: 2, note: '加盖公章' }))
    s = apply(s, cmd.setMaterial('business-license', { note: null, requirement: 'tolerated' }))
    expect(s.doc.overrides.materials).toEqual({
      'business-license': { copies: 2, requirement: 'tolerated' },
    })
    expect(reduceBundle(s, cmd.setMaterial('business-license', { copies: 2 }))).toBe(s)
    expect(executeBundle(s, cmd.setMaterial('business-license', { copies: -1 })).error).toBe(
      '材料份数应为非负整数',
    )
    expect(
      executeBundle(s, cmd.setMaterial('business-license', { form: 'scan' as never })).error,
    ).toBe('材料形式应为原件、复印件或电子件')
    expect(
      executeBundle(s, { type: 'setMaterial', key: 'x', patch: { key: 'y' } as never }).error,
    ).toBe('材料没有可覆盖的属性「key」')
    s = apply(s, cmd.resetMaterial('business-license'))
    expect(s.doc.overrides.materials).toEqual({})
  })
})

describe('situations', () => {
  const q = {
    id: 'invest',
    title: '投资类型',
    kind: 'single' as const,
    options: [
      { value: 'gov', label: '政府投资' },
      { value: 'ent', label: '企业投资' },
    ],
  }
  const base = () =>
    deepFreeze(
      applyAll(withMembers(), [
        cmd.addSituation(q),
        cmd.addFollowUp(
          { id: 'bond', title: '专项债', kind: 'single', options: [{ value: 'yes', label: '是' }] },
          { q: 'invest', eq: 'gov' },
        ),
        cmd.setRule({ type: 'item', id: 'A-1' }, { any: [{ q: 'invest', in: ['gov', 'ent'] }] }),
      ]),
    )

  it('adds questions, follow-ups and options', () => {
    let s = base()
    expect(s.doc.situations.map((x) => x.id)).toEqual(['invest', 'bond'])
    expect(s.doc.situations[1]?.when).toEqual({ q: 'invest', eq: 'gov' })
    s = apply(s, cmd.addOption('bond', { value: 'no', label: '否' }))
    s = apply(s, cmd.moveOption('bond', 'no', 0))
    expect(s.doc.situations[1]?.options.map((o) => o.value)).toEqual(['no', 'yes'])
    s = apply(s, cmd.removeOption('bond', 'no'))
    s = apply(s, cmd.moveSituation('bond', 0))
    expect(s.doc.situations.map((x) => x.id)).toEqual(['bond', 'invest'])
    s = apply(s, cmd.updateSituation('bond', { when: null, help: '说明' }))
    expect(s.doc.situations[0]).toEqual({
      id: 'bond',
      title: '专项债',
      kind: 'single',
      options: [{ value: 'yes', label: '是' }],
      help: '说明',
    })
    s = apply(s, cmd.removeSituation('bond'))
    expect(s.doc.situations.map((x) => x.id)).toEqual(['invest'])
  })

  it('renaming a question or an option rewrites rules and follow-up conditions', () => {
    let s = base()
    s = apply(s, cmd.updateSituation('invest', { id: 'investType' }))
    expect(s.doc.situations[1]?.when).toEqual({ q: 'investType', eq: 'gov' })
    expect(s.doc.rules[0]?.when).toEqual({ any: [{ q: 'investType', in: ['gov', 'ent'] }] })
    s = apply(s, cmd.updateOption('investType', 'gov', { value: 'government' }))
    expect(s.doc.situations[1]?.when).toEqual({ q: 'investType', eq: 'government' })
    expect(s.doc.rules[0]?.when).toEqual({ any: [{ q: 'investType', in: ['government', 'ent'] }] })
    const labelled = apply(s, cmd.updateOption('investType', 'ent', { label: '企业' }))
    expect(labelled.doc.rules).toBe(s.doc.rules)
  })

  it('refuses bad ids, duplicate ids and option values, and empty values', () => {
    const s = base()
    expect(executeBundle(s, cmd.addSituation({ ...q })).error).toBe('情形问题编号「invest」已存在')
    expect(executeBundle(s, cmd.addSituation({ ...q, id: '投资' })).error).toBe(
      '问题编号只能包含字母、数字、_ 和 -',
    )
    expect(executeBundle(s, cmd.updateSituation('invest', { id: 'bond' })).error).toBe(
      '情形问题编号「bond」已存在',
    )
    expect(executeBundle(s, cmd.addOption('invest', { value: 'gov', label: 'x' })).error).toBe(
      '选项值「gov」重复',
    )
    expect(executeBundle(s, cmd.addOption('invest', { value: ' ', label: 'x' })).error).toBe(
      '选项取值不能为空',
    )
    expect(executeBundle(s, cmd.updateOption('invest', 'gov', { value: 'ent' })).error).toBe(
      '选项值「ent」重复',
    )
    expect(executeBundle(s, cmd.removeSituation('none')).error).toBe('没有情形问题「none」')
  })

  it('sets one rule per target, replacing in place, and removes it with null', () => {
    let s = base()
    s = apply(s, cmd.setRule({ type: 'material', id: 'm' }, { q: 'invest', eq: 'ent' }))
    s = apply(s, cmd.setRule({ type: 'item', id: 'A-1' }, { q: 'invest', eq: 'gov' }))
    expect(s.doc.rules.map((r) => r.target.id)).toEqual(['A-1', 'm'])
    expect(s.doc.rules[0]?.when).toEqual({ q: 'invest', eq: 'gov' })
    s = apply(s, cmd.setRule({ type: 'item', id: 'A-1' }, null))
    expect(s.doc.rules.map((r) => r.target.id)).toEqual(['m'])
    expect(reduceBundle(s, cmd.setRule({ type: 'item', id: 'A-1' }, null))).toBe(s)
    expect(executeBundle(s, cmd.setRule({ type: 'x' as never, id: 'A' }, null)).error).toBe(
      '规则目标类型应为事项、材料或表单分区',
    )
  })
})

describe('guide', () => {
  it('sets and removes elements, refusing unknown ones and wrong types', () => {
    let s = withMembers()
    s = apply(s, cmd.setGuide({ fee: '不收费', visits: 1, timeLimit: { legal: 20, promised: 5 } }))
    expect(s.doc.guide).toEqual({ fee: '不收费', visits: 1, timeLimit: { legal: 20, promised: 5 } })
    expect(reduceBundle(s, cmd.setGuideElement('fee', '不收费'))).toBe(s)
    s = apply(s, cmd.setGuideElement('visits', null))
    expect(s.doc.guide).not.toHaveProperty('visits')
    expect(executeBundle(s, cmd.setGuide({ colour: 'red' } as never)).error).toBe(
      '办事指南没有要素「colour」',
    )
    expect(executeBundle(s, cmd.setGuideElement('visits', -1)).error).toBe('到现场次数应为非负整数')
    expect(executeBundle(s, cmd.setGuideElement('timeLimit', { legal: 1 } as never)).error).toBe(
      '法定/承诺时限应为非负的工作日数',
    )
  })

  it('edits list entries: add, patch, move, remove', () => {
    let s = withMembers()
    s = apply(s, cmd.addGuideEntry('process', { title: '受理', department: '甲局', days: 1 }))
    s = apply(
      s,
      cmd.addGuideEntry('process', { title: '审批', department: '乙局', days: 5, parallel: 'p' }),
    )
    s = apply(s, cmd.updateGuideEntry('process', 1, { days: 3, parallel: null }))
    expect(s.doc.guide.process).toEqual([
      { title: '受理', department: '甲局', days: 1 },
      { title: '审批', department: '乙局', days: 3 },
    ])
    s = apply(s, cmd.moveGuideEntry('process', 1, 0))
    expect(s.doc.guide.process?.map((p) => p.title)).toEqual(['审批', '受理'])
    s = apply(s, cmd.removeGuideEntry('process', 0))
    expect(s.doc.guide.process).toHaveLength(1)
    s = apply(s, cmd.addGuideEntry('basis', '《行政许可法》'))
    s = apply(s, cmd.updateGuideEntry('basis', 0, '《中华人民共和国行政许可法》'))
    expect(s.doc.guide.basis).toEqual(['《中华人民共和国行政许可法》'])
    expect(executeBundle(s, cmd.removeGuideEntry('faq', 0)).error).toBe('办事指南中没有该条目')
    expect(executeBundle(s, cmd.updateGuideEntry('process', 0, { days: -2 })).error).toBe(
      '步骤时限应为非负的工作日数',
    )
  })
})

describe('meta', () => {
  it('edits name, slug, stage and lead department; refuses slug characters', () => {
    let s = withMembers()
    s = apply(s, cmd.setMeta({ name: '新名称', slug: 'new-slug', stage: '施工许可' }))
    expect(s.doc).toMatchObject({ name: '新名称', slug: 'new-slug', stage: '施工许可' })
    expect(reduceBundle(s, cmd.setMeta({ name: '新名称' }))).toBe(s)
    expect(executeBundle(s, cmd.setMeta({ slug: 'Bad Slug' })).error).toContain('slug')
    expect(executeBundle(s, { type: 'nope' } as never).error).toBe('未知的操作「nope」')
  })

  it('never mutates the state it starts from', () => {
    const s = deepFreeze(seedState('lixiang-yongdi'))
    const before = JSON.stringify(s.doc)
    apply(s, cmd.removeMember(seedItem('430100-GTGH-002').id))
    apply(s, cmd.updateOption('investType', 'gov', { value: 'government' }))
    apply(s, cmd.setGuide({ fee: '收费' }))
    expect(JSON.stringify(s.doc)).toBe(before)
  })
})
