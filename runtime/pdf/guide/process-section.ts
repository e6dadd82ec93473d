/** 七、办理流程: the flowchart, then every step as text with its department, days and description. */

import type { PrintGuide } from '../../core/guide/guide-doc'
import { MUTED } from '../layout/geometry'
import type { Measure } from '../types'
import { flowchartBlocks } from './flowchart'
import { paragraphBlocks } from './paragraph'
import { G, NONE, workingDays } from './style'
import type { Section } from './text-sections'

export function processSection(g: PrintGuide, width: number, m: Measure): Section {
  if (!g.process.length) return { title: '办理流程', blocks: paragraphBlocks(NONE, width, m) }
  const parallel = g.process.some((s) => s.parallel)
  const legend = parallel
    ? '虚线框内为并联审批环节：受理后同时分送各部门办理，所需时间按其中最长的一个计。'
    : ''
  const steps = g.process.flatMap((s, i) => {
    const head = `${s.title || NONE}（${s.department || NONE}，${workingDays(s.days)}）${s.parallel ? '［并联审批］' : ''}`
    const title = paragraphBlocks(head, width, m, {
      label: `${i + 1}.`,
      labelWidth: 20,
      labelBold: true,
      bold: true,
      after: s.description ? 0 : 5,
    })
    if (!s.description) return title
    title.at(-1)!.keepWithNext = true
    return [...title, ...paragraphBlocks(s.description, width, m, { indent: 20, after: 5 })]
  })
  return {
    title: '办理流程',
    blocks: [
      { height: 4, boxes: [], keepWithNext: true },
      ...flowchartBlocks(g.process, width, m),
      { height: 6, boxes: [] },
      ...(legend
        ? paragraphBlocks(legend, width, m, {
            size: G.note,
            lead: G.noteLead,
            gray: MUTED,
            after: 8,
          })
        : []),
      ...steps,
    ],
  }
}
