import { describe, expect, it } from 'vitest'
import { type SplitEntry, split } from '.'

const e = (item: string, path: string, merged: string, extra: Partial<SplitEntry> = {}) => ({
  item,
  path,
  merged,
  ...extra,
})

describe('split', () => {
  it('copies each mapped value to its item path, items in first-appearance order', () => {
    const mapping = [
      e('B', 'creditCode', 'applicant.uscc', { common: true }),
      e('A', 'dwmc', 'applicant.name', { common: true }),
      e('A', 'xm.mc', 'item_A.xm.mc'),
      e('B', 'applicantName', 'applicant.name', { common: true }),
    ]
    const data = {
      applicant: { name: '某公司', uscc: '91350100M000100Y43' },
      item_A: { xm: { mc: '项目' } },
    }
    expect(split(data, mapping)).toEqual([
      { item: 'B', data: { creditCode: '91350100M000100Y43', applicantName: '某公司' } },
      { item: 'A', data: { dwmc: '某公司', xm: { mc: '项目' } } },
    ])
  })

  it('reads own values only: a key an object inherits (toString, valueOf) is absent unless given', () => {
    const mapping = [
      e('A', 'toString', 'item_A.toString'),
      e('A', 'sec.valueOf', 'item_A.sec.valueOf'),
    ]
    expect(split({ item_A: { sec: {} } }, mapping)).toEqual([{ item: 'A', data: { sec: {} } }])
    expect(split({ item_A: { toString: '甲', sec: { valueOf: 2 } } }, mapping)).toEqual([
      { item: 'A', data: { toString: '甲', sec: { valueOf: 2 } } },
    ])
  })

  it('walks arrays index by index, nested ones too, keeping row positions', () => {
    const mapping = [
      e('A', 'rows[].name', 'item_A.rows[].name'),
      e('A', 'rows[].subs[].n', 'item_A.rows[].subs[].n'),
    ]
    const data = {
      item_A: {
        rows: [{ name: '甲', subs: [{ n: 1 }, {}, { n: 3 }] }, {}, { name: '丙', subs: [] }],
      },
    }
    expect(split(data, mapping)[0]?.data).toEqual({
      rows: [{ name: '甲', subs: [{ n: 1 }, {}, { n: 3 }] }, {}, { name: '丙', subs: [] }],
    })
  })

  it('copies whole rows and whole bound values', () => {
    const mapping = [
      e('A', 'choice[]', 'item_A.choice[]'),
      e('A', 'units', 'project.units', { common: true }),
    ]
    const units = [{ name: '设计院', role: '设计' }]
    const data = { item_A: { choice: [{ k: 1 }, 'x'] }, project: { units } }
    const [part] = split(data, mapping)
    expect(part?.data).toEqual({ choice: [{ k: 1 }, 'x'], units })
    expect((part?.data.units as unknown[] | undefined)?.[0]).not.toBe(units[0])
  })

  it('leaves missing values missing and creates no empty objects for them', () => {
    const mapping = [
      e('A', 'info.name', 'applicant.name', { common: true }),
      e('A', 'extra.note', 'item_A.extra.note'),
      e('A', 'rows[].x', 'item_A.rows[].x'),
    ]
    expect(split({ applicant: {} }, mapping)).toEqual([{ item: 'A', data: {} }])
    expect(split({}, mapping)).toEqual([{ item: 'A', data: {} }])
  })

  it('mirrors objects of item sections that exist in the merged data, but not common ones', () => {
    const mapping = [
      e('A', 'info.detail.note', 'item_A.info.detail.note'),
      e('A', 'contact.name', 'contact.name', { common: true }),
    ]
    const data = { item_A: { info: { detail: {} } }, contact: {} }
    expect(split(data, mapping)[0]?.data).toEqual({ info: { detail: {} } })
  })

  it('creates the object an entry names as requiredParent', () => {
    const mapping = [
      e('A', 'applicant.name', 'applicant.name', { common: true, requiredParent: 'applicant' }),
    ]
    expect(split({}, mapping)[0]?.data).toEqual({ applicant: {} })
  })

  it('gives only the asked items, in the asked order, unknown ones empty', () => {
    const mapping = [e('A', 'a', 'x.a'), e('B', 'b', 'x.b')]
    const data = { x: { a: 1, b: 2 } }
    expect(split(data, mapping, { items: ['B', 'Z', 'B'] })).toEqual([
      { item: 'B', data: { b: 2 } },
      { item: 'Z', data: {} },
    ])
  })

  it('never writes prototype keys', () => {
    const mapping = [
      e('A', '__proto__.polluted', 'item_A.p'),
      e('A', 'ok', 'constructor.prototype.x'),
      e('A', 'obj', 'item_A.obj'),
    ]
    const data = JSON.parse('{"item_A":{"p":"bad","obj":{"__proto__":{"polluted":1},"fine":2}}}')
    const [part] = split(data, mapping)
    expect(part?.data).toEqual({ obj: { fine: 2 } })
    expect(Object.getPrototypeOf(part?.data.obj)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('skips values whose shape does not fit', () => {
    const mapping = [e('A', 'rows[].x', 'item_A.rows[].x'), e('A', 'n', 'item_A.n')]
    const data = { item_A: { rows: 'not an array', n: 0 } }
    expect(split(data, mapping)[0]?.data).toEqual({ n: 0 })
  })

  it('treats every key as data, never as code (keys become string literals of generated code)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a key that looks like a template
    const keys = ['a"b', "c'd", 'e\\f', 'g\nh', 'i\u2028j', '`${k}`', '"]; throw 1; //', '0', '']
    const mapping = keys.map((k, i) => e('A', `p${i}.${k}`, `item_A.${k}`))
    const data = { item_A: Object.fromEntries(keys.map((k, i) => [k, i])) }
    expect(split(data, mapping)[0]?.data).toEqual(
      Object.fromEntries(keys.map((k, i) => [`p${i}`, { [k]: i }])),
    )
  })

  it('splits many submissions with one mapping the same way (the generated splitter is reused)', () => {
    const mapping = [
      e('A', 'rows[].x', 'item_A.rows[].x'),
      e('A', 'n', 'applicant.n', { common: true }),
    ]
    for (let i = 0; i < 50; i++) {
      const data = { applicant: { n: i }, item_A: { rows: [{ x: i }, { x: -i }] } }
      expect(split(data, mapping)[0]?.data).toEqual({ rows: [{ x: i }, { x: -i }], n: i })
    }
  })
})
