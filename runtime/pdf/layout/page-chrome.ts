import type { Box, Measure, Page, PdfForm } from '../types'
import { CONTENT, MUTED, PAGE, TYPE } from './geometry'

/** Header (title, number or 空白表, version) and footer (第 X 页 共 Y 页) on every page. */
export function withChrome(pages: Page[], form: PdfForm, measure: Measure): Page[] {
  const right = `${form.number ? `编号 ${form.number}` : '空白表'} · 第 ${form.version} 版`
  const headY = CONTENT.top - 22
  return pages.map((p, i) => {
    const footer = `第 ${i + 1} 页 共 ${pages.length} 页`
    const chrome: Box[] = [
      { kind: 'text', x: CONTENT.x, y: headY, size: TYPE.header, text: form.title, gray: MUTED },
      {
        kind: 'text',
        x: CONTENT.x + CONTENT.width - measure(right, TYPE.header),
        y: headY,
        size: TYPE.header,
        text: right,
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
    return { boxes: [...chrome, ...p.boxes] }
  })
}
