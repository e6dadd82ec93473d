import { describe, expect, it } from 'vitest'
import { createAjv } from './create-ajv'

describe('createAjv', () => {
  it('knows the Chinese formats and the ajv-formats ones', () => {
    const ajv = createAjv()
    const check = ajv.compile({
      type: 'object',
      properties: {
        uscc: { type: 'string', format: 'uscc' },
        email: { type: 'string', format: 'email' },
        day: { type: 'string', format: 'date' },
      },
    })
    expect(check({ uscc: '91430100MA4L1XJQ2X', email: 'a@b.cn', day: '2024-02-29' })).toBe(true)
    expect(check({ uscc: '91430100MA4L1XJQ2Y' })).toBe(false)
    expect(check({ email: 'not an email' })).toBe(false)
    expect(check({ day: '2023-02-29' })).toBe(false)
  })

  it('applies Chinese formats to strings only', () => {
    const check = createAjv().compile({ format: 'cn-id' })
    expect(check(12345)).toBe(true)
    expect(check('12345')).toBe(false)
  })

  it('tolerates extension keywords and never fills defaults', () => {
    const ajv = createAjv()
    const check = ajv.compile({
      type: 'object',
      'x-element': 'applicant.name',
      'x-anything': { nested: true },
      properties: { kind: { type: 'string', default: '企业', 'ui:widget': 'select' } },
    })
    const data = {}
    expect(check(data)).toBe(true)
    expect(data).toEqual({})
  })

  it('reports all errors, not just the first', () => {
    const check = createAjv().compile({
      type: 'object',
      required: ['a', 'b'],
      properties: { c: { type: 'string' } },
    })
    check({ c: 1 })
    expect(check.errors).toHaveLength(3)
  })
})
