/**
 * 六、申请材料: the merged 一套材料 as a table (序号, 材料名称, 原件/复印件/电子件, 份数, 必要/容缺/情形适用,
 * 来源, 免提交), each name with its note, the situation it applies under and, in a bundle of
 * several items, the items that need it.
 */

import type { PrintMaterial } from '../../core/guide/guide-doc'
import { MUTED } from '../layout/geometry'
import type { Measure } from '../types'
import type { Applicability } from './conditions'
import { leadIn, paragraphBlocks } from './paragraph'
import { G, NONE } from './style'
import { type Cell, type CellPart, tableBlocks } from './table'
import type { Section } from './text-sections'

export const FORM_TEXT: Record<string, string> = {
  original: '原件',
  copy: '复印件',
  electronic: '电子件',
}
export const NEED_TEXT: Record<string, string> = {
  required: '必要',
  tolerated: '容缺',
  conditional: '情形适用',
}

const small = (text: string): CellPart => ({ text, size: G.note, lead: G.noteLead, gray: MUTED })

export function materialsSection(
  materials: PrintMaterial[],
  items: { code: string; name: string }[],
  when: Applicability,
  width: number,
  m: Measure,
): Section {
  if (!materials.length)
    return { title: '申请材料', blocks: paragraphBlocks('本一件事无需提交材料。', width, m) }
  // items by their number in 「一、事项名称与编码」
  const number = new Map(items.map((it, i) => [it.code, i + 1]))
  const usedBy = (codes: string[]) =>
    codes.length >= items.length && items.every((it) => codes.includes(it.code))
      ? '全部'
      : codes.map((c) => (number.has(c) ? String(number.get(c)) : c)).join('、')
  const rows = materials.map((mat, i): Cell[] => {
    const condition = when.materials.get(mat.key)
    const need = condition ? 'conditional' : mat.requirement
    const name: Cell = [{ text: mat.name || NONE }]
    if (mat.note) name.push(small(mat.note))
    if (condition) name.push(small(`适用情形：${condition}时提交`))
    if (items.length > 1 && mat.items.length) name.push(small(`用于事项：${usedBy(mat.items)}`))
    return [
      [{ text: String(i + 1) }],
      name,
      [{ text: FORM_TEXT[mat.form] ?? NONE }],
      [{ text: mat.copies === undefined ? NONE : String(mat.copies) }],
      [{ text: NEED_TEXT[need] ?? NONE }],
      [{ text: mat.source || NONE, size: G.small, lead: G.smallLead }],
      mat.exempt
        ? [{ text: '免提交', bold: true }, ...(mat.eLicense ? [small(mat.eLicense)] : [])]
        : [{ text: '' }],
    ]
  })
  const exempt = materials.filter((x) => x.exempt).length
  const legend = `必要：须提交。容缺：可先受理、限期补交。情形适用：仅在所述情形下提交。免提交：可从电子证照库调取（栏内为证照类型），无需提交纸质件。${items.length > 1 ? '用于事项：「一、事项名称与编码」中的序号。' : ''}`
  return {
    title: '申请材料',
    blocks: [
      ...leadIn(
        paragraphBlocks(
          `共 ${materials.length} 项${exempt ? `，其中 ${exempt} 项免提交` : ''}；同一材料各事项共用，只需提交一次。`,
          width,
          m,
          { after: 3 },
        ),
      ),
      ...tableBlocks(
        [
          { title: '序号', width: 26, align: 'center' },
          { title: '材料名称', width: 0 },
          { title: '材料形式', width: 46, align: 'center' },
          { title: '份数', width: 28, align: 'center' },
          { title: '必要性', width: 48, align: 'center' },
          { title: '来源渠道', width: 88 },
          { title: '免提交', width: 56, align: 'center' },
        ],
        rows,
        width,
        m,
      ),
      { height: 3, boxes: [] },
      ...paragraphBlocks(legend, width, m, { size: G.note, lead: G.noteLead, gray: MUTED }),
    ],
  }
}
