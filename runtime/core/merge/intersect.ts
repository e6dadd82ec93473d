import { cloneJson, isPlainObject, jsonEqual } from '../schema/json-value'
import { normalizeTitle, schemaUnit } from '../suggest/normalize-title'
import type { Conflict, JsonSchema } from '../types'
import { conflictOf, type SchemaMember } from './conflict-detail'
import {
  firstWith,
  intersectCount,
  intersectEnum,
  intersectEqual,
  intersectPattern,
  intersectRange,
  intersectType,
  type Sink,
} from './intersect-values'

export type IntersectContext = {
  element: string
  /** how the detail names the field (`单位名称`, `项目地址 / 城市`) */
  title: string
  conflicts: Conflict[]
}

/** Annotations: the element's wins, else the first item's. */
const ANNOTATIONS = [
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$comment',
  'contentMediaType',
  'contentEncoding',
]

const DROPPED = new Set(['$id', '$schema', '$anchor', '$defs', 'definitions', '$ref', 'x-element'])

const HANDLED = new Set([
  'title',
  ...ANNOTATIONS,
  'type',
  'format',
  'x-money',
  'x-unit',
  'const',
  'enum',
  'enumNames',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'pattern',
  'properties',
  'required',
])

/** Keywords no family knows must be equal wherever given; else a `shape` conflict. */
function intersectRest(members: SchemaMember[], sink: Sink, skip: Set<string>): void {
  const keys: string[] = []
  for (const m of members) {
    for (const k of Object.keys(m.schema)) {
      if (HANDLED.has(k) || DROPPED.has(k) || skip.has(k) || keys.includes(k)) continue
      keys.push(k)
    }
  }
  for (const k of keys) {
    if (k.startsWith('x-')) {
      const from = members.find((m) => k in m.schema)
      if (from) sink.out[k] = cloneJson(from.schema[k])
      continue
    }
    const having = members.filter((m) => k in m.schema)
    const value = having[0]?.schema[k]
    if (having.every((m) => jsonEqual(m.schema[k], value))) sink.out[k] = cloneJson(value)
    else {
      sink.report('shape', [k])
      sink.out[k] = cloneJson(firstWith(members, [k])?.schema[k])
    }
  }
}

const MONEY_UNITS = new Set(['元', '万元', '亿元', '美元', '万美元'])

/**
 * Units agree: `x-money` and `x-unit` where given, and where neither is, the unit a title names in
 * brackets (用地面积（亩）): a value in 亩 is not one in 平方米. A title's unit is only compared,
 * never written into the merged schema.
 */
function intersectUnits(members: SchemaMember[], ctx: IntersectContext, sink: Sink): void {
  const before = ctx.conflicts.length
  intersectEqual(members, 'x-money', 'format', sink, '金额单位')
  intersectEqual(members, 'x-unit', 'format', sink, '计量单位')
  if (ctx.conflicts.length > before) return
  const units = new Set<string>()
  const dressed = members.map((m) => {
    const own = schemaUnit(m.schema)
    const titled =
      typeof m.schema.title === 'string' ? normalizeTitle(m.schema.title).unit : undefined
    const unit = own ?? titled
    if (unit !== undefined) units.add(unit)
    if (own !== undefined || titled === undefined) return m
    return {
      ...m,
      schema: { ...m.schema, [MONEY_UNITS.has(titled) ? 'x-money' : 'x-unit']: titled },
    }
  })
  if (units.size > 1) {
    ctx.conflicts.push(
      conflictOf('format', ctx.element, ctx.title, dressed, ['x-money', 'x-unit'], '单位'),
    )
  }
}

