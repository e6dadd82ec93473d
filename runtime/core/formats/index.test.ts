import { describe, expect, it } from 'vitest'
import { chineseFormats } from './index'

describe('chineseFormats', () => {
  it('names the seven Chinese formats', () => {
    expect(Object.keys(chineseFormats).sort()).toEqual(
      [
        'cn-division',
        'cn-id',
        'cn-mobile',
        'cn-phone',
        'cn-postcode',
        'project-code',
        'uscc',
      ].sort(),
    )
  })

  it('maps each name to its predicate', () => {
    const samples: Record<string, string> = {
      'cn-id': '11010519491231002X',
      uscc: '91430100MA4L1XJQ2X',
      'cn-mobile': '13812345678',
      'cn-phone': '0731-88886666',
      'cn-postcode': '410000',
      'cn-division': '430104',
      'project-code': '2104-430104-04-01-123456',
    }
    for (const [name, check] of Object.entries(chineseFormats)) {
      expect(check(samples[name]!), name).toBe(true)
      expect(check(''), name).toBe(false)
    }
  })
})
