import { describe, expect, it } from 'vitest'
import { lcs } from './lcs'

describe('lcs', () => {
  it('keeps the longest run of keys in place', () => {
    expect([...lcs(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'])]).toEqual(['b', 'c', 'd'])
    expect([...lcs(['a', 'b', 'c', 'd'], ['d', 'a', 'b', 'c'])]).toEqual(['a', 'b', 'c'])
    expect([...lcs(['a', 'b'], ['b', 'a'])]).toEqual(['a'])
    expect([...lcs([], ['a'])]).toEqual([])
  })
})
