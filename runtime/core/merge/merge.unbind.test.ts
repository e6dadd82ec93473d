import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { split } from '../split'
import type { Item, JsonSchema } from '../types'
import { merge } from '.'
import { fixtureElements } from './testing/fixture-elements'
import { checker } from './testing/test-ajv'

const item = (code: string, properties: Record<string, JsonSchema>, required?: string[]): Item => ({
  code,
  name: `事项${code}`,
  department: '某局',
  kind: '行政许可',
  basis: [],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions: '',
  form: { schema: { type: 'object', properties, ...(required ? { required } : {}) }, uiSchema: {} },
  materials: [],
})
const check = checker()

/** A and B both bind `f` to 申请单位名称 with lengths that cannot meet. */
const clashing = () => [
  item('A', { f: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' } }, ['f']),
  item('B', {
    f: { type: 'string', title: '单位名称', minLength: 120, 'x-element': 'applicant.name' },
  }),
]

describe("a bundle binding to element '' unbinds", () => {
  it("resolves a conflict by keeping the member's field in its item section", () => {
    expect(merge(clashing(), fixtureElements).conflicts).toHaveLength(1)
    const r = merge(clashing(), fixtureElements, {
      bindings: [{ item: 'B', path: 'f', element: '' }],
    })
    expect(r.conflicts).toEqual([])
    expect(r.mapping).toEqual([
      { item: 'A', path: 'f', merged: 'applicant.name', required: true, common: true },
      { item: 'B', path: 'f', merged: 'item_B.f' },
    ])
    // the item section never carries x-element; the field is not suggested back to the element
    expect(r.schema.properties?.item_B?.properties?.f).toEqual({
      type: 'string',
      title: '单位名称',
      minLength: 120,
    })
    expect(r.suggestions).toEqual([])
  })

  it('is not suggested even without an x-element, while an unbound twin still is', () => {
    const items = [
      item('A', { dwmc: { type: 'string', title: '单位名称' } }),
      item('B', { dwmc: { type: 'string', title: '单位名称' } }),
    ]
    const before = merge(items, fixtureElements).suggestions
    expect(before.map((s) => `${s.item}:${s.path}`)).toEqual(['A:dwmc', 'B:dwmc'])
    const r = merge(items, fixtureElements, {
      bindings: [{ item: 'A', path: 'dwmc', element: '' }],
    })
    expect(r.suggestions.map((s) => `${s.item}:${s.path}`)).toEqual(['B:dwmc'])
    expect(r.conflicts).toEqual([])
  })

  it('keeps an object bound as a whole in its item section, leaf by leaf', () => {
    const agent: JsonSchema = {
      type: 'object',
      title: '委托代理人',
      'x-element': 'agent.info',
      required: ['name'],
      properties: {
        name: { type: 'string', title: '姓名', maxLength: 50 },
        mobile: { type: 'string', title: '手机', format: 'cn-mobile' },
      },
    }
    const items = [item('A', { agent }, ['agent'])]
    expect(merge(items, fixtureElements).mapping.map((e) => e.merged)).toEqual(['agent.info'])
    const r = merge(items, fixtureElements, {
      bindings: [{ item: 'A', path: 'agent', element: '' }],
    })
    expect(r.mapping.map((e) => e.merged)).toEqual(['item_A.agent.name', 'item_A.agent.mobile'])
    expect(r.conflicts).toEqual([])
  })

  it('a bound object still takes a leaf unbound inside it (the outermost binding wins)', () => {
    const agent: JsonSchema = {
      type: 'object',
      'x-element': 'agent.info',
      required: ['name'],
      properties: { name: { type: 'string', maxLength: 50 } },
    }
    const r = merge([item('A', { agent }, ['agent'])], fixtureElements, {
      bindings: [{ item: 'A', path: 'agent.name', element: '' }],
    })
    expect(r.mapping.map((e) => e.merged)).toEqual(['agent.info'])
  })

  it('reports unbinding a path the item does not have as a shape conflict', () => {
    const r = merge(clashing().slice(0, 1), fixtureElements, {
      bindings: [{ item: 'A', path: 'gone', element: '' }],
    })
    expect(r.conflicts).toEqual([
      {
        element: '',
        kind: 'shape',
        members: [{ item: 'A', path: 'gone', value: '' }],
        detail: '一件事的解除绑定指向事项「事项A」中不存在的字段「gone」',
      },
    ])
  })

  it('keeps the split law: every part valid against its item form', () => {
    const items = clashing()
    const r = merge(items, fixtureElements, { bindings: [{ item: 'B', path: 'f', element: '' }] })
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100 }),
        fc.string({ minLength: 120, maxLength: 130 }),
        (a, b) => {
          const data = { applicant: { name: a }, item_B: { f: b } }
          expect(check(r.schema, data)).toEqual([])
          for (const part of split(data, r.mapping)) {
            const own = items.find((i) => i.code === part.item)
            expect(check(own?.form.schema ?? {}, part.data)).toEqual([])
          }
        },
      ),
      { numRuns: 30 },
    )
  })
})
