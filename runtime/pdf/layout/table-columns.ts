import { displayOrder } from '../../core/diff/display-order'
import type { JsonSchema } from '../../core/types'
import { asRecord, choicesOf, type NodeKind, nodeKind, uiOf } from './classify'

export type Column = {
  /** segments inside the row */
  segments: string[]
  label: string
  schema: JsonSchema
  ui: unknown
  kind: NodeKind
  required: boolean
}

const GRID_KINDS = new Set<NodeKind>(['text', 'number', 'choice', 'boolean', 'multi'])
export const MAX_GRID_COLUMNS = 6

/** The leaf columns of a row object, nested plain objects flattened (`地址·城市`). */
export function tableColumns(
  row: JsonSchema,
  ui: unknown,
  prefix: string[] = [],
  title = '',
): Column[] {
  const props = row.properties ?? {}
  const required = new Set(row.required ?? [])
  const out: Column[] = []
  for (const key of displayOrder(Object.keys(props), asRecord(ui)['ui:order'])) {
    const schema = props[key] as JsonSchema
    const u = uiOf(ui, key)
    const kind = nodeKind(schema, u)
    const own =
      typeof u['ui:title'] === 'string' ? (u['ui:title'] as string) : (schema.title ?? key)
    const label = title ? `${title}·${own}` : own
    if (kind === 'object') out.push(...tableColumns(schema, u, [...prefix, key], label))
    else
      out.push({
        segments: [...prefix, key],
        label,
        schema,
        ui: u,
        kind,
        required: required.has(key),
      })
  }
  return out
}

/** A table prints as a grid when its columns are few and simple; otherwise row by row. */
export const fitsGrid = (cols: Column[]): boolean =>
  cols.length > 0 && cols.length <= MAX_GRID_COLUMNS && cols.every((c) => GRID_KINDS.has(c.kind))

/** Relative column widths. */
export function columnWeight(c: Column): number {
  if (c.kind === 'number') return 2
  if (c.schema.format === 'date') return 2.2
  if (c.kind === 'choice' || c.kind === 'boolean') {
    const labels = c.kind === 'boolean' ? ['是', '否'] : (choicesOf(c.schema)?.labels ?? [])
    const longest = Math.max(2, ...labels.map((l) => [...l].length))
    return Math.min(4, 1 + longest / 3)
  }
  if (c.kind === 'multi') return 3.5
  const max = c.schema.maxLength
  return max !== undefined && max <= 20 ? 2.5 : 3.5
}
