import { breakLines } from '../text/line-break'
import type { Measure, TextBox } from '../types'

export type TextOptions = { size: number; lead: number; gray?: number; bold?: boolean }

/** Wrapped text at (x, top) within `width`: its boxes and the height it takes. */
export function wrapText(
  text: string,
  x: number,
  top: number,
  width: number,
  measure: Measure,
  o: TextOptions,
): { boxes: TextBox[]; height: number; lines: number } {
  const lines = text ? breakLines(text, width, o.size, measure) : []
  const ascent = o.size * 0.88
  const pad = (o.lead - o.size) / 2
  const boxes = lines.map(
    (line, i): TextBox => ({
      kind: 'text',
      x,
      y: top + pad + ascent + i * o.lead,
      size: o.size,
      text: line,
      ...(o.gray !== undefined ? { gray: o.gray } : {}),
      ...(o.bold ? { bold: true } : {}),
    }),
  )
  return { boxes, height: lines.length * o.lead, lines: lines.length }
}
