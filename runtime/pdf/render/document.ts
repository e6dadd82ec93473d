/**
 * What every PDF we print shares: a pdf-lib document with the embedded CJK subset, pages drawn
 * from laid-out boxes (text as glyph ids only), the Info dictionary, and one way of saving.
 * The form and the 办事指南 differ only in the boxes they lay out and in the form's fields.
 */
import { PDFDocument, type PDFFont, PDFName, type PDFPage } from 'pdf-lib'
import { embedCjkFont } from '../fonts/cjk-embedder'
import { PAGE } from '../layout/geometry'
import type { Box, Page } from '../types'
import { Content } from './content'
import { installNativeDeflate } from './native-deflate'

/** The resource name of the embedded subset in every page's font dictionary. */
export const FONT_KEY = 'NotoSC'

export type PrintDocument = { doc: PDFDocument; font: PDFFont }

export async function startDocument(): Promise<PrintDocument> {
  installNativeDeflate()
  const doc = await PDFDocument.create({ updateMetadata: false })
  return { doc, font: embedCjkFont(doc) }
}

/**
 * Adds one A4 page and draws its text, rectangles, lines and polygons; any other box (a field,
 * the QR code) is handed to `other` with the page and its content stream.
 */
export function drawPage(
  { doc, font }: PrintDocument,
  page: Page,
  other?: (box: Box, pdfPage: PDFPage, content: Content) => void,
): PDFPage {
  const pdfPage = doc.addPage([PAGE.width, PAGE.height])
  pdfPage.node.setFontDictionary(PDFName.of(FONT_KEY), font.ref)
  const content = new Content(font, FONT_KEY, PAGE.height)
  for (const b of page.boxes) {
    switch (b.kind) {
      case 'text':
        content.text(b.x, b.y, b.size, b.text, b.gray ?? 0, b.bold)
        break
      case 'rect':
        content.rect(b.x, b.y, b.w, b.h, b.fill, b.stroke, b.lineWidth, b.radius, b.dash)
        break
      case 'line':
        content.line(b.x1, b.y1, b.x2, b.y2, b.width, b.gray, b.dash)
        break
      case 'polygon':
        content.polygon(b.points, b.fill)
        break
      default:
        other?.(b, pdfPage, content)
    }
  }
  const stream = doc.context.flateStream(content.toString())
  pdfPage.node.addContentStream(doc.context.register(stream))
  return pdfPage
}

export type DocumentInfo = {
  title: string
  subject: string
  keywords: string[]
  /** `YYYY-MM-DD`, a day in China Standard Time; ignored when not a date */
  date: string
}

/** Title (shown in the viewer's title bar), subject, keywords, creator, language and dates. */
export function setDocumentInfo(doc: PDFDocument, info: DocumentInfo): void {
  doc.setTitle(info.title, { showInWindowTitleBar: true })
  doc.setSubject(info.subject)
  doc.setKeywords(info.keywords)
  doc.setCreator('一张表')
  doc.setProducer('一张表 (pdf-lib)')
  doc.setLanguage('zh-CN')
  const when = new Date(`${info.date}T00:00:00+08:00`)
  if (!Number.isNaN(when.getTime())) {
    doc.setCreationDate(when)
    doc.setModificationDate(when)
  }
}

export function saveDocument(doc: PDFDocument): Promise<Uint8Array> {
  return doc.save({
    useObjectStreams: true,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  })
}
