import type { Form, JsonSchema } from '../../../runtime/core/types'

/** A form of `sections` sections with `perSection` text fields each (`s0.f0` …). */
export function bigForm(sections: number, perSection: number): Form {
  const properties: Record<string, JsonSchema> = {}
  for (let s = 0; s < sections; s++) {
    const fields: Record<string, JsonSchema> = {}
    for (let f = 0; f < perSection; f++)
      fields[`f${f}`] = { type: 'string', title: `字段${s}-${f}`, maxLength: 50 }
    properties[`s${s}`] = { type: 'object', title: `分组${s}`, properties: fields }
  }
  return { schema: { type: 'object', title: '大表单', properties }, uiSchema: {} }
}
