/**
 * A visibility rule in words, for paper: 「仅当“是否政府投资”为“是”时填写」. Fields are named by
 * their titles, values by their option labels (enumNames, ui:enumNames, oneOf titles; 是/否).
 */

import { isPlainObject } from '../schema/json-value'
import { schemaAt, typeOf } from '../schema/leaves'
import type { JsonSchema, Rule, UiSchema } from '../types'

type Named = { title: string; label: (v: unknown) => string; multi: boolean }

const asRecord = (v: unknown): Record<string, unknown> => (isPlainObject(v) ? v : {})

/** The uiSchema node at a template path (`units[].type` → `ui.units.items.type`). */
function uiAtPath(ui: UiSchema | undefined, path: string): Record<string, unknown> {
  let at: unknown = ui
  for (const raw of path.split('.')) {
    const rows = raw.endsWith('[]')
    at = asRecord(at)[rows ? raw.slice(0, -2) : raw]
    if (rows) at = asRecord(at).items
  }
  return asRecord(at)
}

function labelsOf(s: JsonSchema, ui: Record<string, unknown>): (v: unknown) => string {
  const byValue = new Map<string, string>()
  const uiNames = ui['ui:enumNames'] ?? asRecord(ui['ui:options']).enumNames
  if (Array.isArray(s.enum)) {
    const names = Array.isArray(s.enumNames) ? s.enumNames : []
    s.enum.forEach((v, i) => {
      const name =
        names[i] ??
        (Array.isArray(uiNames) ? uiNames[i] : asRecord(uiNames)[String(v)]) ??
        undefined
      if (typeof name === 'string') byValue.set(String(v), name)
    })
  }
  const alts = Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []
  for (const a of alts as unknown[]) {
    const { const: c, title } = asRecord(a)
    if (c !== undefined && typeof title === 'string') byValue.set(String(c), title)
  }
  const boolean = typeOf(s) === 'boolean'
  return (v) => {
    const named = byValue.get(String(v))
    if (named !== undefined) return named
    if (boolean || typeof v === 'boolean') {
      if (String(v) === 'true') return '是'
      if (String(v) === 'false') return '否'
    }
    return String(v)
  }
}

function fieldNamed(schema: JsonSchema, ui: UiSchema | undefined, q: string): Named {
  const node = schemaAt(schema, q)
  const u = uiAtPath(ui, q)
  const fallback = q.split('.').at(-1)?.replace(/\[\]$/, '') ?? q
  const uiTitle = u['ui:title']
  const title =
    typeof uiTitle === 'string' && uiTitle
      ? uiTitle
      : typeof node?.title === 'string' && node.title
        ? node.title
        : fallback
  if (!node) return { title, label: (v) => String(v), multi: false }
  const multi = typeOf(node) === 'array' && isPlainObject(node.items)
  const choices = multi ? (node.items as JsonSchema) : node
  return { title, label: labelsOf(choices, multi ? asRecord(u.items) : u), multi }
}

const quoted = (s: string) => `“${s}”`

function valuesText(values: unknown[], f: Named, joiner: string): string {
  return values.map((v) => quoted(f.label(v))).join(joiner)
}

/** One comparison, positive or negated. */
function leafText(r: Record<string, unknown>, f: Named, negated: boolean): string {
  const t = quoted(f.title)
  if ('answered' in r) return (r.answered === true) !== negated ? `已填写${t}` : `未填写${t}`
  const values = 'eq' in r ? [r.eq] : Array.isArray(r.in) ? r.in : []
  if (values.length === 0) return negated ? `${t}任意` : `${t}为（无）`
  if (f.multi) {
    if (!negated) return `${t}选择了${valuesText(values, f, '或')}`
    return values.length === 1
      ? `${t}未选择${valuesText(values, f, '')}`
      : `${t}未选择${valuesText(values, f, '、')}中的任何一项`
  }
  if (!negated) return `${t}为${valuesText(values, f, '或')}`
  return values.length === 1
    ? `${t}不为${valuesText(values, f, '')}`
    : `${t}不是${valuesText(values, f, '、')}中的任何一项`
}

/** The condition of a rule in Chinese, without 「仅当 … 时」: `“是否政府投资”为“是”`. */
export function describeRule(rule: Rule, schema: JsonSchema, ui?: UiSchema): string {
  const text = (r: unknown, negated: boolean, nested: boolean): string => {
    const node = asRecord(r)
    const list = Array.isArray(node.all) ? node.all : Array.isArray(node.any) ? node.any : undefined
    if (list) {
      // 「并非全部」 reads as 「至少一项不」: De Morgan keeps the words plain
      const both = Array.isArray(node.all) !== negated
      const parts = list.map((x) => text(x, negated, true))
      if (parts.length === 1) return parts[0] as string
      const joined = parts.join(both ? '，且' : '，或')
      return nested ? `（${joined}）` : joined
    }
    if ('not' in node) return text(node.not, !negated, nested)
    if (typeof node.q !== 'string') return '（条件无效）'
    return leafText(node, fieldNamed(schema, ui, node.q), negated)
  }
  return text(rule, false, false)
}

/** The help line printed under a conditional field's label. */
export const conditionNote = (rule: Rule, schema: JsonSchema, ui?: UiSchema): string =>
  `仅当${describeRule(rule, schema, ui)}时填写`
