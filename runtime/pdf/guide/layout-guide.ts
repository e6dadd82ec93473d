/**
 * layoutGuide(doc, measure) → pages of boxes: the printable 办事指南 of a published version. Pure
 * and deterministic, like the form's layout; the renderer only draws what this returns.
 */

import {
  type GuideDoc,
  printGuide,
  printItems,
  printMaterials,
  printSituations,
} from '../../core/guide/guide-doc'
import type { Block } from '../layout/block'
import { CONTENT, TYPE } from '../layout/geometry'
import { sectionHeading } from '../layout/headings'
import { withChrome } from '../layout/page-chrome'
import { paginate } from '../layout/paginate'
import { ellipsis } from '../text/ellipsis'
import type { Measure, Page } from '../types'
import { applicability } from './conditions'
import { materialsSection } from './materials-section'
import { processSection } from './process-section'
import { situationsSection } from './situations-section'
import { G, NUMERALS } from './style'
import {
  basisSection,
  bodySection,
  conditionsSection,
  faqSection,
  feeSection,
  intermediariesSection,
  itemsSection,
  phonesSection,
  placeSection,
  resultSection,
  type Section,
  targetsSection,
  timeSection,
} from './text-sections'
import { titleBlocks } from './title-block'

export const guideTitle = (doc: Pick<GuideDoc, 'name'>): string => `${doc.name} 办事指南`

export function guideSections(doc: GuideDoc, measure: Measure, width = CONTENT.width): Section[] {
  const g = printGuide(doc.guide)
  const items = printItems(doc.items)
  const materials = printMaterials(doc.materials)
  const situations = printSituations(doc.situations)
  const when = applicability(doc.rules, situations, materials)
  return [
    itemsSection(doc, items, when, width, measure),
    bodySection(doc, g, width, measure),
    targetsSection(g, width, measure),
    basisSection(g, width, measure),
    conditionsSection(g, width, measure),
    materialsSection(materials, items, when, width, measure),
    processSection(g, width, measure),
    timeSection(g, width, measure),
    feeSection(g, width, measure),
    placeSection(g, width, measure),
    phonesSection(g, width, measure),
    intermediariesSection(g, width, measure),
    resultSection(g, width, measure),
    situationsSection(situations, doc.rules, items, materials, width, measure),
    faqSection(g, width, measure),
  ]
}

export function layoutGuide(doc: GuideDoc, measure: Measure): Page[] {
  const width = CONTENT.width
  const blocks: Block[] = [...titleBlocks(doc, printGuide(doc.guide), width, measure)]
  guideSections(doc, measure, width).forEach((s, i) => {
    blocks.push(sectionHeading(`${NUMERALS[i]}、${s.title}`, width, measure), ...s.blocks, {
      height: G.sectionGap,
      boxes: [],
    })
  })
  const right = `第 ${doc.version} 版 · ${doc.date}`
  const left = ellipsis(
    guideTitle(doc),
    width - measure(right, TYPE.header) - 24,
    TYPE.header,
    measure,
  )
  return withChrome(paginate(blocks), { left, right }, measure)
}