/** Object members: properties by key (union, each intersected), required = union. */
function intersectProperties(members: SchemaMember[], ctx: IntersectContext, sink: Sink): void {
  const withProps = members.filter((m) => isPlainObject(m.schema.properties))
  const required: string[] = []
  for (const m of members)
    for (const r of m.schema.required ?? []) if (!required.includes(r)) required.push(r)
  if (withProps.length > 0) {
    const keys: string[] = []
    for (const m of withProps)
      for (const k of Object.keys(m.schema.properties ?? {})) if (!keys.includes(k)) keys.push(k)
    const properties: Record<string, JsonSchema> = {}
    for (const key of keys) {
      const sub = withProps
        .filter((m) => Object.hasOwn(m.schema.properties ?? {}, key))
        .map((m) => ({ ...m, path: `${m.path}.${key}`, schema: m.schema.properties?.[key] ?? {} }))
      const name = sub.find((s) => typeof s.schema.title === 'string')?.schema.title ?? key
      properties[key] = intersectSchemas(sub, { ...ctx, title: `${ctx.title} / ${name}` })
    }
    sink.out.properties = properties
    const closed = members.filter((m) => m.schema.additionalProperties === false)
    for (const m of closed) {
      const own = Object.keys(m.schema.properties ?? {})
      const extra = keys.filter((k) => !own.includes(k))
      if (extra.length === 0) continue
      const others = withProps.filter((o) => o !== m).map((o) => o.label)
      ctx.conflicts.push({
        element: ctx.element,
        kind: 'shape',
        members: [m, ...withProps.filter((o) => o !== m)].map((o) => ({
          item: o.item,
          path: o.path,
          value: Object.keys(o.schema.properties ?? {}),
        })),
        detail: `「${ctx.title}」结构冲突：${m.label} 不允许 ${extra.join('、')} 等属性，而 ${[...new Set(others)].join('、')} 含有它们`,
      })
    }
  }
  if (required.length > 0) sink.out.required = required
}

/**
 * Intersects the schemas of the fields bound to one element, the element's own schema included:
 * data valid against the result is valid against every member (when no conflict is reported).
 * A contradiction is reported as a conflict and the first item's constraint stands in for it.
 */
export function intersectSchemas(members: SchemaMember[], ctx: IntersectContext): JsonSchema {
  const out: JsonSchema = {}
  const sink: Sink = {
    out,
    report: (kind, keys, label) =>
      ctx.conflicts.push(conflictOf(kind, ctx.element, ctx.title, members, keys, label)),
  }
  const titled = members.find((m) => typeof m.schema.title === 'string')
  if (titled) out.title = titled.schema.title
  const described = members.find((m) => typeof m.schema.description === 'string')
  if (described) out.description = described.schema.description
  intersectType(members, sink)
  intersectEqual(members, 'format', 'format', sink)
  intersectUnits(members, ctx, sink)
  intersectEqual(members, 'const', 'const', sink)
  intersectEnum(members, sink)
  intersectRange(members, sink)
  intersectCount(members, 'minLength', 'maxLength', 'length', sink)
  intersectCount(members, 'minItems', 'maxItems', 'items', sink)
  if (members.some((m) => m.schema.uniqueItems === true)) out.uniqueItems = true

  const skip = new Set<string>()
  const itemsOf = members.map((m) => m.schema.items).filter((i) => i !== undefined)
  const rowSchemas = itemsOf.length > 0 && itemsOf.every((i) => isPlainObject(i))
  if (rowSchemas) skip.add('items')
  const closedOnly = members.every(
    (m) =>
      m.schema.additionalProperties === undefined ||
      typeof m.schema.additionalProperties === 'boolean',
  )
  if (closedOnly) skip.add('additionalProperties')
  intersectRest(members, sink, skip)
  intersectPattern(members, sink)
  intersectProperties(members, ctx, sink)
  if (closedOnly && members.some((m) => m.schema.additionalProperties === false)) {
    out.additionalProperties = false
  }
  if (rowSchemas) {
    const sub = members
      .filter((m) => isPlainObject(m.schema.items))
      .map((m) => ({ ...m, path: `${m.path}[]`, schema: m.schema.items as JsonSchema }))
    out.items = intersectSchemas(sub, ctx)
  }
  for (const k of ANNOTATIONS.slice(1)) {
    const from = members.find((m) => k in m.schema)
    if (from) out[k] = cloneJson(from.schema[k])
  }
  return out
}
