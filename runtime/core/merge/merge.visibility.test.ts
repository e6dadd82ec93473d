import { describe, expect, it } from 'vitest'
import { split } from '../split'
import type { Item, JsonSchema } from '../types'
import { hiddenPaths } from '../visibility'
import { merge } from '.'
import { fixtureElements } from './testing/fixture-elements'

const item = (code: string, name: string, schema: JsonSchema): Item => ({
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

const sources = {
  type: 'array',
  uniqueItems: true,
  items: { type: 'string', enum: ['财政资金', '自有资金'] },
}

const a = item('A-1', '事项甲', {
  type: 'object',
  properties: {
    isGov: { type: 'boolean', title: '是否政府投资', 'x-element': 'project.governmentInvested' },
    fund: { type: 'string', title: '财政资金文号', 'x-visible-when': { q: 'isGov', eq: true } },
    sources: {
      ...sources,
      'x-element': 'investment.sources',
      'x-visible-when': { q: 'isGov', eq: true },
    },
    byAgent: { type: 'boolean', title: '是否委托' },
    mobile: {
      type: 'string',
      format: 'cn-mobile',
      'x-element': 'contact.mobile',
      'x-visible-when': { q: 'byAgent', eq: true },
    },
    units: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          role: { type: 'string', enum: ['设计', '施工'] },
          licence: { type: 'string', 'x-visible-when': { q: 'units[].role', eq: '施工' } },
        },
      },
    },
    broken: { type: 'string', title: '坏条件', 'x-visible-when': { q: 'nowhere', answered: true } },
  },
})

const b = item('B-1', '事项乙', {
  type: 'object',
  properties: {
    zfTz: { type: 'boolean', 'x-element': 'project.governmentInvested' },
    zjly: { ...sources, 'x-element': 'investment.sources' },
    lxrsj: {
      type: 'string',
      format: 'cn-mobile',
      'x-element': 'contact.mobile',
      'x-visible-when': { q: 'zfTz', eq: false },
    },
  },
})

describe('visibility rules in the merged form', () => {
  const out = merge([a, b], fixtureElements)
  const at = (...keys: string[]) => {
    let node: JsonSchema | undefined = out.schema
    for (const k of keys) node = k === '[]' ? node?.items : node?.properties?.[k]
    return node?.['x-visible-when']
  }

  it('rewrites each rule to the merged paths of the fields it reads', () => {
    expect(at('item_A_1', 'fund')).toEqual({ q: 'project.governmentInvested', eq: true })
    // a column keeps reading its own row
    expect(at('item_A_1', 'units', '[]', 'licence')).toEqual({
      q: 'item_A_1.units[].role',
      eq: '施工',
    })
  })

  it('shows a shared field when any of its items would: the OR of their rules, none if one has none', () => {
    expect(at('contact', 'mobile')).toEqual({
      any: [
        { q: 'item_A_1.byAgent', eq: true },
        { q: 'project.governmentInvested', eq: false },
      ],
    })
    // 事项乙 always needs the sources
    expect(at('investment', 'sources')).toBeUndefined()
    const entry = (item: string, path: string) =>
      out.mapping.find((e) => e.item === item && e.path === path)
    expect(entry('A-1', 'sources')?.visibleWhen).toEqual({
      q: 'project.governmentInvested',
      eq: true,
    })
    expect(entry('B-1', 'zjly')?.visibleWhen).toBeUndefined()
    expect(entry('B-1', 'lxrsj')?.visibleWhen).toEqual({
      q: 'project.governmentInvested',
      eq: false,
    })
  })

  it('reports a rule that reads a field the item does not have, and drops it', () => {
    expect(at('item_A_1', 'broken')).toBeUndefined()
    expect(out.conflicts).toEqual([
      {
        element: '',
        kind: 'shape',
        members: [{ item: 'A-1', path: 'broken', value: { q: 'nowhere', answered: true } }],
        detail:
          '事项「事项甲」中「坏条件」的显示条件引用了不存在的字段「nowhere」：一张表中不设此条件，该项始终显示',
      },
    ])
  })

  it('sends a shared value only to the items whose own rule shows it', () => {
    const data = {
      project: { governmentInvested: false },
      investment: { sources: ['自有资金'] },
      contact: { mobile: '13800138000' },
      item_A_1: { byAgent: false, units: [{ role: '施工', licence: 'L1' }] },
    }
    expect(hiddenPaths(out.schema, data)).toEqual(['item_A_1.fund'])
    const [pa, pb] = split(data, out.mapping)
    expect(pa?.data).toEqual({
      isGov: false,
      byAgent: false,
      units: [{ role: '施工', licence: 'L1' }],
    })
    expect(pb?.data).toEqual({ zfTz: false, zjly: ['自有资金'], lxrsj: '13800138000' })
  })

  it('stays deterministic', () => {
    expect(JSON.stringify(merge([a, b], fixtureElements))).toBe(JSON.stringify(out))
  })
})
