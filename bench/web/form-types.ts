import type { JsonSchema, UiSchema } from '../../runtime/core/types'

/** One leaf as the baseline renders it: a plain control, with rjsf's id for the same field. */
export type BaselineField = {
  /** rjsf's id (`f.section.key`, table rows `f.section.rows.0.col`), used by both pages */
  id: string
  title: string
  description?: string
  control: 'text' | 'number' | 'date' | 'email' | 'textarea' | 'select' | 'checkbox'
  options?: string[]
  required: boolean
}

/** What the harness pages load from `form.json`. */
export type BenchForm = {
  schema: JsonSchema
  uiSchema: UiSchema
  /** one empty row in every table, so both pages render every leaf */
  initialData: Record<string, unknown>
  sections: { key: string; title: string; fields: BaselineField[] }[]
}
