import type { Box, Measure, Page } from '../types'
import { CONTENT, MUTED, PAGE, TYPE } from './geometry'

/** What the header of every page says: the document's title left, its identity right. */
export type Chrome = { left: string; right: string }

/** Header (title left, identity right, a rule) and footer (第 X 页 共 Y 页) on every page. */
export function withChrome(pages: Page[], chrome: Chrome, measure: Measure): Page[] {
  const headY = CONTENT.top - 22
  const rightWidth = measure(chrome.right, TYPE.header)
  return pages.map((p, i) => {
    const footer = `第 ${i + 1} 页 共 ${pages.length} 页`
    const boxes: Box[] = [
      {
        kind: 'text',
        x: CONTENT.x,
        y: headY,
        size: TYPE.header,
        text: chrome.left,
        gray: MUTED,
      },
      {
        kind: 'text',
        x: CONTENT.x + CONTENT.width - rightWidth,
        y: headY,
        size: TYPE.header,
        text: chrome.right,
        gray: MUTED,
      },
      {
        kind: 'line',
        x1: CONTENT.x,
        y1: headY + 5,
        x2: CONTENT.x + CONTENT.width,
        y2: headY + 5,
        width: 0.5,
        gray: 0.6,
      },
      {
        kind: 'text',
        x: PAGE.width / 2 - measure(footer, TYPE.small) / 2,
        y: PAGE.height - 30,
        size: TYPE.small,
        text: footer,
      },
    ]
    return { boxes: [...boxes, ...p.boxes] }
  })
}
