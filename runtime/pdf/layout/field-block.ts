/**
 * One leaf on paper: its label (left column) and its field with help text (right column), as one
 * block, so the label never lands on another page than its field.
 */
import { toChineseUppercase } from '../../core/formats'
import type { JsonSchema } from '../../core/types'
import { fieldName } from '../field-name'
import type { Box, Measure } from '../types'
import type { Block } from './block'
import { shift } from './block'
import { choiceFlow } from './choice-flow'
import { choicesOf, type LeafKind, uiOptions } from './classify'
import { FIELD_HEIGHT, GAP, LABEL_WIDTH, LEAD, MUTED, RULE, TYPE } from './geometry'
import { wrapText } from './text-boxes'
import { valueText } from './values'

export type LeafNode = {
  segments: (string | number)[]
  schema: JsonSchema
  ui: unknown
  label: string
  required: boolean
  help: string[]
  kind: LeafKind
  value: unknown
  /** the field's visibility rule in words, printed under its label */
  condition?: string
}

const MAX_RADIO = 12
const MAX_LINES = 28

const unitOf = (s: JsonSchema): string | undefined =>
  typeof s['x-money'] === 'string'
    ? (s['x-money'] as string)
    : typeof s['x-unit'] === 'string'
      ? (s['x-unit'] as string)
      : undefined

/** The field part of a leaf at (0, 0) in `width`: boxes and height. */
export function leafWidget(
  n: LeafNode,
  width: number,
  measure: Measure,
): { boxes: Box[]; height: number; notes: string[] } {
  const name = fieldName(n.segments)
  const tooltip = n.label
  const notes: string[] = []
  const choices =
    n.kind === 'boolean' ? { values: [true, false], labels: ['是', '否'] } : choicesOf(n.schema)
  if ((n.kind === 'choice' || n.kind === 'boolean') && choices) {
    const selected = choices.values.findIndex((v) => JSON.stringify(v) === JSON.stringify(n.value))
    if (choices.values.length <= MAX_RADIO) {
      const flow = choiceFlow(choices.labels, width, measure, (i) => ({
        type: 'radio',
        name,
        tooltip,
        option: i,
        selected,
      }))
      return { ...flow, notes }
    }
    notes.push(`可选：${choices.labels.join('／')}`)
    const field = {
      type: 'dropdown' as const,
      name,
      tooltip,
      options: choices.labels,
      selected,
      size: TYPE.field,
    }
    return {
      boxes: [{ kind: 'field', x: 0, y: 0, w: width, h: FIELD_HEIGHT, field }],
      height: FIELD_HEIGHT,
      notes,
    }
  }
  if (n.kind === 'multi') {
    const items = choicesOf(n.schema.items as JsonSchema) ?? { values: [], labels: [] }
    const chosen = Array.isArray(n.value) ? n.value.map((v) => JSON.stringify(v)) : []
    const flow = choiceFlow(items.labels, width, measure, (i) => ({
      type: 'check',
      name: fieldName([...n.segments, i]),
      tooltip: `${n.label}：${items.labels[i]}`,
      checked: chosen.includes(JSON.stringify(items.values[i])),
    }))
    return { ...flow, notes: ['可多选'] }
  }
  const json = n.kind === 'opaque'
  const value = valueText(n.value, json)
  if (n.kind === 'multiline' || json) {
    const rowsOpt = Number(uiOptions(n.ui).rows)
    const rows = Number.isFinite(rowsOpt) && rowsOpt > 0 ? Math.min(rowsOpt, 8) : 3
    const needed = value
      ? wrapText(value, 0, 0, width - 4, measure, { size: TYPE.field, lead: LEAD.body }).lines
      : 0
    const lines = Math.min(Math.max(rows, needed), MAX_LINES)
    const h = lines * LEAD.body + 5
    if (json) notes.push('此项结构较复杂，以 JSON 文本表示；请保持格式修改，或在网上办理时填写')
    const field = { type: 'text' as const, name, tooltip, value, multiline: true, size: TYPE.field }
    return { boxes: [{ kind: 'field', x: 0, y: 0, w: width, h, field }], height: h, notes }
  }
  const unit = unitOf(n.schema)
  const unitWidth = unit ? measure(unit, TYPE.field) + 5 : 0
  const maxLen = n.schema.maxLength
  const narrow = maxLen !== undefined && maxLen <= 24 ? Math.max(110, maxLen * 8 + 16) : width
  const w = Math.min(width - unitWidth, n.kind === 'number' ? 170 : narrow)
  const numeric = n.kind === 'number'
  const field = {
    type: 'text' as const,
    name,
    tooltip,
    value,
    multiline: false,
    size: TYPE.field,
    numeric,
  }
  const boxes: Box[] = [{ kind: 'field', x: 0, y: 0, w, h: FIELD_HEIGHT, field }]
  if (unit)
    boxes.push({ kind: 'text', x: w + 4, y: FIELD_HEIGHT - 5, size: TYPE.field, text: unit })
  const money = n.schema['x-money']
  if ((money === '元' || money === '万元') && typeof n.value === 'number') {
    try {
      notes.unshift(`大写：${toChineseUppercase(n.value, money)}`)
    } catch {
      // out of range for 大写: the figure alone is printed
    }
  }
  if (n.schema.format === 'date') notes.push('格式：YYYY-MM-DD，如 2026-01-31')
  return { boxes, height: FIELD_HEIGHT, notes }
}

/** The whole row: label, field, help; a thin rule under it. */
export function fieldBlock(n: LeafNode, width: number, measure: Measure): Block {
  const fieldWidth = width - LABEL_WIDTH - GAP
  const label = `${n.required ? '* ' : ''}${n.label}`
  const lab = wrapText(label, 0, 3, LABEL_WIDTH, measure, { size: TYPE.body, lead: LEAD.body })
  const cond = n.condition
    ? wrapText(n.condition, 0, 3 + lab.height + 1, LABEL_WIDTH, measure, {
        size: TYPE.help,
        lead: LEAD.help,
        gray: MUTED,
      })
    : { boxes: [], height: 0 }
  const widget = leafWidget(n, fieldWidth, measure)
  const helpLines = [...widget.notes, ...n.help].filter(Boolean)
  const boxes: Box[] = [...lab.boxes, ...cond.boxes, ...shift(widget.boxes, LABEL_WIDTH + GAP, 3)]
  let y = 3 + widget.height + 2
  for (const h of helpLines) {
    const t = wrapText(h, LABEL_WIDTH + GAP, y, fieldWidth, measure, {
      size: TYPE.help,
      lead: LEAD.help,
      gray: MUTED,
    })
    boxes.push(...t.boxes)
    y += t.height
  }
  const height = Math.max(3 + lab.height + (cond.height ? cond.height + 1 : 0), y) + 4
  boxes.push({
    kind: 'line',
    x1: 0,
    y1: height - 0.5,
    x2: width,
    y2: height - 0.5,
    width: 0.4,
    gray: RULE,
  })
  return { height, boxes }
}
