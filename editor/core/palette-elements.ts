/** Palette entries for the data elements of the dictionary: fields created already bound. */
import { cloneJson } from '../../runtime/core/schema/json-value'
import type { Element, Form, JsonSchema, UiSchema } from '../../runtime/core/types'
import type { PaletteEntry } from './types'

/** The uiSchema a field of this schema gets by default (widgets for formats, long text, choices). */
export function elementUi(schema: JsonSchema): UiSchema {
  if (schema.format === 'cn-division') return { 'ui:widget': 'division' }
  if (schema.format === 'cn-mobile' || schema.format === 'cn-phone')
    return { 'ui:options': { inputType: 'tel' } }
  if (schema.type === 'boolean') return { 'ui:widget': 'radio', 'ui:enumNames': ['是', '否'] }
  if (schema.type === 'array' && schema.uniqueItems) return { 'ui:widget': 'checkboxes' }
  if (Array.isArray(schema.enum))
    return { 'ui:widget': schema.enum.length <= 5 ? 'radio' : 'select' }
  if (schema.type === 'string' && (schema.maxLength ?? 0) > 200) return { 'ui:widget': 'textarea' }
  return {}
}

/** `applicant.uscc` → `applicantUscc`: a readable key, unique across the dictionary. */
export const elementKey = (id: string): string =>
  id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) =>
      i === 0 ? w.charAt(0).toLowerCase() + w.slice(1) : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join('')

/** A field bound to the element: its schema, title and description, `x-element`. */
export function elementForm(element: Element): Form {
  const schema: JsonSchema = { ...cloneJson(element.schema), title: element.title }
  if (element.description && schema.description === undefined)
    schema.description = element.description
  schema['x-element'] = element.id
  return { schema, uiSchema: elementUi(element.schema) }
}

/** One palette entry per element, grouped by the element's group (申请单位信息 …). */
export function elementEntries(elements: Element[]): PaletteEntry[] {
  return elements.map((element) => ({
    id: `element:${element.id}`,
    label: element.title,
    labelEn: element.id,
    group: element.group,
    groupEn: element.id.split('.')[0] ?? element.id,
    key: elementKey(element.id),
    build: () => elementForm(element),
  }))
}
