import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonSchema, Rule } from '../types'
import { applyVisibility, isVisible, visibilityPlan } from '.'

const KEYS = ['a', 'b', 'c', 'd', 'e']
const VALUES = ['x', 'y', '']

const leafRule: fc.Arbitrary<Rule> = fc.oneof(
  fc.record({ q: fc.constantFrom(...KEYS, 'missing'), eq: fc.constantFrom('x', 'y') }),
  fc.record({ q: fc.constantFrom(...KEYS), in: fc.subarray(['x', 'y']) }),
  fc.record({ q: fc.constantFrom(...KEYS), answered: fc.boolean() }),
)
const ruleArb: fc.Arbitrary<Rule> = fc.oneof(
  leafRule,
  fc.record({ not: leafRule }),
  fc.record({ all: fc.array(leafRule, { maxLength: 3 }) }),
  fc.record({ any: fc.array(leafRule, { maxLength: 3 }) }),
)

/** A flat form of string fields, some with rules (cycles and missing fields included), and a table. */
const formArb = fc
  .record({
    rules: fc.array(fc.option(ruleArb, { nil: undefined }), {
      minLength: KEYS.length,
      maxLength: KEYS.length,
    }),
    column: fc.option(ruleArb, { nil: undefined }),
  })
  .map(({ rules, column }): JsonSchema => {
    const properties: Record<string, JsonSchema> = {}
    KEYS.forEach((k, i) => {
      properties[k] = { type: 'string', ...(rules[i] ? { 'x-visible-when': rules[i] } : {}) }
    })
    const rowRule = column
      ? {
          'x-visible-when': JSON.parse(
            JSON.stringify(column).replaceAll('"q":"a"', '"q":"rows[].k"'),
          ),
        }
      : {}
    properties.rows = {
      type: 'array',
      items: {
        type: 'object',
        properties: { k: { type: 'string' }, v: { type: 'string', ...rowRule } },
      },
    }
    return { type: 'object', properties }
  })

const dataArb = fc.record(
  {
    ...Object.fromEntries(KEYS.map((k) => [k, fc.constantFrom(...VALUES)])),
    rows: fc.array(
      fc.record(
        { k: fc.constantFrom(...VALUES), v: fc.constantFrom(...VALUES) },
        { requiredKeys: [] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
)

describe('visibility properties', () => {
  it('removing hidden values is idempotent', () => {
    fc.assert(
      fc.property(formArb, dataArb, (schema, data) => {
        const once = applyVisibility(schema, data)
        const twice = applyVisibility(schema, once.data)
        expect(twice.data).toEqual(once.data)
        expect(twice.hidden).toEqual(once.hidden)
      }),
      { numRuns: 500 },
    )
  })

  it('never removes a field whose rule holds on the visible data; removes one whose rule fails', () => {
    fc.assert(
      fc.property(formArb, dataArb, (schema, data) => {
        const { data: visible, hidden } = applyVisibility(schema, data)
        const cyclic = new Set(visibilityPlan(schema).cyclic)
        const own = visible as Record<string, unknown>
        for (const k of KEYS) {
          const rule = schema.properties?.[k]?.['x-visible-when'] as Rule | undefined
          const holds = cyclic.has(k) || isVisible(rule, visible)
          expect(hidden.includes(k)).toBe(!holds)
          if (!holds) expect(own).not.toHaveProperty(k)
          else expect(own[k]).toBe((data as Record<string, unknown>)[k])
        }
        const column = schema.properties?.rows?.items?.properties?.v?.['x-visible-when']
        ;(own.rows as Record<string, unknown>[] | undefined)?.forEach((row, i) => {
          const holds = isVisible(column as Rule | undefined, visible, { 'rows[]': i })
          expect(hidden.includes(`rows.${i}.v`)).toBe(!holds)
          if (!holds) expect(row).not.toHaveProperty('v')
        })
      }),
      { numRuns: 500 },
    )
  })
})
