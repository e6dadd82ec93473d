/**
 * The sections of the 办事指南 that are text: who, for whom, on what basis, when, where, how much,
 * whom to call, intermediaries, result and FAQ. Each returns its blocks under its own heading.
 */

import type { GuideDoc, PrintGuide } from '../../core/guide/guide-doc'
import type { Block } from '../layout/block'
import { MUTED } from '../layout/geometry'
import type { Measure } from '../types'
import type { Applicability } from './conditions'
import { fieldRows, leadIn, numberedList, paragraphBlocks } from './paragraph'
import { G, NONE, workingDays } from './style'
import { tableBlocks } from './table'

export type Section = { title: string; blocks: Block[] }

const or = (text: string) => text || NONE

const note = (text: string, width: number, measure: Measure): Block[] =>
  paragraphBlocks(text, width, measure, { size: G.note, lead: G.noteLead, gray: MUTED, after: 4 })

export function itemsSection(
  doc: GuideDoc,
  items: { code: string; name: string; department: string }[],
  when: Applicability,
  width: number,
  m: Measure,
): Section {
  const rows = items.map((it, i) => [
    [{ text: String(i + 1) }],
    [
      { text: or(it.name) },
      ...(when.items.has(it.code)
        ? [
            {
              text: `情形适用：${when.items.get(it.code)}时办理`,
              size: G.note,
              lead: G.noteLead,
              gray: MUTED,
            },
          ]
        : []),
    ],
    [{ text: or(it.code) }],
    [{ text: or(it.department) }],
  ])
  return {
    title: '事项名称与编码',
    blocks: [
      ...fieldRows([['一件事名称', or(doc.name)]], width, m),
      ...leadIn(fieldRows([['包含事项', `${items.length} 项，一次申请、并联办理`]], width, m)),
      { height: 2, boxes: [], keepWithNext: true },
      ...tableBlocks(
        [
          { title: '序号', width: 26, align: 'center' },
          { title: '事项名称', width: 0 },
          { title: '事项编码', width: 112 },
          { title: '实施部门', width: 104 },
        ],
        rows,
        width,
        m,
      ),
    ],
  }
}

export function bodySection(doc: GuideDoc, g: PrintGuide, width: number, m: Measure): Section {
  return {
    title: '实施主体与联办部门',
    blocks: fieldRows(
      [
        ['实施主体', or(g.implementer)],
        ...(doc.leadDepartment ? [['牵头部门', doc.leadDepartment] as [string, string]] : []),
        ['联办部门', or(g.jointDepartments.join('、'))],
      ],
      width,
      m,
    ),
  }
}

export const targetsSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '服务对象',
  blocks: paragraphBlocks(or(g.targets), width, m),
})

export const basisSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '设定依据',
  blocks: g.basis.length ? numberedList(g.basis, width, m) : paragraphBlocks(NONE, width, m),
})

export const conditionsSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '受理条件',
  blocks: paragraphBlocks(or(g.conditions), width, m),
})

export const timeSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '办理时限',
  blocks: [
    ...fieldRows(
      [
        ['法定办结时限', workingDays(g.legal)],
        ['承诺办结时限', workingDays(g.promised)],
      ],
      width,
      m,
    ),
    ...note('时限自受理之日起按工作日计算，不含法定节假日。', width, m),
  ],
})

export const feeSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '收费',
  blocks: paragraphBlocks(g.fee || '不收费', width, m),
})

export function placeSection(g: PrintGuide, width: number, m: Measure): Section {
  const visits =
    g.visits === undefined ? NONE : g.visits === 0 ? '0 次（全程网上办理）' : `最多 ${g.visits} 次`
  return {
    title: '办理地点、时间与方式',
    blocks: fieldRows(
      [
        ['办理地点', or(g.location)],
        ['办理时间', or(g.hours)],
        ['办理窗口', or(g.window)],
        ['网上办理', or(g.onlineUrl)],
        ['到现场次数', visits],
      ],
      width,
      m,
    ),
  }
}

export const phonesSection = (g: PrintGuide, width: number, m: Measure): Section => ({
  title: '咨询与投诉',
  blocks: fieldRows(
    [
      ['咨询电话', or(g.consultPhone)],
      ['投诉电话', or(g.complaintPhone)],
    ],
    width,
    m,
  ),
})

export function intermediariesSection(g: PrintGuide, width: number, m: Measure): Section {
  if (!g.intermediaries.length)
    return { title: '中介服务', blocks: paragraphBlocks('本一件事不涉及中介服务。', width, m) }
  const rows = g.intermediaries.map((it, i) => [
    [{ text: String(i + 1) }],
    [
      { text: or(it.name) },
      ...(it.note ? [{ text: it.note, size: G.note, lead: G.noteLead, gray: MUTED }] : []),
    ],
    [{ text: or(it.basis), size: G.small, lead: G.smallLead }],
    [{ text: it.required ? '必需' : '非必需' }],
  ])
  return {
    title: '中介服务',
    blocks: [
      ...tableBlocks(
        [
          { title: '序号', width: 26, align: 'center' },
          { title: '中介服务名称及说明', width: 0 },
          { title: '设定依据', width: 170 },
          { title: '是否必需', width: 50, align: 'center' },
        ],
        rows,
        width,
        m,
      ),
      { height: 3, boxes: [] },
      ...note('中介服务由申请人自主选择服务机构，行政机关不指定。', width, m),
    ],
  }
}

export function resultSection(g: PrintGuide, width: number, m: Measure): Section {
  const rows: [string, string][] = [['结果名称', or(g.result.name)]]
  if (g.result.sampleUrl) rows.push(['结果样本', g.result.sampleUrl])
  return { title: '办理结果', blocks: fieldRows(rows, width, m) }
}

export function faqSection(g: PrintGuide, width: number, m: Measure): Section {
  if (!g.faq.length) return { title: '常见问题', blocks: paragraphBlocks('暂无。', width, m) }
  return {
    title: '常见问题',
    blocks: g.faq.flatMap((f, i) => [
      ...paragraphBlocks(or(f.q), width, m, {
        label: `问${i + 1}`,
        labelWidth: 32,
        labelBold: true,
        bold: true,
        after: 0,
      }).map((b, j, all) => (j === all.length - 1 ? { ...b, keepWithNext: true } : b)),
      ...paragraphBlocks(or(f.a), width, m, {
        label: '答',
        labelWidth: 32,
        labelGray: MUTED,
        after: 7,
      }),
    ]),
  }
}
