import { describe, expect, it } from 'vitest'
import { collectLeaves } from '../schema'
import { checkAnswers } from '../situations/check-answers'
import { enumerateAnswers } from '../situations/enumerate-answers'
import type { JsonSchema } from '../types'
import { bundleFixture, FG, GT, ZJ } from './bundle-fixture'
import { tailor } from './tailor'
import { tailoredFieldCount } from './tailored-field-count'

const props = (s: JsonSchema | undefined) => Object.keys(s?.properties ?? {})
const sec = (s: JsonSchema, key: string) => s.properties?.[key]

describe('tailor', () => {
  it('enterprise investment without 人防: 备案 and 规划许可', () => {
    const r = tailor(bundleFixture(), { invest: 'enterprise', civilDefense: 'no' })
    expect(r.items.map((i) => i.code)).toEqual([FG, GT])
    expect(props(r.schema)).toEqual(['applicant', 'project', `item_${FG}`, `item_${GT}`])
    expect(r.schema.required).toEqual(['applicant', 'project', `item_${FG}`, `item_${GT}`])
    const applicant = sec(r.schema, 'applicant')
    expect(props(applicant)).toEqual(['name', 'uscc', 'legalPerson', 'contact'])
    // contact.phone is used by 备案 (optional) — required only by the 人防 item
    expect(props(applicant?.properties?.contact)).toEqual(['phone'])
    expect(applicant?.properties?.contact?.required).toBeUndefined()
    expect(applicant?.required).toEqual(['name', 'uscc', 'legalPerson'])
    const project = sec(r.schema, 'project')
    expect(project?.required).toEqual(['name', 'code', 'address', 'landArea', 'investment'])
    expect(props(project)).toContain('buildingArea')
    expect(r.materials.map((m) => m.key)).toEqual([
      'business-license',
      'record-form',
      'red-line-map',
    ])
    expect(r.materials[0]?.items).toEqual([FG, GT])
    expect(tailoredFieldCount(r)).toBe(15)
  })

  it('government investment with bonds and 人防: 规划许可 and 人防, 政府投资 section', () => {
    const answers = { invest: 'government', funding: ['local', 'bond'], civilDefense: 'yes' }
    const r = tailor(bundleFixture(), answers)
    expect(r.items.map((i) => i.code)).toEqual([GT, ZJ])
    expect(props(r.schema)).toEqual([
      'applicant',
      'project',
      'government',
      `item_${GT}`,
      `item_${ZJ}`,
    ])
    const contact = sec(r.schema, 'applicant')?.properties?.contact
    expect(contact?.required).toEqual(['name', 'phone'])
    expect(sec(r.schema, 'applicant')?.required).toEqual(['name', 'uscc', 'contact'])
    expect(props(sec(r.schema, 'project'))).not.toContain('investment')
    expect(sec(r.schema, 'project')?.required).toContain('buildingArea')
    expect(sec(r.schema, 'government')?.required).toBeUndefined()
    expect(r.schema.required).not.toContain('government')
    expect(r.materials.map((m) => m.key)).toEqual([
      'business-license',
      'red-line-map',
      'feasibility-approval',
      'bond-plan',
      'shelter-drawings',
    ])
  })

  it('keeps item sections as the item shaped them', () => {
    const r = tailor(bundleFixture(), { invest: 'government', funding: [], civilDefense: 'yes' })
    const zj = sec(r.schema, `item_${ZJ}`)
    expect(zj?.required).toEqual(['shelterArea'])
    expect(zj?.properties?.design?.required).toEqual(['unit'])
    const gt = sec(r.schema, `item_${GT}`)
    expect(gt?.properties?.parcels?.items?.required).toEqual(['parcelNo'])
    expect(gt?.properties?.parcels?.required).toBeUndefined()
  })

  it('follows applicability over every answer combination', () => {
    const bundle = bundleFixture()
    const { combos } = enumerateAnswers(bundle.situations)
    expect(combos).toHaveLength(18)
    for (const answers of combos) {
      expect(checkAnswers(bundle.situations, answers)).toEqual([])
      const gov = answers.invest === 'government'
      const fg = answers.invest === 'enterprise'
      const zj = answers.civilDefense === 'yes'
      const bond = Array.isArray(answers.funding) && answers.funding.includes('bond')
      const r = tailor(bundle, answers)
      const want = [fg && FG, GT, zj && ZJ].filter(Boolean)
      expect(r.items.map((i) => i.code)).toEqual(want)
      const root = props(r.schema)
      expect(root.includes(`item_${FG}`)).toBe(fg)
      expect(root.includes(`item_${ZJ}`)).toBe(zj)
      expect(root.includes('government')).toBe(gov)
      expect(r.schema.required?.includes(`item_${ZJ}`) ?? false).toBe(zj)
      const applicant = sec(r.schema, 'applicant')
      const contact = applicant?.properties?.contact
      expect(contact !== undefined).toBe(fg || zj)
      expect(props(contact).includes('name')).toBe(zj)
      expect(contact?.required?.includes('phone') ?? false).toBe(zj)
      expect(applicant?.required?.includes('contact') ?? false).toBe(zj)
      expect(props(applicant).includes('legalPerson')).toBe(fg)
      const project = sec(r.schema, 'project')
      expect(project?.required?.includes('buildingArea') ?? false).toBe(zj)
      expect(project?.required?.includes('investment') ?? false).toBe(fg)
      const keys = r.materials.map((m) => m.key)
      expect(keys.includes('record-form')).toBe(fg)
      expect(keys.includes('feasibility-approval')).toBe(gov)
      expect(keys.includes('bond-plan')).toBe(gov && bond)
      expect(keys.includes('shelter-drawings')).toBe(zj)
      for (const m of r.materials) for (const c of m.items) expect(want).toContain(c)
      for (const e of r.mapping) expect(want).toContain(e.item)
      const uiOrder = r.uiSchema['ui:order'] as string[]
      expect(uiOrder).toEqual(root)
    }
  })

  it('drops answers of hidden follow-ups before applying rules', () => {
    const stale = { invest: 'enterprise', funding: ['bond'], civilDefense: 'no' }
    const r = tailor(bundleFixture(), stale)
    expect(r.materials.map((m) => m.key)).not.toContain('bond-plan')
    expect(r).toEqual(tailor(bundleFixture(), { invest: 'enterprise', civilDefense: 'no' }))
  })

  it('prunes the uiSchema: removed keys go, `*` stays, other options are kept', () => {
    const r = tailor(bundleFixture(), { invest: 'enterprise', civilDefense: 'no' })
    const applicant = r.uiSchema.applicant as Record<string, unknown>
    expect(applicant['ui:order']).toEqual(['name', 'uscc', 'legalPerson', 'contact'])
    expect(applicant.contact).toEqual({
      'ui:order': ['phone'],
      phone: { 'ui:placeholder': '11 位手机号' },
    })
    expect(r.uiSchema.project).toEqual({
      'ui:order': ['name', 'code', '*'],
      investment: { 'ui:help': '单位：万元' },
    })
    expect(r.uiSchema[`item_${ZJ}`]).toBeUndefined()
    const g = tailor(bundleFixture(), { invest: 'government', funding: [], civilDefense: 'yes' })
    expect((g.uiSchema.project as Record<string, unknown>).investment).toBeUndefined()
    expect(g.uiSchema[`item_${ZJ}`]).toEqual({
      'ui:order': ['shelterArea', 'shelterClass', 'design', '*'],
    })
  })

  it('filters the mapping to applicable items and fields still present', () => {
    const bundle = bundleFixture()
    const r = tailor(bundle, { invest: 'enterprise', civilDefense: 'no' })
    const expected = bundle.mapping.filter(
      (e) => e.item === FG || (e.item === GT && !e.merged.startsWith('government')),
    )
    expect(r.mapping).toEqual(expected)
  })

  it('never mutates its input and is deterministic', () => {
    const bundle = bundleFixture()
    const snapshot = structuredClone(bundle)
    const answers = { invest: 'government', funding: ['bond'], civilDefense: 'yes' }
    const a = tailor(bundle, answers)
    const b = tailor(bundle, answers)
    expect(bundle).toEqual(snapshot)
    expect(JSON.stringify(a)).toBe(JSON.stringify(b))
    // the result shares nothing mutable with the input
    ;(sec(a.schema, 'applicant')?.properties?.name as JsonSchema).title = 'changed'
    a.materials[0]?.items.push('X')
    ;(a.uiSchema.applicant as Record<string, unknown>)['ui:order'] = []
    expect(bundle).toEqual(snapshot)
  })

  it('keeps leaves no mapping entry points at (the bundle’s own), in an item section while it applies', () => {
    const bundle = bundleFixture()
    const applicant = bundle.schema.properties?.applicant as JsonSchema
    applicant.properties = { ...applicant.properties, pledge: { type: 'boolean', title: '承诺' } }
    applicant.required = [...(applicant.required ?? []), 'pledge']
    const zj = bundle.schema.properties?.[`item_${ZJ}`] as JsonSchema
    zj.properties = { ...zj.properties, remark: { type: 'string', title: '备注' } }
    const off = tailor(bundle, { invest: 'enterprise', civilDefense: 'no' })
    expect(sec(off.schema, 'applicant')?.required).toContain('pledge')
    expect(sec(off.schema, `item_${ZJ}`)).toBeUndefined()
    const on = tailor(bundle, { invest: 'enterprise', civilDefense: 'yes' })
    expect(props(sec(on.schema, `item_${ZJ}`))).toContain('remark')
  })

  it('needs every rule on a target to hold; a failing section rule removes the section', () => {
    const bundle = bundleFixture()
    bundle.rules.push({ target: { type: 'item', id: GT }, when: { q: 'civilDefense', eq: 'no' } })
    bundle.rules.push({ target: { type: 'item', id: GT }, when: { q: 'invest', eq: 'enterprise' } })
    bundle.rules.push({
      target: { type: 'section', id: 'project' },
      when: { q: 'civilDefense', eq: 'no' },
    })
    const r = tailor(bundle, { invest: 'enterprise', civilDefense: 'no' })
    expect(r.items.map((i) => i.code)).toEqual([FG, GT])
    const s = tailor(bundle, { invest: 'enterprise', civilDefense: 'yes' })
    expect(s.items.map((i) => i.code)).toEqual([FG, ZJ])
    expect(props(s.schema)).not.toContain('project')
    expect(s.mapping.some((e) => e.merged.startsWith('project.'))).toBe(false)
  })

  it('counts the leaves of the tailored form', () => {
    const all = collectLeaves(bundleFixture().schema).length
    const r = tailor(bundleFixture(), { invest: 'government', funding: [], civilDefense: 'yes' })
    expect(tailoredFieldCount(r)).toBe(all - 4) // legalPerson, investment, industry, capacity
  })
})
