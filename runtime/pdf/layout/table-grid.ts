/**
 * A table as a grid: a header row (repeated on every page the table continues on), one row of
 * fields per data row (or spare rows on a blank form), and a legend of the choices.
 */
import { getAt } from '../../core/schema'
import { fieldName } from '../field-name'
import type { Box, FieldSpec, Measure } from '../types'
import type { Block } from './block'
import { choicesOf } from './classify'
import { LEAD, TYPE } from './geometry'
import { noteBlocks } from './headings'
import { offsets } from './offsets'
import { type Column, columnWeight } from './table-columns'
import { wrapText } from './text-boxes'
import { MULTI_SEPARATOR, valueText } from './values'

const SERIAL = 24
const ROW = 20
const CELL = 7.5
const GRID = 0.55

const cellText = (c: Column, value: unknown): string => {
  if (c.kind === 'multi') {
    const ch = choicesOf(c.schema.items as never)
    if (!Array.isArray(value) || !ch) return ''
    return value
      .map(
        (v) => ch.labels[ch.values.findIndex((x) => JSON.stringify(x) === JSON.stringify(v))] ?? '',
      )
      .join(MULTI_SEPARATOR)
  }
  return valueText(value)
}

function cellField(c: Column, name: string, value: unknown): FieldSpec {
  const tooltip = c.label
  if (c.kind === 'choice' || c.kind === 'boolean') {
    const ch =
      c.kind === 'boolean' ? { values: [true, false], labels: ['是', '否'] } : choicesOf(c.schema)
    const options = ch?.labels ?? []
    const selected = (ch?.values ?? []).findIndex(
      (v) => JSON.stringify(v) === JSON.stringify(value),
    )
    return { type: 'dropdown', name, tooltip, options, selected, size: CELL, cell: true }
  }
  const text = cellText(c, value)
  return {
    type: 'text',
    name,
    tooltip,
    value: text,
    multiline: false,
    size: CELL,
    numeric: c.kind === 'number',
    cell: true,
  }
}

export function gridBlocks(
  segments: (string | number)[],
  cols: Column[],
  rows: unknown[],
  width: number,
  measure: Measure,
): Block[] {
  const weights = cols.map(columnWeight)
  const total = weights.reduce((a, b) => a + b, 0)
  const widths = weights.map((w) => ((width - SERIAL) * w) / total)
  const xs = offsets(SERIAL, widths)
  const heads = cols.map((c, i) =>
    wrapText(`${c.required ? '*' : ''}${c.label}`, xs[i]! + 3, 3, widths[i]! - 6, measure, {
      size: TYPE.small,
      lead: LEAD.small - 1,
    }),
  )
  const headH = Math.max(...heads.map((h) => h.height), LEAD.small) + 6
  const header: Block = {
    height: headH,
    keepWithNext: true,
    boxes: [
      { kind: 'rect', x: 0, y: 0, w: width, h: headH, fill: 0.93, stroke: 0, lineWidth: GRID },
      ...wrapText('序号', 2, (headH - LEAD.small) / 2, SERIAL - 4, measure, {
        size: TYPE.small,
        lead: LEAD.small,
      }).boxes,
      ...xs
        .slice(0, -1)
        .map((x): Box => ({ kind: 'line', x1: x, y1: 0, x2: x, y2: headH, width: GRID })),
      ...heads.flatMap((h) => h.boxes),
    ],
  }
  const rowBlocks = rows.map((row, r): Block => {
    const boxes: Box[] = [
      { kind: 'rect', x: 0, y: 0, w: width, h: ROW, stroke: 0, lineWidth: GRID },
      { kind: 'text', x: 4, y: ROW / 2 + 3, size: TYPE.small, text: String(r + 1) },
      ...xs
        .slice(0, -1)
        .map((x): Box => ({ kind: 'line', x1: x, y1: 0, x2: x, y2: ROW, width: GRID })),
    ]
    cols.forEach((c, i) => {
      const name = fieldName([...segments, r, ...c.segments])
      const value = getAt(row, c.segments.join('.'))
      const field = cellField(c, name, value)
      boxes.push({ kind: 'field', x: xs[i]! + 1.5, y: 1.5, w: widths[i]! - 3, h: ROW - 3, field })
    })
    return { height: ROW, boxes, repeat: header }
  })
  const legend = cols
    .filter((c) => c.kind === 'choice' || c.kind === 'multi')
    .map((c) => {
      const ch = c.kind === 'multi' ? choicesOf(c.schema.items as never) : choicesOf(c.schema)
      const how = c.kind === 'multi' ? `（可多选，以“${MULTI_SEPARATOR}”分隔）` : ''
      return `${c.label}${how}：${(ch?.labels ?? []).join('／')}`
    })
  const dates = cols.filter((c) => c.schema.format === 'date').map((c) => c.label)
  if (dates.length) legend.push(`${dates.join('、')}：格式 YYYY-MM-DD`)
  const after = legend.length ? noteBlocks(legend.join('；'), width, measure) : []
  return [header, ...rowBlocks, { height: 3, boxes: [] }, ...after, { height: 4, boxes: [] }]
}
