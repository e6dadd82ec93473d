/**
 * Page 1's head of the 办事指南: the centred title 「<一件事> 办事指南」, the version line, and a strip
 * of what an applicant asks first (承诺/法定时限, 到现场次数, 收费).
 */

import type { GuideDoc, PrintGuide } from '../../core/guide/guide-doc'
import type { Block } from '../layout/block'
import { MUTED } from '../layout/geometry'
import { capLines } from '../text/ellipsis'
import { breakLines } from '../text/line-break'
import type { Box, Measure } from '../types'
import { G, NONE, workingDays } from './style'

/** Text centred in the column [x0, x0 + width]. */
const centred = (
  text: string,
  x0: number,
  width: number,
  y: number,
  size: number,
  measure: Measure,
  extra: Partial<Box & { kind: 'text' }> = {},
): Box => ({
  kind: 'text',
  x: x0 + Math.max(0, (width - measure(text, size)) / 2),
  y,
  size,
  text,
  ...extra,
})

/** 收费 in a word: 「不收费」 when nothing (or only that) is said, else a pointer to section 九. */
export function feeSummary(fee: string): string {
  return !fee || /^(不收费|免费)[。.]?$/.test(fee) ? '不收费' : '见「九、收费」'
}

export function titleBlocks(
  doc: GuideDoc,
  g: PrintGuide,
  width: number,
  measure: Measure,
): Block[] {
  const boxes: Box[] = []
  const lead = 28
  // a runaway name is cut after three lines: 「一、事项名称与编码」 prints it whole
  const lines = capLines(
    breakLines(`${doc.name} 办事指南`, width - 40, G.title, measure),
    3,
    width - 40,
    G.title,
    measure,
  )
  lines.forEach((line, i) => {
    boxes.push(centred(line, 0, width, 6 + G.title + i * lead, G.title, measure, { bold: true }))
  })
  let y = 6 + lines.length * lead + 8
  const sub = `第 ${doc.version} 版　发布日期 ${doc.date}　内容摘要 ${doc.hash.slice(0, 12)}`
  boxes.push(centred(sub, 0, width, y, G.small, measure, { gray: MUTED }))
  y += 16
  const cells: [string, string][] = [
    ['承诺办结时限', workingDays(g.promised)],
    ['法定办结时限', workingDays(g.legal)],
    [
      '到现场次数',
      g.visits === undefined ? NONE : g.visits === 0 ? '0 次（全程网办）' : `最多 ${g.visits} 次`,
    ],
    ['收费', feeSummary(g.fee)],
  ]
  const cw = width / cells.length
  const h = 42
  boxes.push({
    kind: 'rect',
    x: 0,
    y,
    w: width,
    h,
    fill: 0.95,
    stroke: 0.6,
    lineWidth: 0.6,
    radius: 3,
  })
  cells.forEach(([label, value], i) => {
    const x0 = i * cw
    if (i)
      boxes.push({ kind: 'line', x1: x0, y1: y + 7, x2: x0, y2: y + h - 7, width: 0.5, gray: 0.7 })
    boxes.push(centred(label, x0, cw, y + 15, G.note, measure, { gray: MUTED }))
    boxes.push(centred(value, x0, cw, y + 32, 11, measure, { bold: true }))
  })
  y += h + 10
  return [{ height: y, boxes }]
}
