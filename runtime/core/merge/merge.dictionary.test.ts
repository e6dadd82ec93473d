import { describe, expect, it } from 'vitest'
import { elements } from '../../../templates/elements'
import { split } from '../split'
import { merge } from '.'
import { generateItems } from './generate-items'
import { filing, landPermit } from './testing/golden-items'

describe('with the real element dictionary', () => {
  it('merges generated items without conflicts, near-linearly sized', () => {
    const items = generateItems(8, 38, 7)
    const result = merge(items, elements)
    expect(result.conflicts).toEqual([])
    expect(result.mapping).toHaveLength(8 * 38)
    const common = result.mapping.filter((e) => e.common)
    expect(common.length).toBeGreaterThan(8 * 38 * 0.25)
    // every bound field landed at its element id
    expect(common.every((e) => elements.some((el) => el.id === e.merged))).toBe(true)
  })

  it('suggests the dictionary’s elements for the golden forms’ unbound fields', () => {
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'x-element')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v
    const bare = (i: typeof filing) => ({
      ...i,
      form: { ...i.form, schema: strip(i.form.schema) as typeof i.form.schema },
    })
    const result = merge([bare(filing), bare(landPermit)], elements)
    const byPath = Object.fromEntries(
      result.suggestions.map((s) => [`${s.item}:${s.path}`, s.element]),
    )
    expect(byPath).toMatchObject({
      '330100-FG-001:dwmc': 'applicant.name',
      '330100-FG-001:tyshxydm': 'applicant.uscc',
      '330100-FG-001:xmmc': 'project.name',
      '330100-FG-001:ztz': 'investment.total',
      '330100-FG-001:lxr': 'contact.name',
      '330100-FG-001:fddbr': 'legalRep.name',
      '330100-FG-001:jsnr': 'project.scale',
      '330100-ZR-002:applicant.name': 'applicant.name',
      '330100-ZR-002:applicant.creditCode': 'applicant.uscc',
      '330100-ZR-002:projectName': 'project.name',
      '330100-ZR-002:landUse': 'land.use',
    })
    // 现场联系人 is somebody else than 联系人; the 委托代理人 group and the table stay out
    expect(byPath['330100-ZR-002:applicant.siteContact']).toBeUndefined()
    expect(Object.keys(byPath).some((k) => k.includes('agent.') || k.includes('parcels'))).toBe(
      false,
    )
    expect(split({}, result.mapping).map((p) => p.item)).toEqual(['330100-FG-001', '330100-ZR-002'])
  })
})
