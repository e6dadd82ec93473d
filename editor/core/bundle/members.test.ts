import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import { materialsOf, staleMaterialOverrides } from './materials'
import { addableItems, upgradeDiff, upgradeOffers, upgradePreview } from './members'
import { memberItems } from './state'
import { apply, applyAll, emptyState, merger, seedState, smallItem } from './testing/seed'

describe('upgrades', () => {
  const v1 = smallItem('A', {
    name: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' },
    note: { type: 'string', title: '备注', maxLength: 100 },
  })
  const v2 = smallItem(
    'A',
    {
      name: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' },
      note: { type: 'string', title: '备注', maxLength: 200 },
      extra: { type: 'string', title: '新增字段' },
    },
    { version: 2, timeLimit: { legal: 20, promised: 3 } },
  )
  const B = smallItem('B', {})

  it('offers newer published versions only', () => {
    const s = applyAll(emptyState(), [cmd.addMember(v1), cmd.addMember(B)])
    const members = memberItems(s)
    expect(upgradeOffers(members, { [v1.id]: 2, [B.id]: 1 })).toEqual([
      { itemId: v1.id, code: 'A', name: '事项A', department: '某局', from: 1, to: 2 },
    ])
    expect(upgradeOffers(members, [{ id: v1.id, latestVersion: 2 }])).toHaveLength(1)
    expect(upgradeOffers(members, {})).toEqual([])
  })

  it("shows the upgrade's field-level diff and its effect on the merge", () => {
    const s = applyAll(emptyState(), [
      cmd.addMember(v1),
      cmd.bind('A', 'note', 'applicant.address'),
    ])
    const diff = upgradeDiff(v1, v2)
    expect(diff.fields.map((f) => [f.path, f.change])).toEqual([
      ['note', 'changed'],
      ['extra', 'added'],
    ])
    expect(diff.values.map((v) => v.path)).toContain('timeLimit.promised')
    const preview = upgradePreview(s, v2, merger())
    expect(preview.diff).toEqual(diff)
    expect(preview.lostBindings).toEqual([])
    expect(preview.trial.state.members[v1.id]).toBe(v2)
    const gone = smallItem('A', { name: { type: 'string' } }, { version: 3 })
    expect(upgradePreview(s, gone, merger()).lostBindings).toEqual([
      { path: 'note', element: 'applicant.address' },
    ])
  })

  it('lists published items that are not members', () => {
    const s = applyAll(emptyState(), [cmd.addMember(v1)])
    const catalogue = [
      { id: v1.id, code: 'A', latestVersion: 2 },
      { id: 'x', code: 'A', latestVersion: 1 },
      { id: 'y', code: 'Y', latestVersion: 0 },
      { id: 'z', code: 'Z', latestVersion: 4 },
    ]
    expect(addableItems(s, catalogue).map((i) => i.id)).toEqual(['z'])
  })
})

describe('materials', () => {
  it('lists the merged materials with their sources, 免提交, rules and overrides', () => {
    let s = seedState('lixiang-yongdi')
    const merge = merger()
    const list = materialsOf(s, merge(s))
    expect(list.map((m) => m.key)).toEqual(merge(s).materials.map((m) => m.key))
    const license = list.find((m) => m.key === 'business-license')
    expect(license?.sources.length).toBe(license?.items.length)
    expect(license?.sources[0]?.material.name).toBeTruthy()
    const grant = list.find((m) => m.key === 'land-grant-contract')
    expect(grant?.rule).toEqual({ q: 'landSupply', eq: 'grant' })
    expect(list.some((m) => m.exempt)).toBe(true)
    s = apply(s, cmd.setMaterial('land-grant-contract', { copies: 3, note: '加盖公章' }))
    const patched = materialsOf(s, merge(s)).find((m) => m.key === 'land-grant-contract')
    expect(patched).toMatchObject({
      copies: 3,
      note: '加盖公章',
      override: { copies: 3, note: '加盖公章' },
      overridden: ['copies', 'note'],
    })
    expect(staleMaterialOverrides(s, merge(s))).toEqual([])
    s = apply(s, cmd.setMaterial('gone', { copies: 1 }))
    expect(staleMaterialOverrides(s, merge(s))).toEqual(['gone'])
  })

  it('an e-license override makes a material 免提交', () => {
    const item = smallItem(
      'A',
      {},
      {
        materials: [{ key: 'k', name: '某证', form: 'copy', copies: 1, requirement: 'required' }],
      },
    )
    let s = applyAll(emptyState(), [cmd.addMember(item)])
    const merge = merger()
    expect(materialsOf(s, merge(s))[0]?.exempt).toBe(false)
    s = apply(s, cmd.setMaterial('k', { eLicense: '营业执照' }))
    expect(materialsOf(s, merge(s))[0]).toMatchObject({ exempt: true, overridden: ['eLicense'] })
  })
})
