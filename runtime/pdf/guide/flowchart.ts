/**
 * 办理流程 drawn as a flowchart: a box per step, top to bottom in order; consecutive steps sharing
 * a `parallel` group stand side by side in a dashed 「并联审批」 frame; arrows fan out to and in
 * from parallel boxes. Each box shows its number and title, department and working days (text
 * cut with 「…」 in the chart; the step list below prints it whole).
 */

import { flowRows } from '../../core/guide/flow-rows'
import type { PrintStep } from '../../core/guide/guide-doc'
import { type Block, shift } from '../layout/block'
import { CONTENT } from '../layout/geometry'
import { capLines } from '../text/ellipsis'
import { breakLines } from '../text/line-break'
import type { Box, Measure } from '../types'
import { NONE, workingDays } from './style'

const SINGLE_W = 230
const PER_LINE = 5
const GAP_X = 8
const GAP_Y = 24
const LINE_GAP = 10
const FRAME_X = 8
const FRAME_TOP = 18
const FRAME_BOTTOM = 8
const PAD = 6
const ARROW = 5

type Numbered = PrintStep & { n: number }
type Anchor = { cx: number; y: number }
type Row = { height: number; boxes: Box[]; entries: Anchor[]; exits: Anchor[] }

type Part = { text: string; size: number; lead: number; gray: number; bold?: boolean; max: number }

function stepParts(s: Numbered): Part[] {
  return [
    { text: `${s.n}. ${s.title || NONE}`, size: 9, lead: 12, gray: 0, bold: true, max: 3 },
    { text: s.department || NONE, size: 8, lead: 10.5, gray: 0.3, max: 2 },
    { text: workingDays(s.days), size: 8, lead: 10.5, gray: 0.3, max: 1 },
  ]
}

/** The centred text of one box, relative to its top-left, and the height it needs. */
function boxText(s: Numbered, w: number, measure: Measure): { boxes: Box[]; height: number } {
  const boxes: Box[] = []
  let y = PAD
  for (const p of stepParts(s)) {
    const lines = capLines(
      breakLines(p.text, w - 2 * PAD, p.size, measure),
      p.max,
      w - 2 * PAD,
      p.size,
      measure,
    )
    lines.forEach((line, i) => {
      boxes.push({
        kind: 'text',
        x: Math.max(PAD, (w - measure(line, p.size)) / 2),
        y: y + i * p.lead + (p.lead - p.size) / 2 + p.size * 0.88,
        size: p.size,
        text: line,
        gray: p.gray,
        ...(p.bold ? { bold: true } : {}),
      })
    })
    y += lines.length * p.lead + (p.bold ? 2 : 0)
  }
  return { boxes, height: y + PAD - 2 }
}

const place = (boxes: Box[], dx: number, dy: number): Box[] =>
  boxes.map((b) => (b.kind === 'text' ? { ...b, x: b.x + dx, y: b.y + dy } : b))

function stepBox(x: number, y: number, w: number, h: number, fill: number): Box {
  return { kind: 'rect', x, y, w, h, fill, stroke: 0.25, lineWidth: 0.8, radius: 4 }
}

const arrowHead = (cx: number, tip: number): Box => ({
  kind: 'polygon',
  points: [
    [cx, tip],
    [cx - 3, tip - ARROW],
    [cx + 3, tip - ARROW],
  ],
  fill: 0.2,
})

const vline = (x: number, y1: number, y2: number): Box => ({
  kind: 'line',
  x1: x,
  y1,
  x2: x,
  y2,
  width: 0.8,
  gray: 0.2,
})

function singleRow(s: Numbered, width: number, measure: Measure): Row {
  const w = Math.min(SINGLE_W, width)
  const x = (width - w) / 2
  const t = boxText(s, w, measure)
  return {
    height: t.height,
    boxes: [stepBox(x, 0, w, t.height, 0.93), ...place(t.boxes, x, 0)],
    entries: [{ cx: width / 2, y: 0 }],
    exits: [{ cx: width / 2, y: t.height }],
  }
}

