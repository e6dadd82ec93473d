import { describe, expect, it } from 'vitest'
import { displayOrder } from './display-order'

describe('displayOrder', () => {
  it('applies ui:order with and without *', () => {
    const keys = ['a', 'b', 'c', 'd']
    expect(displayOrder(keys, undefined)).toEqual(keys)
    expect(displayOrder(keys, ['c', '*', 'a'])).toEqual(['c', 'b', 'd', 'a'])
    expect(displayOrder(keys, ['d', 'b'])).toEqual(['d', 'b', 'a', 'c'])
    expect(displayOrder(keys, ['x', 'b', 'b', '*'])).toEqual(['b', 'a', 'c', 'd'])
  })
})
