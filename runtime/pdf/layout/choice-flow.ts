import { breakLines } from '../text/line-break'
import type { Box, FieldSpec, Measure } from '../types'
import { BOX, TYPE } from './geometry'

const LINE = 15
const AFTER_BOX = 3
const BETWEEN = 12

/**
 * Options laid out like printed text: a box (or circle) and its label, flowing left to right and
 * wrapping; a label longer than the line wraps under itself. `widget(i)` makes option i's field.
 */
export function choiceFlow(
  labels: string[],
  width: number,
  measure: Measure,
  widget: (i: number) => FieldSpec,
): { boxes: Box[]; height: number } {
  const boxes: Box[] = []
  const textWidth = width - BOX - AFTER_BOX
  let x = 0
  let row = 0
  labels.forEach((label, i) => {
    const lines = breakLines(label, textWidth, TYPE.field, measure)
    const w = BOX + AFTER_BOX + measure(lines[0] ?? '', TYPE.field)
    if (x > 0 && (lines.length > 1 || x + w > width)) {
      x = 0
      row++
    }
    const top = row * LINE + (LINE - BOX) / 2
    boxes.push({ kind: 'field', x, y: top, w: BOX, h: BOX, field: widget(i) })
    lines.forEach((text, k) => {
      boxes.push({
        kind: 'text',
        x: x + BOX + AFTER_BOX,
        y: top + BOX - 0.6 + k * LINE,
        size: TYPE.field,
        text,
      })
    })
    if (lines.length > 1) {
      row += lines.length
      x = 0
    } else x += w + BETWEEN
  })
  const rows = x === 0 && labels.length > 0 ? row : row + 1
  return { boxes, height: Math.max(rows, 1) * LINE }
}
