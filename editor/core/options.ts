/**
 * Choices of 单选 / 多选 / 下拉. Values live in `enum`. When some label differs from its value the
 * labels are written twice: `enumNames` in the schema (what the merge intersects and the PDF's
 * `choicesOf` prints) and `ui:enumNames` in the uiSchema as a value → label map (what rjsf 6
 * renders; a map keeps labels right when the merge narrows the enum). Imported `oneOf` lists of
 * `{const, title}` stay in that form.
 */
import type { JsonSchema, UiSchema } from '../../runtime/core/types'
import { isMultiChoice } from './field-type'
import type { ChoiceOption } from './types'

const asRecord = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}

const labelOf = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))

/** The schema holding the choices: the items of a multi-select, else the field itself. */
const choiceSchema = (s: JsonSchema): JsonSchema => (isMultiChoice(s) && s.items ? s.items : s)

/** The labels rjsf shows: `ui:enumNames` as an array (by position) or a map (by value). */
const uiLabel = (ui: UiSchema, value: unknown, i: number): string | undefined => {
  const names = ui['ui:enumNames'] ?? asRecord(ui['ui:options']).enumNames
  if (Array.isArray(names)) return typeof names[i] === 'string' ? names[i] : undefined
  const byValue = asRecord(names)[String(value)]
  return typeof byValue === 'string' ? byValue : undefined
}

/** The field's choices with their labels (a label equal to its value is left out). */
export function readOptions(schema: JsonSchema, ui: UiSchema): ChoiceOption[] {
  const s = choiceSchema(schema)
  const u = s === schema ? ui : asRecord(ui.items)
  const out: ChoiceOption[] = []
  const push = (value: unknown, label: string | undefined) => {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return
    out.push(label !== undefined && label !== labelOf(value) ? { value, label } : { value })
  }
  if (Array.isArray(s.enum)) {
    const names = Array.isArray(s.enumNames) ? s.enumNames : []
    s.enum.forEach((v, i) => {
      push(v, typeof names[i] === 'string' ? (names[i] as string) : uiLabel(u, v, i))
    })
    return out
  }
  const alts = (
    Array.isArray(s.oneOf) ? s.oneOf : Array.isArray(s.anyOf) ? s.anyOf : []
  ) as unknown[]
  for (const a of alts) {
    const t = asRecord(a).title
    push(asRecord(a).const, typeof t === 'string' ? t : undefined)
  }
  return out
}

/** The field with these choices (schema and uiSchema), keeping its representation. */
export function writeOptions(
  schema: JsonSchema,
  ui: UiSchema,
  options: ChoiceOption[],
): { schema: JsonSchema; ui: UiSchema } {
  const multi = isMultiChoice(schema)
  const s = choiceSchema(schema)
  const u = multi ? asRecord(ui.items) : ui
  const labelled = options.some((o) => o.label !== undefined && o.label !== labelOf(o.value))
  const label = (o: ChoiceOption) => o.label || labelOf(o.value)
  let nextS: JsonSchema
  const nextU: UiSchema = { ...u }
  delete nextU['ui:enumNames']
  const altKey = Array.isArray(s.oneOf) ? 'oneOf' : Array.isArray(s.anyOf) ? 'anyOf' : undefined
  if (altKey && !Array.isArray(s.enum)) {
    nextS = {
      ...s,
      [altKey]: options.map((o) =>
        labelled ? { const: o.value, title: label(o) } : { const: o.value },
      ),
    }
  } else {
    nextS = { ...s, enum: options.map((o) => o.value) }
    delete nextS.enumNames
    if (labelled) {
      nextS.enumNames = options.map(label)
      const byValue: Record<string, string> = {}
      for (const o of options)
        Object.defineProperty(byValue, String(o.value), {
          value: label(o),
          enumerable: true,
          writable: true,
          configurable: true,
        })
      nextU['ui:enumNames'] = byValue
    }
  }
  if (!multi) return { schema: nextS, ui: nextU }
  const outerUi: UiSchema = { ...ui }
  if (Object.keys(nextU).length) outerUi.items = nextU
  else delete outerUi.items
  return { schema: { ...schema, items: nextS }, ui: outerUi }
}
