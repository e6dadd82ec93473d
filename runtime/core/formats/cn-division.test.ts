import { describe, expect, it } from 'vitest'
import { type DivisionNode, divisionName, divisionTree, isCnDivision } from './cn-division'

const flatten = (nodes: DivisionNode[]): DivisionNode[] =>
  nodes.flatMap((n) => [n, ...flatten(n.children ?? [])])

describe('isCnDivision', () => {
  it('accepts province, city and county codes', () => {
    for (const c of ['430000', '430100', '430104', '110000', '110100', '110101', '650000']) {
      expect(isCnDivision(c), c).toBe(true)
    }
    expect(isCnDivision('441900')).toBe(true) // 东莞市: a city without counties
    expect(isCnDivision('469001')).toBe(true) // 五指山市 under 省直辖县级行政区划
  })

  it('refuses unknown codes and other shapes', () => {
    for (const c of ['000000', '999999', '430199', '439900', '43010', '4301040', '441900003', '']) {
      expect(isCnDivision(c), c).toBe(false)
    }
  })
})

describe('divisionTree', () => {
  const tree = divisionTree()
  const all = flatten(tree)

  it('lists the 31 mainland provinces with 6-digit values', () => {
    expect(tree).toHaveLength(31)
    expect(tree[0]).toMatchObject({ value: '110000', label: '北京市' })
    for (const n of all) expect(n.value).toMatch(/^\d{6}$/)
  })

  it('has no empty children lists and agrees with isCnDivision', () => {
    for (const n of all) {
      if (n.children) expect(n.children.length).toBeGreaterThan(0)
      expect(isCnDivision(n.value)).toBe(true)
    }
    expect(new Set(all.map((n) => n.value)).size).toBe(all.length)
  })

  it('is built once', () => {
    expect(divisionTree()).toBe(tree)
  })
})

describe('divisionName', () => {
  it('joins the levels', () => {
    expect(divisionName('430104')).toBe('湖南省 长沙市 岳麓区')
    expect(divisionName('430100')).toBe('湖南省 长沙市')
    expect(divisionName('430000')).toBe('湖南省')
  })

  it('skips placeholder levels unless asked for them', () => {
    expect(divisionName('110101')).toBe('北京市 东城区')
    expect(divisionName('110100')).toBe('北京市 市辖区')
    expect(divisionName('469001')).toBe('海南省 五指山市')
  })

  it('gives undefined for unknown codes', () => {
    expect(divisionName('999999')).toBeUndefined()
    expect(divisionName('43')).toBeUndefined()
  })
})
