/**
 * Running text as pagination blocks, one per line, so a long paragraph can continue on the next
 * page: the first two and the last two lines stay together (no lone line at a page edge), and a
 * paragraph of four lines or fewer never splits. An optional label hangs in a left column.
 */
import type { Block } from '../layout/block'
import { wrapText } from '../layout/text-boxes'
import type { Box, Measure } from '../types'
import { G } from './style'

export type ParagraphStyle = {
  size?: number
  lead?: number
  gray?: number
  bold?: boolean
  /** left indent of the whole paragraph */
  indent?: number
  /** a label (「办理地点：」, 「1.」) printed in a column of `labelWidth` before the text */
  label?: string
  labelWidth?: number
  labelBold?: boolean
  labelGray?: number
  /** space after the last line */
  after?: number
}

export function paragraphBlocks(
  text: string,
  width: number,
  measure: Measure,
  s: ParagraphStyle = {},
): Block[] {
  const size = s.size ?? G.body
  const lead = s.lead ?? G.bodyLead
  const indent = s.indent ?? 0
  const labelWidth = s.label ? (s.labelWidth ?? G.label) : 0
  const x = indent + labelWidth
  const body = wrapText(text, x, 0, width - x, measure, {
    size,
    lead,
    ...(s.gray !== undefined ? { gray: s.gray } : {}),
    ...(s.bold ? { bold: true } : {}),
  })
  const label = s.label
    ? wrapText(s.label, indent, 0, labelWidth - 4, measure, {
        size,
        lead,
        ...(s.labelGray !== undefined ? { gray: s.labelGray } : {}),
        ...(s.labelBold ? { bold: true } : {}),
      })
    : undefined
  const count = Math.max(body.lines, label?.lines ?? 0, 1)
  const rows: Box[][] = Array.from({ length: count }, () => [])
  // wrapText puts line i at i × lead: each line becomes its own row, moved to the row's top
  // (the label first: text extraction then reads 「1. 标题」 in order)
  for (const boxes of [label?.boxes ?? [], body.boxes])
    boxes.forEach((b, i) => {
      rows[i]?.push({ ...b, y: b.y - i * lead })
    })
  const blocks = rows.map(
    (boxes, i): Block => ({
      height: lead,
      boxes,
      keepWithNext: i < count - 1 && (count <= 4 || i === 0 || i === count - 2),
    }),
  )
  const last = blocks.at(-1)!
  last.height += s.after ?? G.paraGap
  return blocks
}

/** Binds short runs of blocks together (a heading's rows never split); long runs may break. */
export function keepTogether(blocks: Block[], max = 200): Block[] {
  if (blocks.reduce((h, b) => h + b.height, 0) > max) return blocks
  return blocks.map((b, i) => (i < blocks.length - 1 ? { ...b, keepWithNext: true } : b))
}

/** Binds the last block to what follows (an intro line to its table). */
export const leadIn = (blocks: Block[]): Block[] =>
  blocks.map((b, i) => (i === blocks.length - 1 ? { ...b, keepWithNext: true } : b))

/** 「label：value」 rows (办理地点, 咨询电话 …) with the labels in one column, kept together. */
export function fieldRows(rows: [string, string][], width: number, measure: Measure): Block[] {
  return keepTogether(
    rows.flatMap(([label, value]) =>
      paragraphBlocks(value, width, measure, { label: `${label}：`, labelGray: 0.3, after: 2 }),
    ),
  )
}

/** A numbered list: 「1.」 hanging in front of each entry. */
export function numberedList(entries: string[], width: number, measure: Measure): Block[] {
  return entries.flatMap((e, i) =>
    paragraphBlocks(e, width, measure, { label: `${i + 1}.`, labelWidth: 20, after: 2 }),
  )
}
