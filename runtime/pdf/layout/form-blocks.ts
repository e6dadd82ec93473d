/**
 * The form's content as blocks: sections (root objects) with headings, nested objects as
 * sub-sections, leaves as field rows, tables as grids or row by row. Nothing in the schema is
 * dropped: what the PDF cannot express as a field is printed with a note.
 */
import { displayOrder } from '../../core/diff/display-order'
import { getAt } from '../../core/schema'
import type { JsonSchema, Rule, UiSchema } from '../../core/types'
import { conditionNote, VISIBLE_WHEN } from '../../core/visibility'
import { fieldName } from '../field-name'
import type { Measure } from '../types'
import type { Block } from './block'
import { asRecord, type LeafKind, nodeKind, uiWidget } from './classify'
import { fieldBlock } from './field-block'
import { noteBlocks, paragraphBlocks, sectionHeading, subHeading } from './headings'
import { fitsGrid, tableColumns } from './table-columns'
import { gridBlocks } from './table-grid'
import { valueText } from './values'

export type WalkContext = {
  measure: Measure
  width: number
  data: unknown
  blank: boolean
  /** the whole form: a visibility rule names the fields it reads by their paths in it */
  root: { schema: JsonSchema; ui: UiSchema }
}

type Node = {
  schema: JsonSchema
  ui: unknown
  segments: (string | number)[]
  required: boolean
  title: string
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined)

const titleOf = (s: JsonSchema, ui: unknown, key: string): string =>
  text(asRecord(ui)['ui:title']) ?? text(s.title) ?? key

const helpOf = (s: JsonSchema, ui: unknown): string[] => {
  const u = asRecord(ui)
  return [text(u['ui:description']) ?? text(s.description), text(u['ui:help'])].filter(
    (x): x is string => !!x,
  )
}

/** Paper cannot hide a field: its rule is printed, 「仅当“是否政府投资”为“是”时填写」. */
const conditionOf = (ctx: WalkContext, s: JsonSchema): string | undefined => {
  const rule = s[VISIBLE_WHEN]
  return rule === undefined ? undefined : conditionNote(rule as Rule, ctx.root.schema, ctx.root.ui)
}

const valueAt = (ctx: WalkContext, segments: (string | number)[]) =>
  ctx.blank ? undefined : getAt(ctx.data, segments.join('.'))

function leafBlocks(ctx: WalkContext, n: Node, kind: LeafKind): Block[] {
  const condition = conditionOf(ctx, n.schema)
  // 说明文字 (a `null` node) carries no data: it prints as a paragraph, without a field
  if (kind === 'none') {
    const body = text(asRecord(n.ui)['ui:description']) ?? text(n.schema.description)
    const help = [condition, text(asRecord(n.ui)['ui:help'])].filter((x): x is string => !!x)
    return paragraphBlocks(
      text(n.schema.title) ?? text(asRecord(n.ui)['ui:title']),
      body,
      help,
      ctx.width,
      ctx.measure,
    )
  }
  const value = valueAt(ctx, n.segments)
  const help = helpOf(n.schema, n.ui)
  if (kind === 'file') {
    const shown = value === undefined ? '' : `（已有：${String(value).slice(0, 40)}…）`
    help.unshift(`附件不在纸质表中填写：网上办理时上传，或在窗口提交纸质件${shown}`)
  }
  const segments = n.segments
  return [
    fieldBlock(
      {
        segments,
        schema: n.schema,
        ui: n.ui,
        label: n.title,
        required: n.required,
        help,
        kind,
        value,
        ...(condition ? { condition } : {}),
      },
      ctx.width,
      ctx.measure,
    ),
  ]
}

