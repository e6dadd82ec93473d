/**
 * The widgets a schema implies, written into a copy of the uiSchema: money for `x-money`, a
 * textarea for long text (the same rule the PDF uses), the division cascader for `cn-division`.
 * An explicit `ui:widget` always wins.
 */
import type { JsonSchema, UiSchema } from '../../core/types'

const LONG_TEXT = 200

const widgetFor = (s: JsonSchema): string | undefined => {
  if (typeof s['x-money'] === 'string' && (s.type === 'number' || s.type === 'integer'))
    return 'money'
  if (s.format === 'cn-division') return 'division'
  if (s.type === 'string' && !s.enum && (s.maxLength ?? 0) > LONG_TEXT) return 'textarea'
  return undefined
}

export function decorateUi(schema: JsonSchema, ui: UiSchema | undefined): UiSchema {
  const out: UiSchema = { ...(ui ?? {}) }
  if (schema.properties) {
    for (const [k, child] of Object.entries(schema.properties)) {
      const childUi = decorateUi(child, ui?.[k] as UiSchema | undefined)
      if (Object.keys(childUi).length) out[k] = childUi
    }
  }
  if (schema.type === 'array' && schema.items && !Array.isArray(schema.items)) {
    const itemsUi = decorateUi(schema.items, ui?.items as UiSchema | undefined)
    if (Object.keys(itemsUi).length) out.items = itemsUi
  }
  const widget = widgetFor(schema)
  if (widget && out['ui:widget'] === undefined) out['ui:widget'] = widget
  return out
}
