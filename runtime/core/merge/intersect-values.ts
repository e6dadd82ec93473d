import { canonicalJson, cloneJson, jsonEqual } from '../schema/json-value'
import type { Conflict, JsonSchema } from '../types'
import type { SchemaMember } from './conflict-detail'

/** Where an intersection writes its result and reports what does not fit. */
export type Sink = {
  out: JsonSchema
  report: (kind: Conflict['kind'], keys: readonly string[], label?: string) => void
}

/** The member whose constraint stands in when members disagree: the first item, else the element. */
export const firstWith = (members: SchemaMember[], keys: readonly string[]) =>
  members.find((m) => !m.element && keys.some((k) => k in m.schema)) ??
  members.find((m) => keys.some((k) => k in m.schema))

const copyKeys = (to: JsonSchema, from: SchemaMember | undefined, keys: readonly string[]) => {
  if (!from) return
  for (const k of keys) if (k in from.schema) to[k] = cloneJson(from.schema[k])
}

const typesOf = (t: unknown): string[] => (Array.isArray(t) ? t.map(String) : [String(t)])

/** Types intersect as sets; `integer` is a `number`, so integer ∩ number = integer. */
export function intersectType(members: SchemaMember[], sink: Sink): void {
  const having = members.filter((m) => m.schema.type !== undefined)
  if (having.length === 0) return
  let acc = typesOf(having[0]?.schema.type)
  for (const m of having.slice(1)) {
    const other = typesOf(m.schema.type)
    const next: string[] = []
    for (const t of acc) {
      if (other.includes(t)) next.push(t)
      else if (t === 'integer' && other.includes('number')) next.push('integer')
      else if (t === 'number' && other.includes('integer')) next.push('integer')
    }
    acc = [...new Set(next)]
  }
  if (acc.length === 0) {
    sink.report('type', ['type'])
    copyKeys(sink.out, firstWith(members, ['type']), ['type'])
    return
  }
  sink.out.type = acc.length === 1 ? acc[0] : acc
}

/** Keywords that must be equal wherever they are given (a missing one constrains nothing). */
export function intersectEqual(
  members: SchemaMember[],
  key: string,
  kind: 'format' | 'const',
  sink: Sink,
  label?: string,
): void {
  const having = members.filter((m) => key in m.schema)
  if (having.length === 0) return
  const first = having[0]?.schema[key]
  if (having.every((m) => jsonEqual(m.schema[key], first))) {
    sink.out[key] = cloneJson(first)
    return
  }
  sink.report(kind, [key], label)
  copyKeys(sink.out, firstWith(members, [key]), [key])
}

