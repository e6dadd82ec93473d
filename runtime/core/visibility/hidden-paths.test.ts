import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../types'
import { applyVisibility, hiddenPaths, visibilityPlan, visibleErrors, withoutPaths } from '.'

const form: JsonSchema = {
  type: 'object',
  properties: {
    project: {
      type: 'object',
      properties: {
        isGov: { type: 'boolean', title: '是否政府投资' },
        fund: {
          type: 'string',
          title: '资金来源',
          'x-visible-when': { q: 'project.isGov', eq: true },
        },
        fundNote: {
          type: 'string',
          'x-visible-when': { q: 'project.fund', answered: true },
        },
      },
    },
    agent: {
      type: 'object',
      'x-visible-when': { q: 'byAgent', eq: true },
      properties: {
        name: { type: 'string' },
        phone: { type: 'string', 'x-visible-when': { q: 'agent.name', answered: true } },
      },
    },
    byAgent: { type: 'boolean' },
    units: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          type: { type: 'string', enum: ['设计', '施工'] },
          licence: { type: 'string', 'x-visible-when': { q: 'units[].type', eq: '施工' } },
        },
      },
    },
  },
}

describe('hiddenPaths', () => {
  it('hides fields whose rule is false, outermost only, and reads a column in its own row', () => {
    const data = {
      project: { isGov: false, fund: '财政', fundNote: '说明' },
      agent: { name: '张三', phone: '13800000000' },
      byAgent: false,
      units: [{ type: '设计', licence: 'x' }, { type: '施工', licence: 'y' }, {}],
    }
    expect(hiddenPaths(form, data)).toEqual([
      'project.fund',
      // its rule reads project.fund, which is hidden: as if unanswered
      'project.fundNote',
      'agent',
      'units.0.licence',
      'units.2.licence',
    ])
  })

  it('shows everything whose rule holds', () => {
    const data = {
      project: { isGov: true, fund: '财政' },
      byAgent: true,
      agent: { name: '张三' },
      units: [{ type: '施工' }],
    }
    expect(hiddenPaths(form, data)).toEqual([])
  })

  it('evaluates rules on nodes without data too (a required hidden field is not demanded)', () => {
    expect(hiddenPaths(form, {})).toEqual(['project.fund', 'project.fundNote', 'agent'])
  })

  it('costs nothing for a form without rules', () => {
    const plain: JsonSchema = { type: 'object', properties: { a: { type: 'string' } } }
    const data = { a: 'x' }
    expect(applyVisibility(plain, data).data).toBe(data)
    expect(visibilityPlan(plain).nodes).toEqual([])
  })
})

describe('missing fields and cycles', () => {
  it('reads a field the form does not have as unanswered, whatever the data holds', () => {
    const s: JsonSchema = {
      type: 'object',
      properties: {
        a: { type: 'string', 'x-visible-when': { q: 'gone', eq: 'x' } },
        b: { type: 'string', 'x-visible-when': { q: 'gone', answered: false } },
      },
    }
    expect(hiddenPaths(s, { gone: 'x', a: '1', b: '2' })).toEqual(['a'])
  })

  it('ignores rules on a cycle (their fields are shown) and evaluates rules that read them', () => {
    const s: JsonSchema = {
      type: 'object',
      properties: {
        a: { type: 'string', 'x-visible-when': { q: 'b', answered: true } },
        b: { type: 'string', 'x-visible-when': { q: 'a', answered: true } },
        self: {
          type: 'object',
          'x-visible-when': { q: 'self.x', answered: true },
          properties: { x: { type: 'string' } },
        },
        c: { type: 'string', 'x-visible-when': { q: 'a', eq: 'yes' } },
      },
    }
    expect(visibilityPlan(s).cyclic).toEqual(['a', 'b', 'self'])
    expect(hiddenPaths(s, {})).toEqual(['c'])
    expect(hiddenPaths(s, { a: 'yes' })).toEqual([])
  })

  it('evaluates a rule after the rules it depends on, whatever the document order', () => {
    const s: JsonSchema = {
      type: 'object',
      properties: {
        late: { type: 'string', 'x-visible-when': { q: 'mid', answered: true } },
        mid: { type: 'string', 'x-visible-when': { q: 'first', eq: 'y' } },
        first: { type: 'string' },
      },
    }
    expect(visibilityPlan(s).nodes.map((n) => n.path)).toEqual(['mid', 'late'])
    expect(hiddenPaths(s, { first: 'n', mid: 'v', late: 'w' })).toEqual(['mid', 'late'])
  })
})

describe('removing hidden values and errors', () => {
  it('copies along the hidden paths only and never changes the input', () => {
    const data = { a: { b: 1, c: 2 }, d: { e: 3 }, rows: [{ x: 1, y: 2 }, { x: 3 }] }
    const before = JSON.stringify(data)
    const out = withoutPaths(data, ['a.b', 'rows.0.y', 'rows.5.y', 'nope.z'])
    expect(out).toEqual({ a: { c: 2 }, d: { e: 3 }, rows: [{ x: 1 }, { x: 3 }] })
    expect(out.d).toBe(data.d)
    expect(JSON.stringify(data)).toBe(before)
    expect(withoutPaths(data, [])).toBe(data)
  })

  it('drops errors at or below a hidden path, not at look-alikes', () => {
    const errors = [
      { path: 'agent', message: '必填' },
      { path: 'agent.name', message: 'x' },
      { path: 'agentName', message: 'y' },
      { path: 'units.1.licence', message: 'z' },
      { path: 'units.10.licence', message: 'w' },
    ]
    expect(visibleErrors(errors, ['agent', 'units.1.licence']).map((e) => e.path)).toEqual([
      'agentName',
      'units.10.licence',
    ])
  })
})