function parallelRow(steps: Numbered[], width: number, measure: Measure): Row {
  const inner = width - 2 * FRAME_X
  const lines: Numbered[][] = []
  for (let i = 0; i < steps.length; i += PER_LINE) lines.push(steps.slice(i, i + PER_LINE))
  const perLine = Math.min(PER_LINE, steps.length)
  const w = Math.min(SINGLE_W, (inner - (perLine - 1) * GAP_X) / perLine)
  const boxes: Box[] = []
  const entries: Anchor[] = []
  const exits: Anchor[] = []
  let y = FRAME_TOP
  for (const line of lines) {
    const texts = line.map((s) => boxText(s, w, measure))
    const h = Math.max(...texts.map((t) => t.height))
    const used = line.length * w + (line.length - 1) * GAP_X
    let x = (width - used) / 2
    texts.forEach((t) => {
      // text centred vertically in a row of boxes of one height
      boxes.push(stepBox(x, y, w, h, 1), ...place(t.boxes, x, y + (h - t.height) / 2))
      entries.push({ cx: x + w / 2, y })
      exits.push({ cx: x + w / 2, y: y + h })
      x += w + GAP_X
    })
    y += h + LINE_GAP
  }
  const height = y - LINE_GAP + FRAME_BOTTOM
  // only the label in the frame: a note on its right would cross the arrows into the boxes
  const frame: Box[] = [
    {
      kind: 'rect',
      x: 0,
      y: 0,
      w: width,
      h: height,
      fill: 0.965,
      stroke: 0.45,
      lineWidth: 0.7,
      radius: 6,
      dash: true,
    },
    { kind: 'text', x: FRAME_X, y: 12, size: 8, text: '并联审批', bold: true, gray: 0.15 },
  ]
  // More than one line of boxes: arrows meet the frame, not each box.
  if (lines.length > 1)
    return {
      height,
      boxes: [...frame, ...boxes],
      entries: [{ cx: width / 2, y: 0 }],
      exits: [{ cx: width / 2, y: height }],
    }
  return { height, boxes: [...frame, ...boxes], entries, exits }
}

/** The arrows from one row's exits to the next row's entries, in a band of GAP_Y. */
function connector(from: Anchor[], to: Anchor[]): Box[] {
  const mid = GAP_Y / 2
  const xs = [...from, ...to].map((a) => a.cx)
  const straight = from.length === 1 && to.length === 1 && Math.abs(from[0]!.cx - to[0]!.cx) < 0.5
  if (straight) return [vline(from[0]!.cx, 0, GAP_Y - ARROW)]
  return [
    ...from.map((a) => vline(a.cx, 0, mid)),
    {
      kind: 'line',
      x1: Math.min(...xs),
      y1: mid,
      x2: Math.max(...xs),
      y2: mid,
      width: 0.8,
      gray: 0.2,
    },
    ...to.map((a) => vline(a.cx, mid, GAP_Y - ARROW)),
  ]
}

export function flowchartBlocks(steps: PrintStep[], width: number, measure: Measure): Block[] {
  const rows = flowRows(steps).map((r) =>
    r.length === 1 && !r[0]!.parallel
      ? singleRow(r[0]!, width, measure)
      : parallelRow(r, width, measure),
  )
  const blocks = rows.map((row, i): Block => {
    const prev = rows[i - 1]
    const top = prev ? GAP_Y : 0
    // the row first: the 并联审批 frame is filled, and the arrows into it are drawn over it
    const boxes: Box[] = shift(row.boxes, 0, top)
    if (prev) {
      boxes.push(...connector(prev.exits, row.entries))
      // from each entry's level in this row up to the band, with the arrow head at the box
      for (const e of row.entries) {
        if (e.y > 0) boxes.push(vline(e.cx, GAP_Y - ARROW, GAP_Y + e.y - ARROW))
        boxes.push(arrowHead(e.cx, GAP_Y + e.y))
      }
    }
    // from each exit down to the row's bottom edge, where the next connector starts
    if (rows[i + 1])
      for (const x of row.exits)
        if (x.y < row.height) boxes.push(vline(x.cx, top + x.y, top + row.height))
    return { height: top + row.height, boxes }
  })
  const total = blocks.reduce((h, b) => h + b.height, 0)
  // a chart that fits on a page is never split; a longer one breaks between rows
  if (total > CONTENT.bottom - CONTENT.top - 60) return blocks
  return blocks.map((b, i) => (i < blocks.length - 1 ? { ...b, keepWithNext: true } : b))
}
