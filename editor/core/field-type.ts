/** What a field is, as the property panel needs to know it (which properties apply). */
import { isOpaque, typeOf } from '../../runtime/core/schema'
import type { JsonSchema, UiSchema } from '../../runtime/core/types'
import type { EditorNode } from './types'

export type FieldType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'dateRange'
  | 'radio'
  | 'select'
  | 'checkboxes'
  | 'boolean'
  | 'formatted'
  | 'list'
  | 'note'
  | 'other'

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

/** A schema whose choices are `enum`, or `oneOf`/`anyOf` branches that are all `const`. */
export const hasChoices = (s: JsonSchema | undefined): boolean => {
  if (!s) return false
  if (Array.isArray(s.enum)) return true
  const alts = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : undefined
  return !!alts && alts.length > 0 && alts.every((a) => asRecord(a).const !== undefined)
}

/** A multi-select: an array of distinct choices. */
export const isMultiChoice = (s: JsonSchema): boolean =>
  typeOf(s) === 'array' && s.uniqueItems === true && hasChoices(s.items)

/** A display-only 说明文字 node: `type: 'null'` (see README: the note field). */
export const isNote = (s: JsonSchema): boolean => s.type === 'null'

/** A 日期区间 `{start, end}`: kept whole as one field. */
export const isDateRange = (s: JsonSchema): boolean => s['x-date-range'] === true

export function fieldTypeOf(schema: JsonSchema, ui: UiSchema): FieldType {
  const widget = ui['ui:widget']
  if (isNote(schema)) return 'note'
  if (isDateRange(schema)) return 'dateRange'
  if (isMultiChoice(schema)) return 'checkboxes'
  if (hasChoices(schema) && typeOf(schema) !== 'array')
    return widget === 'radio' ? 'radio' : 'select'
  if (isOpaque(schema)) return 'other'
  switch (typeOf(schema)) {
    case 'boolean':
      return 'boolean'
    case 'number':
    case 'integer':
      return schema['x-money'] !== undefined ? 'money' : 'number'
    case 'string':
      if (schema.format === 'date') return 'date'
      if (typeof schema.format === 'string') return 'formatted'
      return widget === 'textarea' ? 'textarea' : 'text'
    case 'array':
      return 'list'
    default:
      return 'other'
  }
}

/** The properties of a FieldPatch that mean something for this node (for the property panel). */
export function editableProperties(node: EditorNode): (keyof import('./types').FieldPatch)[] {
  const common = ['title', 'description', 'schema', 'ui'] as const
  if (node.kind === 'root') return [...common]
  const placed = [...common, 'key', 'required', 'visibleWhen', 'width', 'help'] as const
  if (node.kind === 'section') return [...placed]
  if (node.kind === 'table') return [...placed, 'minItems', 'maxItems']
  const type = fieldTypeOf(node.schema, node.ui)
  const leaf = [...placed, 'element', 'default', 'widget'] as const
  switch (type) {
    case 'note':
      return [...common, 'key', 'visibleWhen', 'width']
    case 'text':
    case 'textarea':
    case 'formatted':
      return [...leaf, 'placeholder', 'minLength', 'maxLength', 'pattern']
    case 'date':
      return [...leaf, 'placeholder']
    case 'number':
      return [...leaf, 'placeholder', 'minimum', 'maximum']
    case 'money':
      return [...leaf, 'placeholder', 'minimum', 'maximum', 'money']
    case 'radio':
    case 'select':
      return [...leaf, 'options']
    case 'checkboxes':
      return [...leaf, 'options', 'minItems', 'maxItems']
    case 'list':
      return [...leaf, 'minItems', 'maxItems']
    default:
      return [...leaf]
  }
}
