import type { Conflict, JsonSchema } from '../types'

/** A schema taking part in an intersection: an item's field, or the element's own schema. */
export type SchemaMember = {
  /** item code; '' for the element's own schema */
  item: string
  /** 事项名 (or 数据元) as the Chinese detail names it */
  label: string
  path: string
  schema: JsonSchema
  element?: true
}

const TYPE_LABELS: Record<string, string> = {
  string: '文本',
  number: '数字',
  integer: '整数',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  null: '空值',
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v))

const list = (values: unknown[]): string => {
  const shown = values.slice(0, 8).map(show).join('、')
  return values.length > 8 ? `${shown} 等 ${values.length} 项` : shown
}

const typeText = (t: unknown): string =>
  (Array.isArray(t) ? t : [t]).map((x) => TYPE_LABELS[String(x)] ?? String(x)).join('或')

/** How one member's keywords read in a detail (`要求不少于 120 个字符`). */
const PHRASES: Record<string, (v: unknown) => string> = {
  type: (v) => `要求${typeText(v)}`,
  format: (v) => `要求格式 ${show(v)}`,
  'x-money': (v) => `金额单位为 ${show(v)}`,
  'x-unit': (v) => `计量单位为 ${show(v)}`,
  const: (v) => `要求固定为 ${show(v)}`,
  enum: (v) => `可选 ${list(Array.isArray(v) ? v : [v])}`,
  minimum: (v) => `要求不小于 ${v}`,
  exclusiveMinimum: (v) => `要求大于 ${v}`,
  maximum: (v) => `要求不大于 ${v}`,
  exclusiveMaximum: (v) => `要求小于 ${v}`,
  multipleOf: (v) => `要求为 ${v} 的倍数`,
  minLength: (v) => `要求不少于 ${v} 个字符`,
  maxLength: (v) => `要求不超过 ${v} 个字符`,
  minItems: (v) => `要求至少 ${v} 项`,
  maxItems: (v) => `要求至多 ${v} 项`,
}

const KIND_NAMES: Record<Conflict['kind'], string> = {
  type: '类型',
  format: '格式',
  enum: '可选值',
  range: '取值范围',
  length: '长度',
  items: '项数',
  const: '固定值',
  shape: '结构',
}

/** The keywords of `keys` a member sets, as the conflict member's `value`. */
export const pick = (schema: JsonSchema, keys: readonly string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const k of keys) if (k in schema) out[k] = schema[k]
  return out
}

/**
 * Builds a conflict naming every member that sets one of `keys`, e.g.
 * `「单位名称」长度冲突：企业投资项目备案 要求不少于 120 个字符，建设用地规划许可 要求不超过 100 个字符`.
 */
export function conflictOf(
  kind: Conflict['kind'],
  element: string,
  title: string,
  members: SchemaMember[],
  keys: readonly string[],
  label?: string,
): Conflict {
  const involved = members.filter((m) => keys.some((k) => k in m.schema))
  const parts = involved.map((m) => {
    const phrases = keys
      .filter((k) => k in m.schema)
      .map((k) => (PHRASES[k] ?? ((v: unknown) => `的「${k}」为 ${show(v)}`))(m.schema[k]))
    return `${m.label} ${phrases.join('、')}`
  })
  return {
    element,
    kind,
    members: involved.map((m) => ({ item: m.item, path: m.path, value: pick(m.schema, keys) })),
    detail: `「${title}」${label ?? KIND_NAMES[kind]}冲突：${parts.join('，')}`,
  }
}
