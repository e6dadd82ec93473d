import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { encodeSegment } from '../../runtime/pdf/field-name'
import { keyFromTitle, keyProblem, uniqueKey } from './keys'

describe('keyFromTitle', () => {
  it('writes Chinese titles as camelCase pinyin', () => {
    expect(keyFromTitle('建设单位名称')).toBe('jianSheDanWeiMingCheng')
    expect(keyFromTitle('统一社会信用代码')).toBe('tongYiSheHuiXinYongDaiMa')
    expect(keyFromTitle('绿地率')).toBe('lvDiLv')
  })
  it('leaves bracketed units and notes out, keeps ASCII words and digits', () => {
    expect(keyFromTitle('总投资（万元）')).toBe('zongTouZi')
    expect(keyFromTitle('ABC公司2号楼')).toBe('abcGongSi2HaoLou')
    expect(keyFromTitle('（备注）')).toBe('beiZhu')
  })
  it('starts with a letter and is never empty', () => {
    expect(keyFromTitle('')).toBe('field')
    expect(keyFromTitle('！？')).toBe('field')
    expect(keyFromTitle('１２３名称')).toBe('field123MingCheng')
    expect(keyFromTitle('constructor')).toBe('constructorField')
    expect(keyFromTitle('prototype')).toBe('prototypeField')
  })
  it('cuts long titles at a syllable', () => {
    const key = keyFromTitle('建设工程规划许可证申请表中建设单位法定代表人的联系电话号码')
    expect(key.length).toBeLessThanOrEqual(40)
    expect(key).toMatch(/^jianSheGongCheng/)
  })
  it('always gives a valid key, a plain PDF field name segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (title) => {
        const key = keyFromTitle(title)
        expect(keyProblem(key)).toBeNull()
        expect(encodeSegment(key)).toBe(key)
      }),
    )
  })
})

describe('uniqueKey', () => {
  it('adds 2, 3 … to a taken key', () => {
    expect(uniqueKey('name', [])).toBe('name')
    expect(uniqueKey('name', ['name'])).toBe('name2')
    expect(uniqueKey('name', ['name', 'name2'])).toBe('name3')
    expect(uniqueKey('name2', ['name2'])).toBe('name3')
  })
})

describe('keyProblem', () => {
  it('explains in Chinese why a key cannot be used', () => {
    expect(keyProblem('')).toBe('字段标识不能为空')
    expect(keyProblem('1abc')).toBe('字段标识必须以英文字母开头')
    expect(keyProblem('a.b')).toBe('字段标识只能包含英文字母、数字和下划线，不能包含「.」')
    expect(keyProblem('rows[0]')).toContain('「[」')
    expect(keyProblem('名称')).toBe('字段标识必须以英文字母开头')
    expect(keyProblem('constructor')).toBe('「constructor」是保留字，不能用作字段标识')
    expect(keyProblem('x'.repeat(65))).toBe('字段标识不能超过 64 个字符')
    expect(keyProblem('name', ['name'])).toBe('同一层级中已有字段标识「name」')
    expect(keyProblem('unit_name2', ['name'])).toBeNull()
  })
})