function tableBlocks(ctx: WalkContext, n: Node, grid: boolean): Block[] {
  const items = n.schema.items as JsonSchema
  const itemsUi = asRecord(n.ui).items
  const data = valueAt(ctx, n.segments)
  const rows = Array.isArray(data) ? data : []
  const max = n.schema.maxItems ?? Number.POSITIVE_INFINITY
  const spare = Math.min(max, Math.max(n.schema.minItems ?? 0, grid ? 3 : 1))
  const shown: unknown[] = rows.length > 0 ? rows : Array.from({ length: spare }, () => undefined)
  const out: Block[] = [subHeading(`${n.required ? '* ' : ''}${n.title}`, ctx.width, ctx.measure)]
  const condition = conditionOf(ctx, n.schema)
  for (const h of [...(condition ? [condition] : []), ...helpOf(n.schema, n.ui)])
    out.push(...noteBlocks(h, ctx.width, ctx.measure, true))
  if (grid) {
    const cols =
      nodeKind(items, itemsUi) === 'object'
        ? tableColumns(items, itemsUi)
        : [
            {
              segments: [],
              label: titleOf(items, itemsUi, '内容'),
              schema: items,
              ui: itemsUi,
              kind: nodeKind(items, itemsUi),
              required: true,
            },
          ]
    out.push(...gridBlocks(n.segments, cols, shown, ctx.width, ctx.measure))
    const conditional = cols
      .map((c) => [c.label, conditionOf(ctx, c.schema)] as const)
      .filter(([, note]) => note !== undefined)
      .map(([label, note]) => `${label}：${note}`)
    if (conditional.length > 0)
      out.push(...noteBlocks(conditional.join('；'), ctx.width, ctx.measure), {
        height: 4,
        boxes: [],
      })
    return out
  }
  shown.forEach((_, i) => {
    const segments = [...n.segments, i]
    const title = `${n.title}（第 ${i + 1} 行）`
    out.push(
      ...nodeBlocks(ctx, { schema: items, ui: itemsUi, segments, required: false, title }, 1),
    )
  })
  return out
}

/** Blocks of any node; `depth` 0 is a root section. */
export function nodeBlocks(ctx: WalkContext, n: Node, depth: number): Block[] {
  const kind = nodeKind(n.schema, n.ui)
  if (uiWidget(n.ui) === 'hidden' && kind !== 'object' && kind !== 'table') {
    const value = valueText(
      valueAt(ctx, n.segments),
      kind === 'opaque' || typeof valueAt(ctx, n.segments) === 'object',
    )
    const name = fieldName(n.segments)
    const field = {
      type: 'text' as const,
      name,
      tooltip: n.title,
      value,
      multiline: false,
      size: 8,
      hidden: true,
    }
    return [{ height: 0, boxes: [{ kind: 'field', x: 0, y: 0, w: 10, h: 10, field }] }]
  }
  if (kind === 'object') {
    const props = n.schema.properties ?? {}
    const required = new Set(n.schema.required ?? [])
    const out: Block[] = []
    if (n.segments.length > 0 || n.title) {
      out.push(
        depth === 0
          ? sectionHeading(n.title, ctx.width, ctx.measure)
          : subHeading(n.title, ctx.width, ctx.measure),
      )
      const condition = conditionOf(ctx, n.schema)
      for (const h of [...(condition ? [condition] : []), ...helpOf(n.schema, n.ui)])
        out.push(...noteBlocks(h, ctx.width, ctx.measure, true))
    }
    for (const key of displayOrder(Object.keys(props), asRecord(n.ui)['ui:order'])) {
      const schema = props[key] as JsonSchema
      const ui = asRecord(n.ui)[key]
      const child = {
        schema,
        ui,
        segments: [...n.segments, key],
        required: required.has(key),
        title: titleOf(schema, ui, key),
      }
      out.push(...nodeBlocks(ctx, child, n.segments.length === 0 ? 0 : depth + 1))
    }
    return out
  }
  if (kind === 'table' || kind === 'list') {
    const items = n.schema.items as JsonSchema
    const grid = kind === 'list' || fitsGrid(tableColumns(items, asRecord(n.ui).items))
    return tableBlocks(ctx, n, grid)
  }
  return leafBlocks(ctx, n, kind)
}
