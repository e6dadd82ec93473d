import { describe, expect, it } from 'vitest'
import { fillContainers } from './fill-containers'

const schema = {
  type: 'object',
  required: ['applicant'],
  properties: {
    applicant: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    agent: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    rows: { type: 'array', items: { type: 'object', properties: { a: { type: 'string' } } } },
  },
}

describe('fillContainers', () => {
  it('creates missing required sections only', () => {
    expect(fillContainers(schema, {})).toEqual({ applicant: {} })
    expect(fillContainers(schema, { agent: {} })).toEqual({ applicant: {}, agent: {} })
  })
  it('leaves wrong types for validation to report, and does not mutate', () => {
    const data = { applicant: 'x' }
    expect(fillContainers(schema, data)).toEqual({ applicant: 'x' })
    expect(fillContainers(schema, 5)).toBe(5)
    const input = {}
    fillContainers(schema, input)
    expect(input).toEqual({})
  })
  it('keeps a __proto__ key as data, never as a prototype', () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}}')
    const out = fillContainers(schema, data) as Record<string, unknown>
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
  it('gives complete data back as it is, and copies only the objects on the way to a filled one', () => {
    const complete = { applicant: { name: '甲' }, agent: { name: '乙' } }
    expect(fillContainers(schema, complete)).toBe(complete)
    const nested = {
      type: 'object',
      properties: {
        a: {
          type: 'object',
          required: ['b'],
          properties: {
            b: { type: 'object', properties: {} },
            c: { type: 'object', properties: {} },
          },
        },
        d: { type: 'object', properties: {} },
      },
    }
    const d = {}
    const c = {}
    const input = { a: { c }, d }
    const out = fillContainers(nested, input) as { a: { b: object; c: object }; d: object }
    expect(out).toEqual({ a: { c: {}, b: {} }, d: {} })
    expect(out.d).toBe(d)
    expect(out.a.c).toBe(c)
    expect(input).toEqual({ a: { c: {} }, d: {} })
  })
})
