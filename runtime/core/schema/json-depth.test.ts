import { describe, expect, it } from 'vitest'
import { jsonDepthExceeds } from './json-depth'

const nest = (n: number): unknown => {
  let v: unknown = 'leaf'
  for (let i = 0; i < n; i++) v = i % 2 ? [v] : { k: v }
  return v
}

describe('jsonDepthExceeds', () => {
  it('counts each object or array as one level, scalars as none', () => {
    expect(jsonDepthExceeds('x', 0)).toBe(false)
    expect(jsonDepthExceeds({}, 0)).toBe(true)
    expect(jsonDepthExceeds({}, 1)).toBe(false)
    expect(jsonDepthExceeds({ a: 1, b: [2, { c: null }] }, 3)).toBe(false)
    expect(jsonDepthExceeds({ a: 1, b: [2, { c: {} }] }, 3)).toBe(true)
  })

  it('finds the deep branch among shallow ones, exactly at the limit', () => {
    for (const n of [2, 17, 64]) {
      const data = { shallow: [1, 2, 3], deep: nest(n - 1), other: { x: 'y' } }
      expect(jsonDepthExceeds(data, n)).toBe(false)
      expect(jsonDepthExceeds(data, n - 1)).toBe(true)
    }
  })

  it('walks 10,000-deep input without overflowing the stack', () => {
    expect(jsonDepthExceeds(nest(10_000), 64)).toBe(true)
    expect(jsonDepthExceeds(nest(10_000), 10_000)).toBe(false)
  })
})
