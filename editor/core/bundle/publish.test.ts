import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { diffCounts, draftIssues, publishCheck, publishDiff, publishedContent } from './publish'
import { apply, applyAll, emptyState, merger, seedItem, seedState, smallItem } from './testing/seed'

describe('publishCheck', () => {
  it('refuses with conflicts, asks for confirmation with missing guide elements', () => {
    const merge = merger()
    let s = applyAll(emptyState(), [
      cmd.addMember(
        smallItem('A', { n: { type: 'string', minLength: 500, 'x-element': 'applicant.name' } }),
      ),
    ])
    let check = publishCheck(s, merge(s))
    expect(check.conflicts).toHaveLength(1)
    expect(check.canPublish).toBe(false)
    expect(check.needsConfirmation).toBe(true)
    expect(check.missingGuideElements.map((m) => m.title)).toContain('实施主体')
    s = apply(s, cmd.unbind('A', 'n'))
    check = publishCheck(s, merge(s))
    expect(check).toMatchObject({
      conflicts: [],
      situationIssues: [],
      draftIssues: [],
      canPublish: true,
    })
    s = apply(s, cmd.setRule({ type: 'item', id: 'A' }, { q: 'missing', eq: 'x' }))
    expect(publishCheck(s, merge(s))).toMatchObject({
      canPublish: false,
      situationIssues: [
        { path: 'rules.0.when.q', message: '条件引用了不存在的情形问题「missing」' },
      ],
    })
  })

  it('lists what the API would refuse in the draft itself', () => {
    expect(draftIssues(emptyState()).map((i) => i.path)).toEqual(['items'])
    const bad = apply(emptyState(), cmd.setMeta({ slug: 'a', name: ' ', leadDepartmentId: '' }))
    expect(draftIssues(bad).map((i) => i.path)).toEqual([
      'slug',
      'name',
      'leadDepartmentId',
      'items',
    ])
  })
})

describe('publishDiff', () => {
  const merge = merger()
  const last = () => {
    const s = seedState('shigong-xuke')
    return {
      ...publishedContent(s, merge(s), { leadDepartment: '政务服务中心' }),
      version: 1,
      hash: 'h',
    }
  }

  it('is empty for an unchanged draft, record metadata and the unknown lead aside', () => {
    const s = seedState('shigong-xuke')
    expect(diffCounts(publishDiff(last(), s, merge(s))).total).toBe(0)
    const lead = publishDiff(last(), s, merge(s), { leadDepartment: '住建环保局' })
    expect(lead.other).toEqual([
      { path: 'leadDepartment', change: 'changed', before: '政务服务中心', after: '住建环保局' },
    ])
  })

  it('lists form fields, materials, guide and situations that change', () => {
    let s = seedState('shigong-xuke')
    s = applyAll(s, [
      cmd.bind('430100-ZJHB-003', 'applicant.unit_credit_code', 'applicant.uscc'),
      cmd.setMaterial('supervision-contract', { copies: 2 }),
      cmd.setGuide({ visits: 2 }),
      cmd.updateOption('supervision', 'yes', { label: '是（须监理）' }),
    ])
    const diff = publishDiff(last(), s, merge(s))
    expect(diff.fields.map((f) => [f.path, f.change])).toContainEqual([
      'item_430100_ZJHB_003.applicant.unit_credit_code',
      'removed',
    ])
    expect(diff.materials).toEqual([
      { path: 'materials[supervision-contract].copies', change: 'changed', before: 1, after: 2 },
    ])
    expect(diff.guide).toEqual([{ path: 'guide.visits', change: 'changed', before: 1, after: 2 }])
    expect(diff.situations.map((c) => c.path)).toEqual(['situations[supervision].options.0.label'])
    expect(diff.items).toEqual([])
  })

  it('shows everything as added before the first publication', () => {
    const s = seedState('shigong-xuke')
    const counts = diffCounts(publishDiff(undefined, s, merge(s)))
    expect(counts.fields).toBeGreaterThan(10)
    expect(counts.items).toBe(3)
    expect(counts.situations).toBe(3)
  })

  it('an upgraded member shows in items', () => {
    const s = apply(seedState('shigong-xuke'), cmd.upgradeMember(seedItem('430100-ZJHB-002', 2)))
    expect(publishDiff(last(), s, merge(s)).items).toEqual([
      { path: 'items[430100-ZJHB-002].version', change: 'changed', before: 1, after: 2 },
    ])
  })
})
