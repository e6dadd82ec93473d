/**
 * Property edits of one node (FieldPatch) → the node's new schema and uiSchema. Key, title-driven
 * keys and rule rewrites need the whole form and are done by the reducer. Edits that would make
 * the form fail checkForm (an ill-formed keyword, an unsafe pattern) are refused with a reason.
 */

import type { JsonSchema } from '../../runtime/core/types'
import { sharedAjv } from '../../runtime/core/validation/compile'
import { checkPattern } from '../../runtime/core/validation/pattern-safety'
import { editableProperties, hasChoices, isDateRange, isMultiChoice, isNote } from './field-type'
import { writeOptions } from './options'
import type { EditorNode, FieldPatch } from './types'
import { VISIBLE_WHEN } from './visibility'

export type PatchResult = { node: EditorNode } | { error: string }

/** A copy with `key` set, or removed when `value` is null; key order kept. */
export const withKey = <T extends Record<string, unknown>>(
  obj: T,
  key: string,
  value: unknown,
): T => {
  if (value === undefined) return obj
  if (value === null ? !Object.hasOwn(obj, key) : Object.is(obj[key], value)) return obj
  const out = { ...obj } as Record<string, unknown>
  if (value === null) delete out[key]
  else
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  return out as T
}

/** Keys a raw edit may not touch: they are the tree's structure, edited by commands. */
const STRUCTURAL = ['properties', 'items', 'required', '$ref', '$defs', 'definitions']
/** Keywords that would turn a section or table into an opaque field. */
const CONTAINER_ONLY_SHAPE = [
  'type',
  'oneOf',
  'anyOf',
  'allOf',
  'if',
  'then',
  'else',
  'not',
  'dependentSchemas',
  'dependencies',
  'patternProperties',
  'additionalProperties',
  'x-date-range',
]

const WIDTHS = new Set(['full', 'half', 'third'])
/** Chinese names of the patch properties, for messages. */
export const PROPERTY_LABELS: Record<keyof FieldPatch, string> = {
  title: '标题',
  key: '字段标识',
  required: '必填',
  description: '说明',
  help: '帮助文字',
  placeholder: '占位提示',
  default: '默认值',
  minLength: '最少字数',
  maxLength: '最多字数',
  minimum: '最小值',
  maximum: '最大值',
  minItems: '最少项数',
  maxItems: '最多项数',
  pattern: '正则表达式',
  options: '选项',
  element: '数据元',
  visibleWhen: '显示条件',
  width: '宽度',
  widget: '控件',
  money: '金额单位',
  schema: 'JSON Schema 关键字',
  ui: '界面设置',
}

