/**
 * renderGuide(doc) → the printable 办事指南 PDF: the pure layout drawn with the form's font
 * pipeline (embedded Noto Sans SC subset, glyph ids only). Plain printed text: no fields, no
 * links, no actions; every string of the guide is drawn, never interpreted.
 */

import type { GuideDoc } from '../../core/guide/guide-doc'
import { fontMeasure } from '../fonts/measure'
import { drawPage, saveDocument, setDocumentInfo, startDocument } from '../render/document'
import { guideTitle, layoutGuide } from './layout-guide'

export async function renderGuide(doc: GuideDoc): Promise<Uint8Array> {
  const pages = layoutGuide(doc, fontMeasure())
  const printed = await startDocument()
  for (const p of pages) drawPage(printed, p)
  setDocumentInfo(printed.doc, {
    title: guideTitle(doc),
    subject: `${doc.name} · 第 ${doc.version} 版 · 办事指南`,
    keywords: [doc.slug, `v${doc.version}`, doc.hash, '办事指南'],
    date: doc.date,
  })
  return saveDocument(printed.doc)
}
