import type { Box, Measure, PdfForm } from '../types'
import type { Block } from './block'
import { LEAD, MUTED, TYPE } from './geometry'
import { noteBlocks } from './headings'
import { wrapText } from './text-boxes'

export const QR_SIZE = 80

/** Page 1's head: title, bundle, version, number (or 空白表), date, and the QR code. */
export function titleBlocks(form: PdfForm, qr: string, width: number, measure: Measure): Block[] {
  const textWidth = width - QR_SIZE - 12
  const title = wrapText(form.title, 0, 0, textWidth, measure, {
    size: TYPE.title,
    lead: 24,
    bold: true,
  })
  const info = [
    `一件事：${form.bundleName}`,
    `版本：第 ${form.version} 版　内容摘要：${form.hash.slice(0, 12)}`,
    `申请编号：${form.number ?? '空白表（未预填）'}`,
    `日期：${form.date}`,
  ]
  const boxes: Box[] = [...title.boxes]
  let y = title.height + 4
  for (const line of info) {
    const t = wrapText(line, 0, y, textWidth, measure, { size: TYPE.body, lead: LEAD.body + 1 })
    boxes.push(...t.boxes)
    y += t.height
  }
  boxes.push({ kind: 'qr', x: width - QR_SIZE, y: 0, size: QR_SIZE, payload: qr })
  const caption = '窗口扫码调取'
  boxes.push({
    kind: 'text',
    x: width - QR_SIZE / 2 - measure(caption, TYPE.help) / 2,
    y: QR_SIZE + 9,
    size: TYPE.help,
    text: caption,
    gray: MUTED,
  })
  const height = Math.max(y, QR_SIZE + 12) + 8
  boxes.push({ kind: 'line', x1: 0, y1: height - 4, x2: width, y2: height - 4, width: 1 })
  const note = form.number
    ? '说明：本表已按网上申报内容预填，请逐项核对，无误后签字（盖章）；带 * 的为必填项。'
    : '填写说明：带 * 的为必填项。可在 PDF 阅读器中直接填写（可输入中文）后保存提交，也可打印后用黑色签字笔填写；金额以栏目所示单位为准，日期格式为 YYYY-MM-DD；表格行数不够时可另附页。'
  return [{ height, boxes }, ...noteBlocks(note, width, measure), { height: 6, boxes: [] }]
}
