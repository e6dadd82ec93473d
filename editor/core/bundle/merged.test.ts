import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { conflictsOf, tryCommand } from './conflicts'
import { bindingOf, createMerger, fieldOf, fieldsOf, sectionKeys, sectionsOf } from './merged'
import { memberItems } from './state'
import {
  acceptProposed,
  elementCandidates,
  elementChoices,
  proposalGroups,
  proposedElement,
  suggestionsOf,
} from './suggestions'
import { apply, applyAll, ctx, emptyState, merger, seedState, smallItem } from './testing/seed'

describe('merger', () => {
  it('merges once per members, bindings, overrides and rejections', () => {
    const merge = merger()
    const s = seedState('shigong-xuke')
    const m = merge(s)
    expect(merge(apply(s, cmd.setGuide({ fee: '收费' })))).toBe(m)
    expect(
      merge(apply(s, cmd.addSituation({ id: 'x', title: 'x', kind: 'single', options: [] }))),
    ).toBe(m)
    const bound = apply(s, cmd.bind('430100-ZJHB-001', 'gc.jsgm', 'project.scale'))
    expect(merge(bound)).not.toBe(m)
    expect(merge(s)).toBe(m)
  })
})

describe('merged view', () => {
  const s = seedState('shigong-xuke')
  const m = merger()(s)

  it('lists sections in display order with their fields and who uses them', () => {
    const sections = sectionsOf(s, m)
    expect(sections.map((x) => x.key)).toEqual(sectionKeys(m))
    const applicant = sections[0]
    expect(applicant).toMatchObject({ key: 'applicant', kind: 'common', title: '申请单位信息' })
    const name = applicant?.fields.find((f) => f.path === 'applicant.name')
    expect(name?.users.map((u) => [u.item, u.path, u.binding])).toEqual([
      ['430100-ZJHB-001', 'jsdw.jsdwmc', 'own'],
      ['430100-ZJHB-003', 'project.builder_name', 'own'],
      ['430100-ZJHB-002', 'builder.builderName', 'own'],
    ])
    expect(name).toMatchObject({
      element: 'applicant.name',
      required: true,
      departments: ['住建环保局'],
    })
    const own = sections.find((x) => x.key === 'item_430100_ZJHB_003')
    expect(own).toMatchObject({ kind: 'item', item: '430100-ZJHB-003' })
    expect(own?.rule).toEqual({ q: 'wasteDisposal', eq: 'yes' })
    // every mapping entry's field is listed once
    const fields = fieldsOf(s, m)
    expect(new Set(fields.map((f) => f.path)).size).toBe(fields.length)
    expect(fields.map((f) => f.path).sort()).toEqual(
      [...new Set(m.mapping.map((e) => e.merged))].sort(),
    )
    expect(sectionsOf(s, m)).toBe(sections)
  })

  it('marks fields bound by the bundle', () => {
    const site = fieldsOf(s, m).find((f) => f.path === 'project.location')
    expect(site?.users.find((u) => u.item === '430100-ZJHB-003')?.binding).toBe('bundle')
    const item = memberItems(s)[1]!
    expect(bindingOf(s, item, 'project.site_address')).toEqual({
      source: 'bundle',
      element: 'project.location',
    })
    expect(fieldOf(item, 'nope')).toBeUndefined()
  })

  it('shows a section title override and order', () => {
    const next = applyAll(s, [
      cmd.setSectionTitle('applicant', '建设单位'),
      cmd.moveSection(sectionKeys(m), 'item_430100_ZJHB_001', 0),
    ])
    const sections = sectionsOf(next, merger()(next))
    expect(sections[0]?.key).toBe('item_430100_ZJHB_001')
    expect(sections.find((x) => x.key === 'applicant')).toMatchObject({
      title: '建设单位',
      override: { title: '建设单位' },
    })
  })
})