/** enum = intersection, ordered as the element's list, else the first item's; `enumNames` follow. */
export function intersectEnum(members: SchemaMember[], sink: Sink): void {
  const having = members.filter((m) => Array.isArray(m.schema.enum))
  if (having.length === 0) return
  const source = having.find((m) => m.element) ?? having[0]
  if (!source) return
  const sets = having.map((m) => new Set((m.schema.enum ?? []).map(canonicalJson)))
  const values = source.schema.enum ?? []
  const keep = values.map((v) => sets.every((s) => s.has(canonicalJson(v))))
  if (!keep.some(Boolean)) {
    sink.report('enum', ['enum'])
    copyKeys(sink.out, firstWith(members, ['enum']), ['enum', 'enumNames'])
    return
  }
  sink.out.enum = cloneJson(values.filter((_, i) => keep[i]))
  const names = source.schema.enumNames
  if (Array.isArray(names) && names.length === values.length) {
    sink.out.enumNames = names.filter((_, i) => keep[i])
  }
  const c = sink.out.const
  if (c !== undefined && !sink.out.enum.some((v) => jsonEqual(v, c))) {
    sink.report('const', ['const', 'enum'])
  }
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

type Bound = { value: number; strict: boolean }
const tighter = (a: Bound | undefined, b: Bound, lower: boolean): Bound => {
  if (!a) return b
  if (a.value === b.value) return { value: a.value, strict: a.strict || b.strict }
  return lower === a.value > b.value ? a : b
}

const RANGE_KEYS = ['minimum', 'exclusiveMinimum', 'maximum', 'exclusiveMaximum', 'multipleOf']

/** minimum = max, maximum = min (exclusive bounds likewise); multipleOf of integers → lcm. */
export function intersectRange(members: SchemaMember[], sink: Sink): void {
  const nums = (k: string) =>
    members.map((m) => m.schema[k]).filter((v): v is number => typeof v === 'number')
  const out: JsonSchema = {}
  const min = nums('minimum')
  const exMin = nums('exclusiveMinimum')
  const max = nums('maximum')
  const exMax = nums('exclusiveMaximum')
  if (min.length) out.minimum = Math.max(...min)
  if (exMin.length) out.exclusiveMinimum = Math.max(...exMin)
  if (max.length) out.maximum = Math.min(...max)
  if (exMax.length) out.exclusiveMaximum = Math.min(...exMax)
  let ok = true
  const steps = [...new Set(nums('multipleOf'))]
  if (steps.length === 1) out.multipleOf = steps[0]
  else if (steps.length > 1) {
    if (steps.every((s) => Number.isInteger(s) && s > 0)) {
      out.multipleOf = steps.reduce((a, b) => (a / gcd(a, b)) * b)
    } else ok = false
  }
  let lo: Bound | undefined
  let hi: Bound | undefined
  if (out.minimum !== undefined) lo = tighter(lo, { value: out.minimum, strict: false }, true)
  if (out.exclusiveMinimum !== undefined)
    lo = tighter(lo, { value: out.exclusiveMinimum, strict: true }, true)
  if (out.maximum !== undefined) hi = tighter(hi, { value: out.maximum, strict: false }, false)
  if (out.exclusiveMaximum !== undefined)
    hi = tighter(hi, { value: out.exclusiveMaximum, strict: true }, false)
  if (lo && hi) {
    if (lo.value > hi.value || (lo.value === hi.value && (lo.strict || hi.strict))) ok = false
    if (ok && sink.out.type === 'integer') {
      const first = lo.strict ? Math.floor(lo.value) + 1 : Math.ceil(lo.value)
      const last = hi.strict ? Math.ceil(hi.value) - 1 : Math.floor(hi.value)
      if (first > last) ok = false
    }
  }
  if (!ok) {
    sink.report('range', RANGE_KEYS)
    copyKeys(sink.out, firstWith(members, RANGE_KEYS), RANGE_KEYS)
    return
  }
  Object.assign(sink.out, out)
}

/** A pair of count bounds (minLength/maxLength, minItems/maxItems): min = max, max = min. */
export function intersectCount(
  members: SchemaMember[],
  minKey: string,
  maxKey: string,
  kind: 'length' | 'items',
  sink: Sink,
): void {
  const nums = (k: string) =>
    members.map((m) => m.schema[k]).filter((v): v is number => typeof v === 'number')
  const mins = nums(minKey)
  const maxs = nums(maxKey)
  const lo = mins.length ? Math.max(...mins) : undefined
  const hi = maxs.length ? Math.min(...maxs) : undefined
  if (lo !== undefined && hi !== undefined && lo > hi) {
    sink.report(kind, [minKey, maxKey])
    copyKeys(sink.out, firstWith(members, [minKey, maxKey]), [minKey, maxKey])
    return
  }
  if (lo !== undefined) sink.out[minKey] = lo
  if (hi !== undefined) sink.out[maxKey] = hi
}

/** Every distinct pattern is kept: one as `pattern`, several as `allOf: [{pattern} …]`. */
export function intersectPattern(members: SchemaMember[], sink: Sink): void {
  const patterns = [
    ...new Set(
      members.map((m) => m.schema.pattern).filter((p): p is string => typeof p === 'string'),
    ),
  ]
  if (patterns.length === 1) sink.out.pattern = patterns[0]
  else if (patterns.length > 1) {
    const prior = Array.isArray(sink.out.allOf) ? sink.out.allOf : []
    sink.out.allOf = [...prior, ...patterns.map((pattern) => ({ pattern }))]
  }
}
