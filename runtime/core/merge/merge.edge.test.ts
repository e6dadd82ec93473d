import { describe, expect, it } from 'vitest'
import { split } from '../split'
import type { Element, Item, JsonSchema } from '../types'
import { merge } from '.'
import { fixtureElements } from './testing/fixture-elements'
import { checker } from './testing/test-ajv'

const item = (code: string, schema: JsonSchema, name = `事项${code}`): Item => ({
  code,
  name,
  department: '某局',
  kind: '行政许可',
  basis: [],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions: '',
  form: { schema, uiSchema: {} },
  materials: [],
})
const check = checker()

describe('edge cases', () => {
  it('keeps a form with an opaque root whole, and its data travels', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { invested: { type: 'boolean' }, amount: { type: 'number' } },
      if: { properties: { invested: { const: true } } },
      then: { required: ['amount'] },
    }
    const r = merge([item('A', schema)], [])
    expect(r.mapping).toEqual([{ item: 'A', path: '', merged: 'item_A', required: true }])
    expect(r.schema.properties?.item_A).toMatchObject({
      title: '事项A — 某局',
      then: { required: ['amount'] },
    })
    const data = { item_A: { invested: true, amount: 10 } }
    expect(check(r.schema, data)).toEqual([])
    const [part] = split(data, r.mapping)
    expect(part?.data).toEqual({ invested: true, amount: 10 })
    expect(check(schema, part?.data)).toEqual([])
  })

  it('makes section keys unique, also against common sections, and skips items without fields', () => {
    const elements: Element[] = [
      ...fixtureElements,
      {
        id: 'item_X_1.code',
        title: '编码',
        group: '奇怪分组',
        synonyms: [],
        schema: { type: 'string' },
      },
    ]
    const r = merge(
      [
        item('X-1', { type: 'object', properties: { a: { type: 'string' } } }),
        item('X_1', {
          type: 'object',
          properties: { b: { type: 'string', 'x-element': 'item_X_1.code' } },
        }),
        item('X.1', { type: 'object', properties: {} }),
        item('X 1', { type: 'object', properties: { c: { type: 'string' } } }),
      ],
      elements,
    )
    expect(r.uiSchema['ui:order']).toEqual(['item_X_1', 'item_X_1_2', 'item_X_1_5'])
    expect(r.mapping.map((e) => e.merged)).toEqual([
      'item_X_1_2.a',
      'item_X_1.code',
      'item_X_1_5.c',
    ])
  })

  it('lets the bundle’s binding win over x-element and ignores bindings of other items', () => {
    const r = merge(
      [
        item('A', {
          type: 'object',
          properties: { n: { type: 'string', 'x-element': 'contact.name' } },
        }),
      ],
      fixtureElements,
      {
        bindings: [
          { item: 'A', path: 'n', element: 'legalRep.name' },
          { item: 'GONE', path: 'x', element: 'contact.name' },
        ],
      },
    )
    expect(r.mapping).toEqual([{ item: 'A', path: 'n', merged: 'legalRep.name', common: true }])
    expect(r.conflicts).toEqual([])
  })

  it('gives one value to two fields of one item bound to one element', () => {
    const r = merge(
      [
        item('A', {
          type: 'object',
          required: ['a'],
          properties: {
            a: { type: 'string', maxLength: 30, 'x-element': 'applicant.name' },
            b: {
              type: 'object',
              properties: { c: { type: 'string', 'x-element': 'applicant.name' } },
            },
          },
        }),
      ],
      fixtureElements,
    )
    expect(r.schema.properties?.applicant?.properties?.name?.maxLength).toBe(30)
    expect(split({ applicant: { name: '某公司' } }, r.mapping)[0]?.data).toEqual({
      a: '某公司',
      b: { c: '某公司' },
    })
  })

  it('keeps a required object whose shared fields are all optional', () => {
    const schema: JsonSchema = {
      type: 'object',
      required: ['unit'],
      properties: {
        unit: {
          type: 'object',
          properties: { name: { type: 'string', 'x-element': 'applicant.name' } },
        },
      },
    }
    const r = merge([item('A', schema)], fixtureElements)
    expect(r.schema.required).toBeUndefined()
    const [part] = split({}, r.mapping)
    expect(part?.data).toEqual({ unit: {} })
    expect(check(schema, part?.data)).toEqual([])
  })
})
