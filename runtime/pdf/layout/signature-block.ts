import type { Measure } from '../types'
import type { Block } from './block'
import { LEAD, MUTED, TYPE } from './geometry'
import { sectionHeading } from './headings'
import { wrapText } from './text-boxes'

const PLEDGE =
  '本申请人承诺：所填写的信息和提交的材料真实、准确、完整、有效，符合有关法律法规的规定；如有不实，愿意承担相应的法律责任。'

/** The pledge with the signature/seal box and the date box, kept together. */
export function signatureBlocks(width: number, measure: Measure): Block[] {
  const pledge = wrapText(PLEDGE, 0, 2, width, measure, { size: TYPE.body, lead: LEAD.body })
  const top = pledge.height + 10
  const boxH = 92
  const leftW = Math.round(width * 0.6)
  const rightX = leftW + 10
  const rightW = width - rightX
  const seal = 62
  return [
    sectionHeading('申请人声明及签章', width, measure),
    {
      height: top + boxH + 8,
      boxes: [
        ...pledge.boxes,
        { kind: 'rect', x: 0, y: top, w: leftW, h: boxH, stroke: 0, lineWidth: 0.8 },
        { kind: 'text', x: 8, y: top + 16, size: TYPE.body, text: '申请人（签字/盖章）：' },
        {
          kind: 'rect',
          x: leftW - seal - 10,
          y: top + (boxH - seal) / 2,
          w: seal,
          h: seal,
          stroke: 0.6,
          lineWidth: 0.5,
        },
        {
          kind: 'text',
          x: leftW - seal / 2 - 10 - measure('盖章处', TYPE.help) / 2,
          y: top + boxH / 2 + 3,
          size: TYPE.help,
          text: '盖章处',
          gray: MUTED,
        },
        { kind: 'rect', x: rightX, y: top, w: rightW, h: boxH, stroke: 0, lineWidth: 0.8 },
        { kind: 'text', x: rightX + 8, y: top + 16, size: TYPE.body, text: '日期：' },
        {
          kind: 'text',
          x: rightX + 20,
          y: top + boxH - 16,
          size: TYPE.body,
          text: '　　　　年　　月　　日',
        },
      ],
    },
  ]
}
