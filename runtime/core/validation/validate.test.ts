import { describe, expect, it } from 'vitest'
import { chineseFormats } from '../formats'
import type { JsonSchema } from '../types'
import { formatExplanations } from './format-messages'
import { validate } from './validate'

const form: JsonSchema = {
  type: 'object',
  title: '投资项目申请表',
  required: ['applicant', 'project'],
  properties: {
    applicant: {
      type: 'object',
      title: '申请单位',
      required: ['name', 'uscc'],
      properties: {
        name: { type: 'string', title: '单位名称', maxLength: 50, 'x-element': 'applicant.name' },
        uscc: { type: 'string', title: '统一社会信用代码', format: 'uscc' },
        phone: { type: 'string', title: '联系电话', maxLength: 20 },
        address: { $ref: '#/$defs/address' },
      },
    },
    project: {
      type: 'object',
      title: '项目信息',
      properties: {
        code: { type: 'string', title: '项目代码', format: 'project-code' },
        investment: { type: 'number', title: '总投资（万元）', minimum: 0 },
        kind: { type: 'string', title: '项目类型', enum: ['审批', '核准', '备案'] },
      },
    },
    units: {
      type: 'array',
      title: '参建单位',
      items: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', title: '参建单位名称', minLength: 2 },
          contact: { type: 'string', title: '联系人手机', format: 'cn-mobile' },
        },
      },
    },
  },
  $defs: { address: { type: 'string', title: '单位地址', pattern: '^.{2,100}$' } },
}

const valid = {
  applicant: { name: '长沙某某科技有限公司', uscc: '91430100MA4L1XJQ2X', phone: '0731-88886666' },
  project: { code: '2104-430104-04-01-123456', investment: 1200, kind: '备案' },
  units: [{ name: '某某设计院', contact: '13812345678' }],
}

describe('validate', () => {
  it('returns no errors for valid data', () => {
    expect(validate(form, valid)).toEqual([])
  })

  it('names fields by their titles in Chinese', () => {
    const errors = validate(form, {
      applicant: { uscc: '91430100MA4L1XJQ2Y', phone: '0'.repeat(21) },
      project: { investment: -1 },
    })
    expect(errors).toEqual([
      { path: 'applicant.name', keyword: 'required', message: '「单位名称」为必填项' },
      {
        path: 'applicant.phone',
        keyword: 'maxLength',
        message: '「联系电话」长度不能超过 20 个字符',
      },
      {
        path: 'applicant.uscc',
        keyword: 'format',
        message: '「统一社会信用代码」格式不正确：应为18位统一社会信用代码',
      },
      { path: 'project.investment', keyword: 'minimum', message: '「总投资（万元）」不能小于 0' },
    ])
  })

  it('gives dotted paths with indices inside arrays', () => {
    const errors = validate(form, {
      ...valid,
      units: [{ name: '甲' }, { contact: '12345' }, 7],
    })
    expect(errors.map((e) => [e.path, e.keyword, e.message])).toEqual([
      ['units.0.name', 'minLength', '「参建单位名称」长度不能少于 2 个字符'],
      [
        'units.1.contact',
        'format',
        '「联系人手机」格式不正确：应为11位手机号码（不含 +86 等前缀）',
      ],
      ['units.1.name', 'required', '「参建单位名称」为必填项'],
      ['units.2', 'type', '「参建单位第 3 项」应为一组字段'],
    ])
  })

  it('uses the root path and the root title for the whole form', () => {
    expect(validate(form, 'not an object')).toEqual([
      { path: '', keyword: 'type', message: '「投资项目申请表」应为一组字段' },
    ])
  })

  it('finds titles behind $ref', () => {
    const errors = validate(form, { ...valid, applicant: { ...valid.applicant, address: 'x' } })
    expect(errors).toEqual([
      { path: 'applicant.address', keyword: 'pattern', message: '「单位地址」格式不正确' },
    ])
  })

  it('speaks English on request', () => {
    const errors = validate(
      form,
      { applicant: { uscc: 'nope' }, project: { investment: -5, kind: '其他' } },
      { locale: 'en' },
    )
    expect(errors.map((e) => e.message)).toEqual([
      '"单位名称" is required',
      '"统一社会信用代码" is not valid: expected an 18-character unified social credit code (统一社会信用代码)',
      '"总投资（万元）" must not be less than 0',
      '"项目类型" must be one of: 审批, 核准, 备案',
    ])
  })

  it('lists allowed values and types in Chinese', () => {
    const errors = validate(form, { ...valid, project: { investment: '很多', kind: '其他' } })
    expect(errors.map((e) => e.message)).toEqual([
      '「总投资（万元）」应为数字',
      '「项目类型」应为以下值之一：审批、核准、备案',
    ])
  })

  it('has a Chinese and an English explanation for every Chinese format', () => {
    for (const name of Object.keys(chineseFormats)) {
      const { zh, en } = formatExplanations[name] ?? {}
      expect(zh, name).toBeTruthy()
      expect(en, name).toBeTruthy()
      const schema = { type: 'string', title: '字段', format: name }
      expect(validate(schema, '?')[0]!.message).toBe(`「字段」格式不正确：应为${zh}`)
      expect(validate(schema, '?', { locale: 'en' })[0]!.message).toBe(
        `"字段" is not valid: expected ${en}`,
      )
    }
  })

  it('falls back to ajv-i18n for other keywords, still naming the field', () => {
    const schema = { type: 'array', title: '附件清单', uniqueItems: true }
    const [zh] = validate(schema, ['a', 'a'])
    expect(zh!.keyword).toBe('uniqueItems')
    expect(zh!.message.startsWith('「附件清单」')).toBe(true)
    expect(zh!.message).toMatch(/[\u4e00-\u9fa5]/)
    const [en] = validate(schema, ['a', 'a'], { locale: 'en' })
    expect(en!.message.startsWith('"附件清单" ')).toBe(true)
  })

  it('names an untitled field by its key', () => {
    const errors = validate({ type: 'object', required: ['remark'] }, {})
    expect(errors).toEqual([{ path: 'remark', keyword: 'required', message: '「remark」为必填项' }])
  })

  it('finds titles of fields required by conditionals', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        isGov: { type: 'boolean', title: '是否政府投资项目' },
        fund: { type: 'string', title: '资金来源' },
      },
      if: { properties: { isGov: { const: true } }, required: ['isGov'] },
      then: { required: ['fund'] },
    }
    expect(validate(schema, { isGov: true })).toEqual([
      { path: 'fund', keyword: 'required', message: '「资金来源」为必填项' },
    ])
  })

  it('deduplicates and sorts errors deterministically', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        b: { type: 'string', title: 'B' },
        a: { type: 'string', title: 'A', maxLength: 1 },
        list: { type: 'array', items: { type: 'string', title: '项' } },
      },
      allOf: [{ required: ['c'] }, { required: ['c'] }],
    }
    const data = { b: 1, a: 'xx', list: Array.from({ length: 12 }, () => 0) }
    const errors = validate(schema, data)
    expect(errors.filter((e) => e.path === 'c')).toHaveLength(1)
    const paths = errors.map((e) => e.path)
    expect(paths.slice(0, 2)).toEqual(['a', 'b'])
    expect(paths.slice(-3)).toEqual(['list.9', 'list.10', 'list.11'])
    expect(validate(schema, data)).toEqual(errors)
  })

  it('does not change the data it checks', () => {
    const schema = {
      type: 'object',
      properties: { kind: { type: 'string', default: '企业' } },
    }
    const data = {}
    expect(validate(schema, data)).toEqual([])
    expect(data).toEqual({})
  })
})
