import { describe, expect, it } from 'vitest'
import { split } from '../split'
import { merge } from '.'
import { fixtureElements } from './testing/fixture-elements'
import { buildBindings, civilDefense, construction, fireReview } from './testing/golden-build-items'
import { filing, landBindings, landPermit } from './testing/golden-items'

/** The mapping as rows `[item, path, merged, flags]`, easy to read in a test. */
const rows = (mapping: ReturnType<typeof merge>['mapping']) =>
  mapping.map((e) => [
    e.item,
    e.path,
    e.merged,
    [e.required ? 'required' : '', e.common ? 'common' : '', e.requiredParent ?? '']
      .filter(Boolean)
      .join(' '),
  ])

describe('golden: 企业投资项目备案 + 建设用地规划许可证核发', () => {
  const result = merge([filing, landPermit], fixtureElements, {
    bindings: landBindings,
    eLicenses: ['营业执照'],
  })

  it('puts shared data once, in first-use order, and keeps the rest per item', () => {
    expect(result.conflicts).toEqual([])
    expect(result.uiSchema['ui:order']).toEqual([
      'applicant',
      'project',
      'contact',
      'legalRep',
      'item_330100_FG_001',
      'item_330100_ZR_002',
    ])
    expect(rows(result.mapping)).toEqual([
      ['330100-FG-001', 'dwmc', 'applicant.name', 'required common'],
      ['330100-FG-001', 'tyshxydm', 'applicant.uscc', 'required common'],
      ['330100-FG-001', 'xmmc', 'project.name', 'required common'],
      ['330100-FG-001', 'ztz', 'project.investment', 'common'],
      ['330100-FG-001', 'lxr', 'contact.name', 'required common'],
      ['330100-FG-001', 'fddbr', 'legalRep.name', 'common'],
      ['330100-FG-001', 'jsnr', 'item_330100_FG_001.jsnr', ''],
      ['330100-ZR-002', 'applicant.name', 'applicant.name', 'required common applicant'],
      ['330100-ZR-002', 'applicant.creditCode', 'applicant.uscc', 'common applicant'],
      ['330100-ZR-002', 'applicant.siteContact', 'item_330100_ZR_002.applicant.siteContact', ''],
      ['330100-ZR-002', 'projectName', 'project.name', 'common'],
      ['330100-ZR-002', 'landUse', 'project.landUse', 'required common'],
      // an optional group that requires its fields stays whole, bindings inside it included
      ['330100-ZR-002', 'agent.name', 'item_330100_ZR_002.agent.name', ''],
      ['330100-ZR-002', 'agent.mobile', 'item_330100_ZR_002.agent.mobile', ''],
      // a bound column does not leave its table
      ['330100-ZR-002', 'parcels[].parcelNo', 'item_330100_ZR_002.parcels[].parcelNo', 'required'],
      ['330100-ZR-002', 'parcels[].owner', 'item_330100_ZR_002.parcels[].owner', ''],
    ])
  })

  it('intersects the members’ constraints, the element’s own included', () => {
    const applicant = result.schema.properties?.applicant
    expect(applicant?.required).toEqual(['name', 'uscc'])
    expect(applicant?.properties?.name).toEqual({
      title: '申请单位名称',
      type: 'string',
      maxLength: 60,
      'x-element': 'applicant.name',
    })
    expect(result.schema.properties?.project?.properties?.landUse?.enum).toEqual([
      '工业用地',
      '商业用地',
      '住宅用地',
    ])
    expect(result.schema.required).toEqual([
      'applicant',
      'project',
      'contact',
      'item_330100_ZR_002',
    ])
  })

  it('moves the first member’s uiSchema and tells who uses a common field', () => {
    expect(result.uiSchema.applicant).toEqual({
      'ui:order': ['name', 'uscc'],
      name: {
        'ui:placeholder': '与营业执照一致',
        'ui:options': { usedBy: ['330100-FG-001', '330100-ZR-002'] },
      },
      uscc: { 'ui:options': { usedBy: ['330100-FG-001', '330100-ZR-002'] } },
    })
    // xmmc left the section, so its ui:order keeps only the wildcard
    expect(result.uiSchema.item_330100_FG_001).toEqual({
      'ui:order': ['*'],
      jsnr: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } },
    })
  })

  it('lists each material once with the strictest terms', () => {
    expect(
      result.materials.map((m) => [m.key, m.form, m.copies, m.requirement, m.items, m.exempt]),
    ).toEqual([
      ['business-license', 'original', 2, 'required', ['330100-FG-001', '330100-ZR-002'], true],
      ['项目备案申请表', 'original', 1, 'required', ['330100-FG-001'], false],
      ['授权委托书', 'original', 1, 'tolerated', ['330100-ZR-002'], false],
    ])
  })

  it('splits filled data back into each department’s own shape', () => {
    const data = {
      applicant: { name: '示例科技有限公司', uscc: '91350100M000100Y43' },
      project: { name: '示例厂房项目', investment: 1200, landUse: '工业用地' },
      contact: { name: '张三' },
      item_330100_FG_001: { jsnr: '新建厂房 2 栋' },
      item_330100_ZR_002: { applicant: {}, parcels: [{ parcelNo: '330106001001GB00001' }] },
    }
    expect(split(data, result.mapping)).toEqual([
      {
        item: '330100-FG-001',
        data: {
          dwmc: '示例科技有限公司',
          tyshxydm: '91350100M000100Y43',
          xmmc: '示例厂房项目',
          ztz: 1200,
          lxr: '张三',
          jsnr: '新建厂房 2 栋',
        },
      },
      {
        item: '330100-ZR-002',
        data: {
          applicant: { name: '示例科技有限公司', creditCode: '91350100M000100Y43' },
          projectName: '示例厂房项目',
          landUse: '工业用地',
          parcels: [{ parcelNo: '330106001001GB00001' }],
        },
      },
    ])
  })

  it('matches the reviewed snapshot', () => {
    // as JSON text, so the snapshot also pins key and section order
    expect(JSON.stringify(result, null, 2)).toMatchSnapshot()
  })
})

