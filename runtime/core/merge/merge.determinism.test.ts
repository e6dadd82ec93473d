import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { merge } from '.'
import { itemsArb } from './testing/arbitrary-items'
import { fixtureElements } from './testing/fixture-elements'
import { filing, landBindings, landPermit } from './testing/golden-items'

describe('determinism', () => {
  it('merging twice gives byte-identical JSON', () => {
    fc.assert(
      fc.property(itemsArb, ({ items, bindings }) => {
        const once = JSON.stringify(merge(items, fixtureElements, { bindings }))
        const twice = JSON.stringify(merge(items, fixtureElements, { bindings }))
        expect(twice).toBe(once)
      }),
      { numRuns: 200 },
    )
  })

  it('the order of the element dictionary does not matter', () => {
    const reference = JSON.stringify(
      merge([filing, landPermit], fixtureElements, { bindings: landBindings }),
    )
    fc.assert(
      fc.property(
        itemsArb,
        fc.shuffledSubarray(fixtureElements, {
          minLength: fixtureElements.length,
          maxLength: fixtureElements.length,
        }),
        ({ items, bindings }, shuffled) => {
          const a = JSON.stringify(merge(items, fixtureElements, { bindings }))
          const b = JSON.stringify(merge(items, shuffled, { bindings }))
          expect(b).toBe(a)
          const c = JSON.stringify(
            merge([filing, landPermit], shuffled, { bindings: landBindings }),
          )
          expect(c).toBe(reference)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('does not change its inputs', () => {
    const before = JSON.stringify([filing, landPermit, fixtureElements, landBindings])
    merge([filing, landPermit], fixtureElements, { bindings: landBindings })
    expect(JSON.stringify([filing, landPermit, fixtureElements, landBindings])).toBe(before)
  })
})
