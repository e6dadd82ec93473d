import { describe, expect, it } from 'vitest'
import type { Form } from '../types'
import { diffForms } from './diff-forms'

const base = (): Form => ({
  schema: {
    type: 'object',
    properties: {
      applicant: {
        type: 'object',
        title: '申请单位',
        properties: {
          name: { type: 'string', title: '单位名称', maxLength: 100 },
          uscc: { type: 'string', title: '统一社会信用代码', format: 'uscc' },
          phone: { type: 'string', title: '联系电话' },
        },
        required: ['name'],
      },
      rows: {
        type: 'array',
        title: '宗地',
        items: {
          type: 'object',
          properties: { no: { type: 'string', title: '宗地号' }, area: { type: 'number' } },
        },
      },
    },
  },
  uiSchema: { applicant: { phone: { 'ui:widget': 'text' } } },
})

describe('diffForms', () => {
  it('reports nothing for the same form', () => {
    expect(diffForms(base(), base())).toEqual([])
  })

  it('reports added and removed fields in document order', () => {
    const after = base()
    const applicant = after.schema.properties?.applicant
    if (!applicant?.properties) throw new Error('fixture')
    delete applicant.properties.uscc
    applicant.properties.email = { type: 'string', title: '电子邮箱', format: 'email' }
    expect(diffForms(base(), after)).toEqual([
      {
        path: 'applicant.uscc',
        change: 'removed',
        title: '统一社会信用代码',
        before: { type: 'string', title: '统一社会信用代码', format: 'uscc', required: false },
      },
      {
        path: 'applicant.email',
        change: 'added',
        title: '电子邮箱',
        after: { type: 'string', title: '电子邮箱', format: 'email', required: false },
      },
    ])
  })

  it('lists the keywords that changed, required and ui options among them', () => {
    const after = base()
    const applicant = after.schema.properties?.applicant
    if (!applicant?.properties) throw new Error('fixture')
    applicant.properties.name = {
      type: 'string',
      title: '名称',
      maxLength: 50,
      'x-element': 'applicant.name',
    }
    applicant.required = ['name', 'phone']
    after.uiSchema = { applicant: { phone: { 'ui:widget': 'tel', 'ui:placeholder': '手机' } } }
    expect(diffForms(base(), after)).toEqual([
      {
        path: 'applicant.name',
        change: 'changed',
        title: '名称',
        keywords: ['title', 'maxLength', 'x-element'],
        before: { title: '单位名称', maxLength: 100 },
        after: { title: '名称', maxLength: 50, 'x-element': 'applicant.name' },
      },
      {
        path: 'applicant.phone',
        change: 'changed',
        title: '联系电话',
        keywords: ['required', 'ui:placeholder', 'ui:widget'],
        before: { required: false, 'ui:widget': 'text' },
        after: { required: true, 'ui:placeholder': '手机', 'ui:widget': 'tel' },
      },
    ])
  })

  it('reports changes of sections and tables, and fields inside table rows', () => {
    const after = base()
    const props = after.schema.properties
    if (!props?.applicant || !props.rows?.items?.properties) throw new Error('fixture')
    props.applicant.title = '申请人'
    props.rows.minItems = 1
    props.rows.items.properties.area = { type: 'number', minimum: 0 }
    expect(diffForms(base(), after)).toEqual([
      {
        path: 'applicant',
        change: 'changed',
        title: '申请人',
        keywords: ['title'],
        before: { title: '申请单位' },
        after: { title: '申请人' },
      },
      {
        path: 'rows',
        change: 'changed',
        title: '宗地',
        keywords: ['minItems'],
        before: {},
        after: { minItems: 1 },
      },
      {
        path: 'rows[].area',
        change: 'changed',
        keywords: ['minimum'],
        before: {},
        after: { minimum: 0 },
      },
    ])
  })

  it('reports moves by ui:order or property order, with old and new positions', () => {
    const after = base()
    after.uiSchema = { 'ui:order': ['rows', '*'], applicant: { 'ui:order': ['phone', '*'] } }
    expect(diffForms(base(), after)).toEqual([
      { path: 'rows', change: 'moved', title: '宗地', before: 1, after: 0 },
      {
        path: 'applicant.phone',
        change: 'changed',
        title: '联系电话',
        keywords: ['ui:widget'],
        before: { 'ui:widget': 'text' },
        after: {},
      },
      { path: 'applicant.phone', change: 'moved', title: '联系电话', before: 2, after: 0 },
    ])
  })

  it('resolves refs before comparing and is deterministic', () => {
    const before: Form = {
      schema: {
        type: 'object',
        $defs: { code: { type: 'string', pattern: '^\\d{6}$' } },
        properties: { postcode: { $ref: '#/$defs/code', title: '邮编' } },
      },
      uiSchema: {},
    }
    const after: Form = {
      schema: {
        type: 'object',
        properties: { postcode: { type: 'string', pattern: '^[0-9]{6}$', title: '邮编' } },
      },
      uiSchema: {},
    }
    const d = diffForms(before, after)
    expect(d).toEqual([
      {
        path: 'postcode',
        change: 'changed',
        title: '邮编',
        keywords: ['pattern'],
        before: { pattern: '^\\d{6}$' },
        after: { pattern: '^[0-9]{6}$' },
      },
    ])
    expect(diffForms(before, after)).toEqual(d)
  })

  it('tolerates missing or broken forms', () => {
    const broken = { schema: { type: 'object', properties: { a: { $ref: '#/$defs/x' } } } }
    expect(() => diffForms({}, broken)).not.toThrow()
    expect(diffForms({}, base()).map((c) => c.change)).toEqual([
      'added',
      'added',
      'added',
      'added',
      'added',
    ])
  })
})
