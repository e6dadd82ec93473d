/**
 * Places blocks on pages top to bottom. A block never splits; a chain of `keepWithNext` blocks
 * moves to the next page together with the block that ends it; a block carrying `repeat` (a
 * table row) that starts a page gets its table header printed first.
 */
import type { Box, Page } from '../types'
import { type Block, shift } from './block'
import { CONTENT } from './geometry'

const bodyHeight = CONTENT.bottom - CONTENT.top

/** Height of the chain starting at i: keep-with-next blocks plus the one that ends the chain. */
function chainHeight(blocks: Block[], i: number): number {
  let h = 0
  for (let j = i; j < blocks.length; j++) {
    const b = blocks[j]!
    h += b.height
    if (!b.keepWithNext) break
  }
  return Math.min(h, bodyHeight)
}

export function paginate(blocks: Block[], firstPageTop = CONTENT.top): Page[] {
  const pages: Page[] = []
  let boxes: Box[] = []
  let y = firstPageTop
  let empty = true
  const newPage = () => {
    pages.push({ boxes })
    boxes = []
    y = CONTENT.top
    empty = true
  }
  blocks.forEach((b, i) => {
    if (b.pageBreakBefore && !empty) newPage()
    const need = b.keepWithNext ? chainHeight(blocks, i) : b.height
    if (!empty && y + need > CONTENT.bottom) newPage()
    if (empty && b.repeat) {
      boxes.push(...shift(b.repeat.boxes, CONTENT.x, y))
      y += b.repeat.height
    }
    boxes.push(...shift(b.boxes, CONTENT.x, y))
    y += b.height
    if (b.height > 0) empty = false
  })
  pages.push({ boxes })
  return pages
}
