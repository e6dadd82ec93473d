/**
 * Data for a (merged) schema as a fast-check arbitrary: respects type, bounds, lengths, enum,
 * const, required and formats (known-valid samples only), uniqueItems and row counts.
 */
import fc from 'fast-check'
import { typeOf } from '../../schema'
import type { JsonSchema } from '../../types'
import { FORMAT_SAMPLES } from './test-ajv'

const CHARS = fc.constantFrom('甲', '乙', '丙', 'a', 'B', '1', ' ', '-')

const patternsOf = (s: JsonSchema): RegExp[] => {
  const all = [
    s.pattern,
    ...(Array.isArray(s.allOf) ? s.allOf.map((x) => (x as JsonSchema).pattern) : []),
  ]
  return all.filter((p): p is string => typeof p === 'string').map((p) => new RegExp(p, 'u'))
}

function stringArb(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0
  const max = Math.min(s.maxLength ?? min + 12, min + 12)
  const patterns = patternsOf(s)
  const fits = (v: string) => {
    const n = [...v].length
    return (
      n >= min && n <= (s.maxLength ?? Number.POSITIVE_INFINITY) && patterns.every((p) => p.test(v))
    )
  }
  if (s.format) {
    const samples = (FORMAT_SAMPLES[s.format] ?? []).filter(fits)
    if (samples.length === 0) throw new Error(`no sample for format ${s.format}`)
    return fc.constantFrom(...samples)
  }
  if (patterns[0]) return fc.stringMatching(patterns[0]).filter(fits)
  return fc.string({ unit: CHARS, minLength: min, maxLength: max })
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  let lo = Math.max(s.minimum ?? -1000, s.exclusiveMinimum ?? Number.NEGATIVE_INFINITY)
  let hi = Math.min(s.maximum ?? 1e6, s.exclusiveMaximum ?? Number.POSITIVE_INFINITY)
  const loEx =
    s.exclusiveMinimum !== undefined &&
    s.exclusiveMinimum >= (s.minimum ?? Number.NEGATIVE_INFINITY)
  const hiEx =
    s.exclusiveMaximum !== undefined &&
    s.exclusiveMaximum <= (s.maximum ?? Number.POSITIVE_INFINITY)
  const multipleOf = typeof s.multipleOf === 'number' ? s.multipleOf : undefined
  if (integer || multipleOf) {
    const step = multipleOf ?? 1
    lo = loEx ? Math.floor(lo / step) + 1 : Math.ceil(lo / step)
    hi = hiEx ? Math.ceil(hi / step) - 1 : Math.floor(hi / step)
    return fc.integer({ min: lo, max: hi }).map((k) => k * step)
  }
  return fc.double({ min: lo, max: hi, minExcluded: loEx, maxExcluded: hiEx, noNaN: true })
}

/** An arbitrary of values valid against `s` (as far as these keywords go). */
export function dataArb(s: JsonSchema): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (Array.isArray(s.enum)) return fc.constantFrom(...s.enum)
  if (Array.isArray(s.oneOf)) {
    const consts = s.oneOf.map((o) => (o as JsonSchema).const)
    return fc.constantFrom(...consts)
  }
  switch (typeOf(s)) {
    case 'object': {
      const props = s.properties ?? {}
      const shape = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, dataArb(v)]))
      const requiredKeys = (s.required ?? []).filter((k) => k in props)
      const record = fc.record(shape, { requiredKeys })
      const dependent = s.dependentRequired as Record<string, string[]> | undefined
      if (!dependent) return record
      return record.filter((v) =>
        Object.entries(dependent).every(([k, needs]) => !(k in v) || needs.every((n) => n in v)),
      )
    }
    case 'array': {
      const items = s.items && !Array.isArray(s.items) ? s.items : {}
      const minLength = s.minItems ?? 0
      const maxLength = Math.min(s.maxItems ?? minLength + 3, minLength + 3)
      if (s.uniqueItems) {
        return fc.uniqueArray(dataArb(items), {
          minLength,
          maxLength,
          selector: (v) => JSON.stringify(v),
        })
      }
      return fc.array(dataArb(items), { minLength, maxLength })
    }
    case 'string':
      return stringArb(s)
    case 'integer':
      return numberArb(s, true)
    case 'number':
      return numberArb(s, false)
    case 'boolean':
      return fc.boolean()
    default:
      return fc.constant(null)
  }
}
