import type { Measure } from '../types'
import type { Block } from './block'
import { LEAD, MUTED, TYPE } from './geometry'
import { wrapText } from './text-boxes'

/** A section heading: a shaded bar with the title; kept with what follows. */
export function sectionHeading(title: string, width: number, measure: Measure): Block {
  const t = wrapText(title, 8, 4, width - 16, measure, {
    size: TYPE.heading,
    lead: LEAD.heading,
    bold: true,
  })
  const height = t.height + 8
  return {
    height: height + 4,
    keepWithNext: true,
    boxes: [{ kind: 'rect', x: 0, y: 0, w: width, h: height, fill: 0.9 }, ...t.boxes],
  }
}

/** A sub-section (nested object, table title): a marker bar and the title. */
export function subHeading(title: string, width: number, measure: Measure, indent = 0): Block {
  const t = wrapText(title, indent + 8, 5, width - indent - 8, measure, {
    size: TYPE.subheading,
    lead: LEAD.body + 1,
    bold: true,
  })
  return {
    height: t.height + 8,
    keepWithNext: true,
    boxes: [{ kind: 'rect', x: indent, y: 6, w: 3, h: t.height - 2, fill: 0.3 }, ...t.boxes],
  }
}

/**
 * 说明文字: an optional title and body text as paragraphs (one block per line, so a long note can
 * break across pages), then small muted lines (its condition, help). No field.
 */
export function paragraphBlocks(
  title: string | undefined,
  body: string | undefined,
  help: string[],
  width: number,
  measure: Measure,
): Block[] {
  const out: Block[] = [{ height: 3, boxes: [] }]
  const lines = (text: string, bold: boolean) => {
    const t = wrapText(text, 0, 0, width, measure, { size: TYPE.body, lead: LEAD.body, bold })
    const baseline = (LEAD.body - TYPE.body) / 2 + TYPE.body * 0.88
    for (const b of t.boxes)
      out.push({ height: LEAD.body, keepWithNext: bold, boxes: [{ ...b, y: baseline }] })
  }
  if (title) lines(title, true)
  for (const para of (body ?? '').split('\n')) if (para.trim()) lines(para, false)
  for (const h of help) out.push(...noteBlocks(h, width, measure))
  out.push({ height: 5, boxes: [] })
  return out
}

/** Small muted text (a section's description, a table's legend); split per line so it can break. */
export function noteBlocks(text: string, width: number, measure: Measure, keep = false): Block[] {
  const t = wrapText(text, 0, 0, width, measure, { size: TYPE.help, lead: LEAD.help, gray: MUTED })
  const baseline = (LEAD.help - TYPE.help) / 2 + TYPE.help * 0.88
  const blocks: Block[] = t.boxes.map((b) => ({
    height: LEAD.help,
    keepWithNext: keep,
    boxes: [{ ...b, y: baseline }],
  }))
  const last = blocks.at(-1)
  if (last) last.height += 3
  return blocks
}
