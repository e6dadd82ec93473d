import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../types'
import { getValidator } from './compile'

const schema = (): JsonSchema => ({
  type: 'object',
  properties: { name: { type: 'string', title: '单位名称', maxLength: 50 } },
})

describe('getValidator', () => {
  it('reuses the validator of the same schema object', () => {
    const s = schema()
    expect(getValidator(s)).toBe(getValidator(s))
  })

  it('reuses the validator of an equal schema built separately', () => {
    expect(getValidator(schema())).toBe(getValidator(schema()))
  })

  it('compiles different schemas separately', () => {
    const other = schema()
    other.properties!.name!.maxLength = 10
    expect(getValidator(other)).not.toBe(getValidator(schema()))
    expect(getValidator(other)({ name: 'x'.repeat(20) })).toBe(false)
    expect(getValidator(schema())({ name: 'x'.repeat(20) })).toBe(true)
  })

  it('lets a newer schema take over an $id', () => {
    const v1 = { $id: 'https://yizhangbiao.cn/forms/demo', type: 'string', maxLength: 2 }
    const v2 = { $id: 'https://yizhangbiao.cn/forms/demo', type: 'string', maxLength: 5 }
    expect(getValidator(v1)('abcd')).toBe(false)
    expect(getValidator(v2)('abcd')).toBe(true)
  })
})
