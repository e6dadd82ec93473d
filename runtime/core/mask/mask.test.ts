import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../types'
import {
  maskData,
  maskIdNumber,
  maskLandline,
  maskMiddle,
  maskMobile,
  maskName,
  maskPhone,
  maskUscc,
  maskValue,
} from '.'

describe('masking single values', () => {
  it('keeps the first 6 and last 4 characters of an ID number', () => {
    expect(maskIdNumber('110101199003071234')).toBe('110101********1234')
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
  })

  it('keeps the first 4 and last 4 characters of a USCC', () => {
    expect(maskUscc('91430100MA4L1XJQ2X')).toBe('9143**********JQ2X')
  })

  it('masks mobiles as 138****5678', () => {
    expect(maskMobile('13812345678')).toBe('138****5678')
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('keeps the area code and the last 2 digits of landlines, hiding extensions', () => {
    expect(maskLandline('010-62345678')).toBe('010-******78')
    expect(maskLandline('01062345678')).toBe('010******78')
    expect(maskLandline('0731-8888666')).toBe('0731-*****66')
    expect(maskLandline('073188886666')).toBe('0731******66')
    expect(maskLandline('0731-88886666-123')).toBe('0731-******66-***')
    expect(maskLandline('400-123-4567')).toBe('400-***-**67')
    expect(maskPhone('021-87654321')).toBe('021-******21')
  })

  it('masks names: people keep the first character, units the first and last two', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('欧阳娜娜')).toBe('欧***')
    expect(maskName('示例科技有限公司')).toBe('示例****公司')
    expect(maskName('王')).toBe('*')
    expect(maskName('')).toBe('')
  })

  it('masks values of unexpected shape in the middle instead of returning them', () => {
    expect(maskIdNumber('12345')).toBe('1****')
    expect(maskMobile('+8613812345678')).toBe('+86*******5678')
    expect(maskLandline('12345678')).toBe('12****78')
    expect(maskMiddle('ab', 1, 1)).toBe('a*')
  })

  it('never returns a value of 4 or more characters unchanged', () => {
    const fns = [maskIdNumber, maskUscc, maskMobile, maskLandline, maskPhone, maskName]
    fc.assert(
      fc.property(fc.string({ minLength: 4, maxLength: 40 }), (s) => {
        if (s.trim() !== s || s.includes('*') || Array.from(s).length < 4) return
        for (const fn of fns) expect(fn(s)).not.toBe(s)
      }),
    )
  })

  it('masks by format, leaving other formats and empty values alone', () => {
    expect(maskValue('cn-id', '110101199003071234')).toBe('110101********1234')
    expect(maskValue('email', 'a@b.cn')).toBe('a@b.cn')
    expect(maskValue('cn-mobile', undefined)).toBeUndefined()
    expect(maskValue('cn-mobile', 13812345678)).toBe('138****5678')
    expect(maskValue('uscc', { x: 1 })).toBeNull()
  })
})

describe('maskData', () => {
  const schema: JsonSchema = {
    type: 'object',
    $defs: { mobile: { type: 'string', format: 'cn-mobile' } },
    properties: {
      applicant: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          uscc: { type: 'string', format: 'uscc', 'x-element': 'applicant.uscc' },
        },
      },
      agent: {
        type: 'object',
        properties: {
          idNumber: { type: 'string', format: 'cn-id' },
          mobile: { $ref: '#/$defs/mobile' },
          email: { type: 'string', format: 'email' },
        },
      },
      contacts: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            phone: { type: 'string', format: 'cn-phone' },
          },
        },
      },
      mobiles: { type: 'array', items: { type: 'string', format: 'cn-mobile' } },
    },
  }
  const data = {
    applicant: { name: '示例科技有限公司', uscc: '91430100MA4L1XJQ2X' },
    agent: { idNumber: '110101199003071234', mobile: '13812345678', email: 'a@b.cn' },
    contacts: [
      { name: '张三', phone: '010-62345678' },
      { name: '李四', phone: '0731-88886666' },
    ],
    mobiles: ['13912345678'],
    extra: '110101199003071234',
  }

  it('masks every leaf of a personal-data format, table rows and lists included', () => {
    expect(maskData(schema, data)).toEqual({
      applicant: { name: '示例科技有限公司', uscc: '9143**********JQ2X' },
      agent: { idNumber: '110101********1234', mobile: '138****5678', email: 'a@b.cn' },
      contacts: [
        { name: '张三', phone: '010-******78' },
        { name: '李四', phone: '0731-******66' },
      ],
      mobiles: ['139****5678'],
      extra: '110101199003071234',
    })
  })

  it('leaves its input untouched and tolerates missing or odd-shaped data', () => {
    const before = JSON.stringify(data)
    maskData(schema, data)
    expect(JSON.stringify(data)).toBe(before)
    expect(maskData(schema, {})).toEqual({})
    expect(maskData(schema, { agent: null, contacts: 'x' })).toEqual({ agent: null, contacts: 'x' })
    expect(maskData(schema, null)).toBeNull()
  })
})
