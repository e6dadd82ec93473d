/**
 * The materials checklist page for the counter: each tailored material with its form (原件 /
 * 复印件 / 电子件), copies, requirement, 免提交 when the e-license library holds it, and a tick box.
 */
import type { MergedMaterial } from '../../core/types'
import { CHECKLIST_PREFIX } from '../field-name'
import type { Box, Measure } from '../types'
import type { Block } from './block'
import { BOX, LEAD, MUTED, TYPE } from './geometry'
import { noteBlocks, sectionHeading } from './headings'
import { offsets } from './offsets'
import { wrapText } from './text-boxes'

const FORM: Record<string, string> = { original: '原件', copy: '复印件', electronic: '电子件' }
const NEED: Record<string, string> = {
  required: '必要',
  tolerated: '容缺',
  conditional: '情形适用',
}
const COLS = [
  { title: '序号', w: 26 },
  { title: '材料名称及说明', w: 0 },
  { title: '形式', w: 52 },
  { title: '份数', w: 30 },
  { title: '要求', w: 42 },
  { title: '核验', w: 34 },
]

export function materialsBlocks(
  materials: MergedMaterial[],
  width: number,
  measure: Measure,
): Block[] {
  const widths = COLS.map((c) => c.w)
  widths[1] = width - widths.reduce((a, b) => a + b, 0)
  const xs = offsets(0, widths)
  const lines = (h: number): Box[] =>
    xs.slice(1, -1).map((v) => ({ kind: 'line', x1: v, y1: 0, x2: v, y2: h, width: 0.55 }) as Box)
  const headH = 20
  const header: Block = {
    height: headH,
    keepWithNext: true,
    boxes: [
      { kind: 'rect', x: 0, y: 0, w: width, h: headH, fill: 0.93, stroke: 0, lineWidth: 0.55 },
      ...lines(headH),
      ...COLS.map(
        (c, i): Box => ({ kind: 'text', x: xs[i]! + 4, y: 13.5, size: TYPE.small, text: c.title }),
      ),
    ],
  }
  const rows = materials.map((m, i): Block => {
    const name = wrapText(m.name, xs[1]! + 4, 4, widths[1]! - 8, measure, {
      size: TYPE.body,
      lead: LEAD.body,
    })
    const extra = [
      m.source ? `来源：${m.source}` : '',
      m.note ?? '',
      m.exempt && m.eLicense ? `电子证照：${m.eLicense}` : '',
    ]
      .filter(Boolean)
      .join('；')
    const sub = wrapText(extra, xs[1]! + 4, 4 + name.height, widths[1]! - 8, measure, {
      size: TYPE.help,
      lead: LEAD.help,
      gray: MUTED,
    })
    const h = Math.max(22, 8 + name.height + sub.height)
    const cell = (col: number, text: string, gray?: number): Box => ({
      kind: 'text',
      x: xs[col]! + 4,
      y: 4 + TYPE.body * 1.1,
      size: TYPE.small,
      text,
      ...(gray !== undefined ? { gray } : {}),
    })
    const boxes: Box[] = [
      { kind: 'rect', x: 0, y: 0, w: width, h, stroke: 0, lineWidth: 0.55 },
      ...lines(h),
      cell(0, String(i + 1)),
      ...name.boxes,
      ...sub.boxes,
      cell(2, m.exempt ? '免提交' : (FORM[m.form] ?? m.form)),
      cell(3, m.exempt ? '—' : String(m.copies)),
      cell(4, NEED[m.requirement] ?? m.requirement),
      {
        kind: 'field',
        x: xs[5]! + (widths[5]! - BOX - 2) / 2,
        y: 6,
        w: BOX + 2,
        h: BOX + 2,
        field: {
          type: 'check',
          name: `${CHECKLIST_PREFIX}.${i}`,
          tooltip: `已核验：${m.name}`,
          checked: false,
        },
      },
    ]
    return { height: h, boxes, repeat: header }
  })
  const first = sectionHeading('申请材料清单（窗口核验用）', width, measure)
  const note =
    '免提交：该材料已可从电子证照库调取，无需提交纸质件。容缺：可先受理、限期补交。情形适用：仅在申请人所述情形下需要。窗口人员核验后在“核验”栏打勾。'
  const sign: Block = {
    height: 40,
    boxes: [
      {
        kind: 'text',
        x: 0,
        y: 28,
        size: TYPE.body,
        text: '收件人（签字）：________________　　收件日期：______年____月____日',
      },
    ],
  }
  const empty: Block[] = materials.length
    ? []
    : [
        {
          height: 20,
          boxes: [{ kind: 'text', x: 4, y: 14, size: TYPE.body, text: '本申请无需提交材料。' }],
        },
      ]
  return [
    { ...first, pageBreakBefore: true },
    ...noteBlocks(note, width, measure, true),
    { height: 4, boxes: [], keepWithNext: true },
    header,
    ...rows,
    ...empty,
    sign,
  ]
}