describe('suggestions', () => {
  it('accepting adds a bundle binding, moving the field into the common section', () => {
    const merge = merger()
    const s = seedState('shigong-xuke')
    const list = suggestionsOf(s, merge(s), ctx.elements)
    const uscc = list.find((v) => v.key === '430100-ZJHB-003:applicant.unit_credit_code')
    expect(uscc).toMatchObject({
      itemName: '城市建筑垃圾处置核准',
      fieldTitle: '申请单位统一社会信用代码',
      elementTitle: '统一社会信用代码',
      proposed: false,
    })
    const accepted = apply(s, uscc!.accept!)
    // the other department's item is untouched: the binding is the bundle's
    expect(accepted.members).toBe(s.members)
    const m = merge(accepted)
    expect(m.suggestions.map((x) => `${x.item}:${x.path}`)).not.toContain(uscc?.key)
    expect(m.mapping).toContainEqual(
      expect.objectContaining({
        item: '430100-ZJHB-003',
        path: 'applicant.unit_credit_code',
        merged: 'applicant.uscc',
      }),
    )
    const rejected = apply(s, uscc!.reject)
    expect(rejected.doc.rejected).toEqual(['430100-ZJHB-003:applicant.unit_credit_code'])
    expect(merge(rejected).suggestions).toHaveLength(list.length - 1)
  })

  it('groups a proposed new element and drafts the element to create', () => {
    const field = { type: 'number', title: '临时用电容量', minimum: 0 }
    const s = applyAll(emptyState(), [
      cmd.addMember(
        smallItem('A', {
          project: {
            type: 'object',
            properties: {
              name: { type: 'string', title: '项目名称', 'x-element': 'project.name' },
              permitNo: field,
            },
          },
        }),
      ),
      cmd.addMember(
        smallItem('B', { project: { type: 'object', properties: { permitNo: { ...field } } } }),
      ),
    ])
    const m = merger()(s)
    const groups = proposalGroups(m)
    expect(groups).toEqual([
      {
        title: '临时用电容量',
        fields: [
          expect.objectContaining({ item: 'A', path: 'project.permitNo' }),
          expect.objectContaining({ item: 'B', path: 'project.permitNo' }),
        ],
      },
    ])
    const views = suggestionsOf(s, m, ctx.elements)
    expect(views.every((v) => v.proposed && v.accept === undefined)).toBe(true)
    const element = proposedElement(s, m, groups[0]!, ctx.elements)
    expect(element).toMatchObject({
      title: '临时用电容量',
      group: '项目信息',
      schema: { type: 'number', title: '临时用电容量', minimum: 0 },
    })
    expect(element.id).toMatch(/^project\.[a-zA-Z][a-zA-Z0-9]*$/)
    // once created, both fields bind to it in one step and merge into one common field
    const merge = createMerger({ elements: [...ctx.elements, element] })
    const next = apply(s, acceptProposed(groups[0]!, element.id))
    const after = merge(next)
    expect(after.conflicts).toEqual([])
    expect(after.mapping.filter((e) => e.merged === element.id).map((e) => e.item)).toEqual([
      'A',
      'B',
    ])
  })

  it('scores element candidates for a field, and lists the whole dictionary in the picker', () => {
    const s = seedState('lixiang-yongdi')
    const c = elementCandidates(s, '430100-GTGH-002', 'ydxm.yddm', ctx.elements, {
      minConfidence: 0,
    })
    expect(c.every((x, i) => i === 0 || x.confidence <= c[i - 1]!.confidence)).toBe(true)
    const all = elementChoices(s, '430100-GTGH-002', 'sqdw.yddw', ctx.elements)
    expect(all).toHaveLength(ctx.elements.length)
    expect(
      elementChoices(s, '430100-GTGH-002', 'sqdw.yddw', ctx.elements, '申请单位名称').map(
        (x) => x.element.id,
      ),
    ).toContain('applicant.name')
    expect(elementCandidates(s, 'nope', 'x', ctx.elements)).toEqual([])
  })
})

describe('conflicts', () => {
  const A = smallItem(
    'A',
    { name: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' } },
    { required: ['name'] },
  )
  const B = smallItem('B', {
    name: { type: 'string', title: '建设单位名称', minLength: 120, 'x-element': 'applicant.name' },
  })

  it('lists members with constraints and the actions that resolve them', () => {
    const s = applyAll(emptyState(), [cmd.addMember(A), cmd.addMember(B)])
    const merge = merger()
    const [view] = conflictsOf(s, merge(s), ctx.elements)
    expect(view).toMatchObject({
      kind: 'length',
      kindLabel: '长度',
      elementTitle: '申请单位名称',
      needsDepartment: false,
    })
    expect(view?.members.map((x) => [x.item, x.binding, x.constraint])).toEqual([
      ['', 'element', { maxLength: 100 }],
      ['B', 'own', { minLength: 120 }],
    ])
    expect(view?.actions.map((a) => a.kind)).toEqual(['unbind', 'removeMember'])
    for (const a of view?.actions ?? []) {
      const trial = tryCommand(s, a.command, merge, view?.conflict)
      expect(trial).toMatchObject({ resolves: true, added: [], conflicts: [] })
    }
    // resolving by unbinding keeps B's field, in B's own section
    const unbound = apply(s, view!.actions[0]!.command)
    expect(merge(unbound).mapping.find((e) => e.item === 'B')?.merged).toBe('item_B.name')
    expect(merge(unbound).suggestions).toEqual([])
  })

  it('offers to drop a bundle binding and to bind another element; tells which resolve', () => {
    const C = smallItem('C', { lxr: { type: 'string', title: '联系人' } })
    const s = applyAll(emptyState(), [cmd.addMember(C), cmd.bind('C', 'lxr', 'investment.total')])
    const merge = merger()
    const conflicts = conflictsOf(s, merge(s), ctx.elements)
    expect(conflicts).toHaveLength(1)
    const view = conflicts[0]!
    expect(view.kind).toBe('type')
    expect(view.members.map((x) => x.binding)).toEqual(['element', 'bundle'])
    const kinds = view.actions.map((a) => a.kind)
    expect(kinds.slice(0, 2)).toEqual(['clearBinding', 'unbind'])
    expect(kinds.at(-1)).toBe('removeMember')
    const rebind = view.actions.find((a) => a.kind === 'rebind' && a.element === 'contact.name')
    expect(rebind?.label).toBe('将「事项C」的「联系人」改为绑定数据元「联系人」')
    for (const a of view.actions)
      expect(tryCommand(s, a.command, merge, view.conflict).resolves).toBe(true)
  })

  it('a key the merge cannot map needs the department: only removal is offered', () => {
    const D = smallItem('D', { 'a.b': { type: 'string', title: '坏键' } })
    const s = applyAll(emptyState(), [cmd.addMember(D)])
    const [view] = conflictsOf(s, merger()(s), ctx.elements)
    expect(view?.needsDepartment).toBe(true)
    expect(view?.actions.map((a) => a.kind)).toEqual(['removeMember'])
  })

  it('a refused command in a trial says why', () => {
    const s = emptyState()
    const trial = tryCommand(s, cmd.removeMember('x'), merger())
    expect(trial.error).toBe('该事项不在一件事中')
    expect(trial.state).toBe(s)
  })
})