function numberProblem(name: keyof FieldPatch, v: unknown, count: boolean): string | null {
  if (v === null || v === undefined) return null
  const label = PROPERTY_LABELS[name] ?? name
  if (typeof v !== 'number' || !Number.isFinite(v)) return `${label}必须是数字`
  if (count && (!Number.isInteger(v) || v < 0)) return `${label}必须是不小于 0 的整数`
  return null
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

function metaProblem(schema: JsonSchema): string | null {
  try {
    const ajv = sharedAjv()
    if (ajv.validateSchema(schema)) return null
    const e = ajv.errors?.[0]
    return `不是合法的 JSON Schema：${e ? `${e.instancePath} ${e.message ?? e.keyword}`.trim() : ''}`
  } catch {
    return null // a `$schema` ajv does not know: checkForm reports it on save
  }
}

/** Applies a patch's schema and uiSchema properties (everything but `key`). */
export function applyPatch(node: EditorNode, patch: FieldPatch): PatchResult {
  if (patch.required === true && isNote(node.schema))
    return { error: '说明文字无需填写，不能设为必填' }
  const allowed = new Set<string>(editableProperties(node))
  const what = node.kind === 'field' ? '此字段' : node.kind === 'root' ? '表单' : '分组和表格'
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined || k === 'key' || k === 'title') continue
    const label = PROPERTY_LABELS[k as keyof FieldPatch] ?? k
    if (!allowed.has(k)) return { error: `${what}不能设置「${label}」` }
  }
  if (patch.title !== undefined && typeof patch.title !== 'string')
    return { error: '标题必须是文字' }
  for (const name of ['minLength', 'maxLength', 'minItems', 'maxItems'] as const) {
    const p = numberProblem(name, patch[name], true)
    if (p) return { error: p }
  }
  for (const name of ['minimum', 'maximum'] as const) {
    const p = numberProblem(name, patch[name], false)
    if (p) return { error: p }
  }
  if (typeof patch.pattern === 'string') {
    const r = checkPattern(patch.pattern)
    if (!r.ok) return { error: r.message }
  } else if (patch.pattern !== undefined && patch.pattern !== null)
    return { error: '正则表达式必须是文字' }
  if (patch.width !== undefined && patch.width !== null && !WIDTHS.has(patch.width))
    return { error: '宽度只能是 full、half 或 third' }
  if (
    patch.money !== undefined &&
    patch.money !== null &&
    patch.money !== '元' &&
    patch.money !== '万元'
  )
    return { error: '金额单位只能是「元」或「万元」' }
  if (
    patch.element !== undefined &&
    patch.element !== null &&
    (typeof patch.element !== 'string' || !patch.element)
  )
    return { error: '数据元编号不能为空' }
  if (
    patch.visibleWhen !== undefined &&
    patch.visibleWhen !== null &&
    !isPlainObject(patch.visibleWhen)
  )
    return { error: '显示条件格式无效' }
  for (const key of Object.keys(patch.schema ?? {})) {
    if (STRUCTURAL.includes(key)) return { error: `「${key}」由表单结构决定，不能直接修改` }
    if (node.kind !== 'field' && CONTAINER_ONLY_SHAPE.includes(key))
      return { error: `分组和表格不能设置「${key}」` }
  }
  if (patch.options !== undefined) {
    if (!Array.isArray(patch.options)) return { error: '选项必须是列表' }
    for (const o of patch.options) {
      const t = typeof o?.value
      if (t !== 'string' && t !== 'number' && t !== 'boolean')
        return { error: '选项的值必须是文字、数字或是/否' }
      if (o.label !== undefined && typeof o.label !== 'string')
        return { error: '选项的名称必须是文字' }
    }
  }

  let schema = node.schema
  let ui = node.ui
  schema = withKey(schema, 'title', patch.title)
  schema = withKey(schema, 'description', patch.description)
  for (const name of [
    'minLength',
    'maxLength',
    'minimum',
    'maximum',
    'minItems',
    'maxItems',
    'pattern',
  ] as const)
    schema = withKey(schema, name, patch[name])
  schema = withKey(schema, 'default', patch.default)
  schema = withKey(schema, 'x-element', patch.element)
  schema = withKey(schema, VISIBLE_WHEN, patch.visibleWhen)
  schema = withKey(schema, 'x-money', patch.money)
  for (const [k, v] of Object.entries(patch.schema ?? {})) schema = withKey(schema, k, v)

  ui = withKey(ui, 'ui:help', patch.help)
  ui = withKey(ui, 'ui:placeholder', patch.placeholder)
  ui = withKey(ui, 'ui:widget', patch.widget)
  if (patch.width !== undefined) {
    const options = withKey(
      isPlainObject(ui['ui:options']) ? ui['ui:options'] : {},
      'width',
      patch.width,
    )
    ui = withKey(ui, 'ui:options', Object.keys(options).length ? options : null)
  }
  for (const [k, v] of Object.entries(patch.ui ?? {})) {
    if (k === 'ui:order') return { error: '字段顺序由拖放决定，不能直接修改 ui:order' }
    if (node.kind !== 'field' && !k.startsWith('ui:'))
      return { error: `分组和表格的界面设置只能是 ui: 开头的键，不能是「${k}」` }
    ui = withKey(ui, k, v)
  }
  // an optional range may be left empty (rjsf may hand in `{}`); a required one needs both dates
  if (patch.required !== undefined && isDateRange(schema))
    schema = withKey(schema, 'required', patch.required ? ['start', 'end'] : null)
  if (patch.options !== undefined) {
    if (!hasChoices(isMultiChoice(schema) ? schema.items : schema))
      return { error: '该字段没有选项' }
    ;({ schema, ui } = writeOptions(schema, ui, patch.options))
  }
  if (schema !== node.schema) {
    const problem = metaProblem(schema)
    if (problem) return { error: problem }
  }
  let next: EditorNode = node
  if (schema !== node.schema || ui !== node.ui) next = { ...node, schema, ui }
  if (patch.required !== undefined && patch.required !== node.required)
    next = { ...next, required: !!patch.required }
  return { node: next }
}
