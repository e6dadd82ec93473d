import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { collectLeaves } from '../schema'
import type { Answers, ApplicabilityRule, Rule } from '../types'
import { bundleFixture, FG, GT, ZJ } from './bundle-fixture'
import { tailor } from './tailor'

const QUESTION = fc.constantFrom('invest', 'funding', 'civilDefense', 'ghost', 'constructor')
const VALUE = fc.oneof(
  fc.constantFrom('government', 'enterprise', 'central', 'local', 'bond', 'yes', 'no', ''),
  fc.boolean(),
)

const { rule } = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'rule' },
    fc.record({ q: QUESTION, eq: VALUE }),
    fc.record({ q: QUESTION, in: fc.array(VALUE, { maxLength: 3 }) }),
    fc.record({ q: QUESTION, answered: fc.boolean() }),
    fc.record({ all: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ not: tie('rule') }),
  ),
}))

const TARGET_IDS = [FG, GT, ZJ, 'ghost', 'applicant', 'project', 'government', `item_${ZJ}`]
const MATERIALS = ['business-license', 'record-form', 'bond-plan', 'shelter-drawings']
const target = fc.oneof(
  fc.record({ type: fc.constant('item' as const), id: fc.constantFrom(...TARGET_IDS) }),
  fc.record({ type: fc.constant('section' as const), id: fc.constantFrom(...TARGET_IDS) }),
  fc.record({ type: fc.constant('material' as const), id: fc.constantFrom(...MATERIALS) }),
)
const rules = fc.array(fc.record({ target, when: rule }), { maxLength: 8 })
const answers = fc.dictionary(
  QUESTION,
  fc.oneof(VALUE, fc.array(fc.constantFrom('central', 'local', 'bond', 'x'), { maxLength: 3 })),
) as fc.Arbitrary<Answers>
const requiredFlags = fc.array(fc.boolean(), { minLength: 32, maxLength: 32 })

describe('tailor (property)', () => {
  it('never throws, keeps a subset of the merged leaves, each used by an applicable item', () => {
    fc.assert(
      fc.property(rules, answers, requiredFlags, (extra: ApplicabilityRule[], given, flags) => {
        const bundle = bundleFixture()
        bundle.rules = extra
        bundle.mapping = bundle.mapping.map((e, i) => {
          const { required: _r, ...rest } = e
          return flags[i] ? { ...rest, required: true } : rest
        })
        const before = JSON.stringify(bundle)
        const r = tailor(bundle, given)
        expect(JSON.stringify(bundle)).toBe(before)

        const applicable = new Set(r.items.map((i) => i.code))
        const merged = new Set(collectLeaves(bundle.schema).map((l) => l.path))
        for (const leaf of collectLeaves(r.schema)) {
          expect(merged.has(leaf.path)).toBe(true)
          const users = bundle.mapping.filter(
            (e) => e.merged === leaf.path && applicable.has(e.item),
          )
          expect(users.length).toBeGreaterThan(0)
          expect(r.mapping.some((e) => e.merged === leaf.path)).toBe(true)
          if (!leaf.path.startsWith('item_')) {
            expect(leaf.required).toBe(users.some((e) => e.required))
          }
        }
        for (const e of r.mapping) expect(applicable.has(e.item)).toBe(true)
        for (const m of r.materials) {
          expect(m.items.length).toBeGreaterThan(0)
          for (const c of m.items) expect(applicable.has(c)).toBe(true)
        }
        for (const key of Object.keys(r.schema.properties ?? {})) {
          expect(collectLeaves(r.schema.properties?.[key] ?? {}).length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 500 },
    )
  })
})
