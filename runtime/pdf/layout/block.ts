import type { Box } from '../types'

/**
 * A unit of pagination: boxes relative to the block's top-left corner. A block never splits.
 * `keepWithNext` binds it to the following block (headings, a table's title); `repeat` is a
 * block (a table's header row) printed again at the top of a page the run continues on.
 */
export type Block = {
  height: number
  boxes: Box[]
  keepWithNext?: boolean
  pageBreakBefore?: boolean
  repeat?: Block
}

/** Moves boxes by (dx, dy). */
export function shift(boxes: Box[], dx: number, dy: number): Box[] {
  return boxes.map((b) => {
    switch (b.kind) {
      case 'line':
        return { ...b, x1: b.x1 + dx, x2: b.x2 + dx, y1: b.y1 + dy, y2: b.y2 + dy }
      case 'polygon':
        return { ...b, points: b.points.map(([x, y]): [number, number] => [x + dx, y + dy]) }
      default:
        return { ...b, x: b.x + dx, y: b.y + dy }
    }
  })
}
