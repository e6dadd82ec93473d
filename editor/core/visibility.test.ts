import { describe, expect, it } from 'vitest'
import { isAtOrBelow, isVisible, mapRuleFields, movePath, ruleFields } from './visibility'

describe('visibility rules', () => {
  const rule = {
    all: [{ q: 'project.isGov', eq: true }, { not: { q: 'project.kind', in: ['改建', '扩建'] } }],
  }

  it('lists and rewrites the fields a rule reads', () => {
    expect(ruleFields(rule)).toEqual(['project.isGov', 'project.kind'])
    const moved = mapRuleFields(rule, (q) => movePath(q, 'project', 'xm'))
    expect(ruleFields(moved)).toEqual(['xm.isGov', 'xm.kind'])
    expect(mapRuleFields(rule, (q) => q)).toBe(rule)
  })

  it('tells paths at or below another apart from look-alikes', () => {
    expect(isAtOrBelow('a', 'a')).toBe(true)
    expect(isAtOrBelow('a.b', 'a')).toBe(true)
    expect(isAtOrBelow('a[].b', 'a')).toBe(true)
    expect(isAtOrBelow('ab', 'a')).toBe(false)
    expect(movePath('ab.c', 'a', 'x')).toBe('ab.c')
  })

  it('evaluates over form data with the situations’ rule semantics', () => {
    const data = { project: { isGov: true, kind: '新建' } }
    expect(isVisible(rule, data)).toBe(true)
    expect(isVisible(rule, { project: { isGov: true, kind: '扩建' } })).toBe(false)
    expect(isVisible(rule, { project: { isGov: false } })).toBe(false)
    expect(isVisible(undefined, {})).toBe(true)
    expect(isVisible({ q: 'tags', eq: 'b' }, { tags: ['a', 'b'] })).toBe(true)
    expect(isVisible({ q: 'n', answered: false }, { n: '' })).toBe(true)
  })

  it('reads a column of the current table row', () => {
    const data = { units: [{ type: '设计' }, { type: '施工' }] }
    const r = { q: 'units[].type', eq: '施工' }
    expect(isVisible(r, data, { 'units[]': 1 })).toBe(true)
    expect(isVisible(r, data, { 'units[]': 0 })).toBe(false)
    expect(isVisible(r, data)).toBe(false)
  })

  it('reads own data only', () => {
    expect(isVisible({ q: 'constructor', answered: true }, {})).toBe(false)
    expect(isVisible({ q: 'a.toString', answered: true }, { a: {} })).toBe(false)
  })
})
