import { describe, expect, it } from 'vitest'
import { collectLeaves, resolveRefs } from '../schema'
import { generateItems } from './generate-items'

describe('generateItems', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(generateItems(5, 40, 11))).toBe(JSON.stringify(generateItems(5, 40, 11)))
    expect(JSON.stringify(generateItems(5, 40, 11))).not.toBe(
      JSON.stringify(generateItems(5, 40, 12)),
    )
  })

  it('makes about the asked number of leaves, about 30 % of them bound', () => {
    const items = generateItems(8, 38, 1)
    expect(new Set(items.map((i) => i.code)).size).toBe(8)
    let leaves = 0
    let bound = 0
    for (const item of items) {
      const found = collectLeaves(resolveRefs(item.form.schema))
      leaves += found.length
      bound += found.filter((l) => typeof l.schema['x-element'] === 'string').length
      expect(found.length).toBe(38)
    }
    expect(leaves).toBe(8 * 38)
    expect(bound / leaves).toBeGreaterThan(0.25)
    expect(bound / leaves).toBeLessThan(0.35)
  })
})
