/**
 * A printed table: a shaded header row (repeated on every page the table continues on) and rows
 * whose cells hold stacked paragraphs. A row moves to the next page whole; only a row taller than
 * a third of a page (hostile or runaway text) is cut into bands between lines.
 */
import type { Block } from '../layout/block'
import { offsets } from '../layout/offsets'
import { wrapText } from '../layout/text-boxes'
import type { Box, Measure, TextBox } from '../types'
import { G } from './style'

/** `width: 0` takes what the other columns leave. */
export type Column = { title: string; width: number; align?: 'left' | 'center' }
export type CellPart = { text: string; size?: number; lead?: number; gray?: number; bold?: boolean }
export type Cell = CellPart[]

const PAD = 4
const GRID = 0.55
const MIN_ROW = 20
const MAX_ROW = 240

type Line = { box: TextBox; top: number; bottom: number }

function cellLines(
  cell: Cell,
  x: number,
  w: number,
  align: Column['align'],
  measure: Measure,
): Line[] {
  const out: Line[] = []
  let y = PAD
  for (const p of cell) {
    if (!p.text) continue
    const size = p.size ?? G.cell
    const lead = p.lead ?? G.cellLead
    const t = wrapText(p.text, x + PAD, y, w - 2 * PAD, measure, {
      size,
      lead,
      ...(p.gray !== undefined ? { gray: p.gray } : {}),
      ...(p.bold ? { bold: true } : {}),
    })
    t.boxes.forEach((box, i) => {
      const centred =
        align === 'center'
          ? { ...box, x: x + Math.max(PAD, (w - measure(box.text, size)) / 2) }
          : box
      out.push({ box: centred, top: y + i * lead, bottom: y + (i + 1) * lead })
    })
    y += t.height
  }
  return out
}

/** Where to cut a tall row: bands of at most `max`, never through a line. */
function bandCuts(lines: Line[], height: number, max: number): number[] {
  const cuts = [0]
  let start = 0
  while (height - start > max) {
    let cut = start + max
    for (const l of lines) if (l.top < cut && l.bottom > cut) cut = Math.min(cut, l.top)
    if (cut <= start) cut = start + max
    cuts.push(cut)
    start = cut
  }
  cuts.push(height)
  return cuts
}

export function tableBlocks(
  columns: Column[],
  rows: Cell[][],
  width: number,
  measure: Measure,
): Block[] {
  const widths = columns.map((c) => c.width)
  const flex = widths.filter((w) => w === 0).length || 1
  const rest = (width - widths.reduce((a, b) => a + b, 0)) / flex
  const ws = widths.map((w) => (w === 0 ? rest : w))
  const xs = offsets(0, ws)
  const separators = (h: number): Box[] =>
    xs.slice(1, -1).map((x): Box => ({ kind: 'line', x1: x, y1: 0, x2: x, y2: h, width: GRID }))
  const heads = columns.map((c, i) =>
    cellLines(
      [{ text: c.title, size: G.small, lead: G.smallLead }],
      xs[i]!,
      ws[i]!,
      'center',
      measure,
    ),
  )
  const headH = Math.max(...heads.map((h) => h.at(-1)?.bottom ?? 0), G.smallLead) + PAD + 2
  const header: Block = {
    height: headH,
    keepWithNext: true,
    boxes: [
      { kind: 'rect', x: 0, y: 0, w: width, h: headH, fill: 0.92, stroke: 0, lineWidth: GRID },
      ...separators(headH),
      ...heads.flat().map((l) => ({ ...l.box, y: l.box.y + 1 })),
    ],
  }
  const body = rows.flatMap((row): Block[] => {
    const lines = row.flatMap((cell, i) =>
      cellLines(cell, xs[i]!, ws[i]!, columns[i]?.align, measure),
    )
    const height = Math.max(MIN_ROW, ...lines.map((l) => l.bottom + PAD))
    if (height <= MAX_ROW) {
      return [
        {
          height,
          repeat: header,
          boxes: [
            { kind: 'rect', x: 0, y: 0, w: width, h: height, stroke: 0, lineWidth: GRID },
            ...separators(height),
            ...lines.map((l) => l.box),
          ],
        },
      ]
    }
    const cuts = bandCuts(lines, height, MAX_ROW)
    return cuts.slice(0, -1).map((from, b): Block => {
      const to = cuts[b + 1]!
      const h = to - from
      const edges: Box[] = [
        { kind: 'line', x1: 0, y1: 0, x2: 0, y2: h, width: GRID },
        { kind: 'line', x1: width, y1: 0, x2: width, y2: h, width: GRID },
      ]
      if (b === 0) edges.push({ kind: 'line', x1: 0, y1: 0, x2: width, y2: 0, width: GRID })
      if (b === cuts.length - 2)
        edges.push({ kind: 'line', x1: 0, y1: h, x2: width, y2: h, width: GRID })
      const inside = lines.filter((l) => l.top >= from && l.top < to)
      return {
        height: h,
        repeat: header,
        boxes: [
          ...edges,
          ...separators(h),
          ...inside.map((l) => ({ ...l.box, y: l.box.y - from })),
        ],
      }
    })
  })
  return [header, ...body]
}