describe('golden: 施工许可 + 消防设计审查 + 人防审批', () => {
  const result = merge([construction, fireReview, civilDefense], fixtureElements, {
    bindings: buildBindings,
    eLicenses: ['营业执照'],
    overrides: {
      sections: { project: { title: '工程项目信息', order: 1 }, item_RF_005: { order: 0 } },
      materials: { 'business-license': { note: '可用电子证照' } },
    },
  })
  const project = result.schema.properties?.project

  it('applies section overrides: titles, then ordered sections first', () => {
    expect(result.conflicts).toEqual([])
    expect(result.uiSchema['ui:order']).toEqual([
      'item_RF_005',
      'project',
      'applicant',
      'agent',
      'item_JS_003',
      'item_XF_004',
    ])
    expect(project?.title).toBe('工程项目信息')
  })

  it('intersects integer with number and nests dotted element ids', () => {
    expect(project?.properties?.floors).toEqual({
      title: '地上层数',
      type: 'integer',
      minimum: 2,
      maximum: 100,
      'x-element': 'project.floors',
    })
    expect(project?.properties?.site?.required).toEqual(['city'])
    expect(Object.keys(project?.properties?.site?.properties ?? {})).toEqual(['city', 'postcode'])
  })

  it('intersects a table bound as a whole column by column', () => {
    const units = project?.properties?.units
    expect(units?.minItems).toBe(1)
    expect(units?.maxItems).toBe(5)
    expect(units?.items?.required).toEqual(['name', 'role'])
    expect(units?.items?.properties?.role?.enum).toEqual(['施工', '监理'])
    expect(Object.keys(units?.items?.properties ?? {})).toEqual(['name', 'role', 'manager', 'cert'])
  })

  it('keeps opaque fields whole and patches materials last', () => {
    expect(result.schema.properties?.item_XF_004?.properties?.jzfl?.oneOf).toHaveLength(3)
    expect(result.materials[0]).toMatchObject({
      key: 'business-license',
      note: '可用电子证照',
      copies: 2,
      items: ['XF-004', 'RF-005'],
      exempt: true,
    })
  })

  it('creates an object the item requires even when the values inside stay empty', () => {
    const data = { project: { name: '示例工程', floors: 3, units: [] } }
    const parts = split(data, result.mapping)
    expect(parts.find((p) => p.item === 'RF-005')?.data).toEqual({ site: {}, floors: 3 })
    expect(parts.find((p) => p.item === 'JS-003')?.data).toEqual({
      project: { name: '示例工程', floors: 3 },
      units: [],
    })
  })

  it('matches the reviewed snapshot', () => {
    // as JSON text, so the snapshot also pins key and section order
    expect(JSON.stringify(result, null, 2)).toMatchSnapshot()
  })
})
