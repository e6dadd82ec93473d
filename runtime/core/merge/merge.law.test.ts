import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { resolveRefs } from '../schema'
import { split } from '../split'
import { merge } from '.'
import { dataArb } from './testing/arbitrary-data'
import { itemsArb } from './testing/arbitrary-items'
import { copyPath } from './testing/copy-paths'
import { fixtureElements } from './testing/fixture-elements'
import { checker } from './testing/test-ajv'

const check = checker()

/** Random compatible forms, merged, with data valid against the merged schema. */
const caseArb = itemsArb.chain(({ items, bindings }) => {
  const merged = merge(items, fixtureElements, { bindings })
  return dataArb(merged.schema).map((data) => ({ items, bindings, merged, data }))
})

describe('merge → split law', () => {
  it('compatible forms merge without conflicts, and every part is valid for its own item', () => {
    fc.assert(
      fc.property(caseArb, ({ items, merged, data }) => {
        expect(merged.conflicts).toEqual([])
        expect(check(merged.schema, data)).toEqual([])
        const parts = split(data, merged.mapping)
        expect(parts.map((p) => p.item)).toEqual(items.map((i) => i.code))
        for (const part of parts) {
          const item = items.find((i) => i.code === part.item)
          if (!item) throw new Error(`unknown item ${part.item}`)
          const errors = check(resolveRefs(item.form.schema), part.data)
          if (errors.length) {
            throw new Error(`${part.item}: ${errors.join('; ')}\n${JSON.stringify(part.data)}`)
          }
        }
        // the parts carry every mapped merged value: rebuilding gives the merged data back
        const rebuilt: Record<string, unknown> = {}
        const restricted: Record<string, unknown> = {}
        const isEmpty = (v: unknown) =>
          v !== null && typeof v === 'object' && Object.keys(v).length === 0
        for (const e of merged.mapping) {
          const part = parts.find((p) => p.item === e.item)
          // a form kept whole (path ''): an empty part and an absent or empty section say the same
          if (e.path === '' && isEmpty(part?.data)) continue
          copyPath(part?.data, e.path, rebuilt, e.merged)
          copyPath(data, e.merged, restricted, e.merged)
        }
        expect(rebuilt).toEqual(restricted)
      }),
      { numRuns: 1000 },
    )
  })

  it('every mapped path exists in the merged schema, and each item leaf is mapped once', () => {
    fc.assert(
      fc.property(itemsArb, ({ items, bindings }) => {
        const merged = merge(items, fixtureElements, { bindings })
        const seen = new Set<string>()
        for (const e of merged.mapping) {
          const key = `${e.item}:${e.path}`
          expect(seen.has(key)).toBe(false)
          seen.add(key)
          let node = merged.schema
          for (const seg of e.merged.replace(/\[\]/g, '.[]').split('.')) {
            const next = seg === '[]' ? node.items : node.properties?.[seg]
            expect(next, `${e.merged} in merged schema`).toBeDefined()
            node = next ?? {}
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
