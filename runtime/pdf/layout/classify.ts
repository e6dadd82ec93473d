/**
 * What a schema node becomes on paper: the kind of a leaf, its choices and labels.
 */
import { isObjectSchema, isOpaque, isTableSchema, typeOf } from '../../core/schema'
import type { JsonSchema } from '../../core/types'

export type Choices = { values: unknown[]; labels: string[] }

export type LeafKind =
  | 'text'
  | 'multiline'
  | 'number'
  | 'boolean'
  | 'choice'
  | 'multi'
  | 'list'
  | 'opaque'
  | 'file'
  | 'none'

export type NodeKind = 'object' | 'table' | LeafKind

export const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

export const uiOf = (ui: unknown, key: string): Record<string, unknown> =>
  asRecord(asRecord(ui)[key])
export const uiOptions = (ui: unknown): Record<string, unknown> =>
  asRecord(asRecord(ui)['ui:options'])
export const uiWidget = (ui: unknown): string | undefined => {
  const w = asRecord(ui)['ui:widget'] ?? uiOptions(ui).widget
  return typeof w === 'string' ? w : undefined
}

const label = (v: unknown): string => (typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v)))

/** The options of an enum, or of a oneOf/anyOf whose branches are all `const` (rjsf's labelled enum). */
export function choicesOf(s: JsonSchema | undefined): Choices | undefined {
  if (!s) return undefined
  if (Array.isArray(s.enum) && s.enum.length > 0) {
    const names = Array.isArray(s.enumNames) ? (s.enumNames as unknown[]) : []
    return {
      values: s.enum,
      labels: s.enum.map((v, i) =>
        typeof names[i] === 'string' ? (names[i] as string) : label(v),
      ),
    }
  }
  const alts = (
    Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []
  ) as unknown[]
  if (alts.length > 0 && alts.every((a) => asRecord(a).const !== undefined)) {
    return {
      values: alts.map((a) => asRecord(a).const),
      labels: alts.map((a) => {
        const t = asRecord(a).title
        return typeof t === 'string' ? t : label(asRecord(a).const)
      }),
    }
  }
  return undefined
}

const isFile = (s: JsonSchema): boolean =>
  s.format === 'data-url' ||
  typeof s.contentMediaType === 'string' ||
  typeof s.contentEncoding === 'string'

const isPrimitive = (s: JsonSchema): boolean =>
  ['string', 'number', 'integer', 'boolean'].includes(typeOf(s) ?? '')

/** Classifies a schema node given its uiSchema node. */
export function nodeKind(s: JsonSchema, ui: unknown): NodeKind {
  const widget = uiWidget(ui)
  if (isFile(s) || (typeOf(s) === 'array' && s.items && isFile(s.items as JsonSchema)))
    return 'file'
  if (choicesOf(s) && typeOf(s) !== 'array') return 'choice'
  if (isOpaque(s)) return 'opaque'
  if (isObjectSchema(s)) return 'object'
  if (typeOf(s) === 'object') return 'opaque'
  if (isTableSchema(s)) return 'table'
  if (typeOf(s) === 'array') {
    const items = s.items
    if (!items || Array.isArray(items)) return 'opaque'
    if (choicesOf(items as JsonSchema) && s.uniqueItems) return 'multi'
    const it = items as JsonSchema
    if (isPrimitive(it) && !isOpaque(it) && !choicesOf(it)) return 'list'
    return 'opaque'
  }
  switch (typeOf(s)) {
    case 'boolean':
      return 'boolean'
    case 'number':
    case 'integer':
      return 'number'
    case 'string':
      return widget === 'textarea' || (s.maxLength ?? 0) > 200 ? 'multiline' : 'text'
    case 'null':
      return 'none'
    default:
      return s.const !== undefined ? 'text' : 'opaque'
  }
}
