/**
 * renderPdf(form, data?) → a fillable A4 AcroForm PDF: the pure layout drawn with pdf-lib, text
 * in the embedded Noto Sans SC subset, one field per leaf named by its data path, the document's
 * identity in a hidden field, the Info dictionary and the page-1 QR code.
 */
import { type PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib'
import QRCode from 'qrcode'
import { embedCjkFont } from '../fonts/cjk-embedder'
import { fontMeasure } from '../fonts/measure'
import { PAGE } from '../layout/geometry'
import { layoutForm, metaOf, qrPayload } from '../layout/layout-form'
import type { PdfForm } from '../types'
import { Content } from './content'
import { FieldTree } from './field-tree'
import { addField, type FieldEnv } from './fields'
import { DEFAULT_FORM_FONT, type FormFontStrategy, installFormFont } from './form-font'
import { META_KEY } from './meta-key'
import { useNativeDeflate } from './native-deflate'

export type RenderOptions = { formFont?: FormFontStrategy }

const AP_KEY = 'NotoSC'

export async function renderPdf(
  form: PdfForm,
  data?: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  useNativeDeflate()
  const measure = fontMeasure()
  const pages = layoutForm(form, data, measure)
  const doc = await PDFDocument.create({ updateMetadata: false })
  const font = embedCjkFont(doc)
  const tree = new FieldTree(doc)
  const daKey = installFormFont(doc, font, AP_KEY, options.formFont ?? DEFAULT_FORM_FONT)
  const env: FieldEnv = {
    doc,
    tree,
    font,
    apKey: AP_KEY,
    daKey,
    measure,
    radios: new Map(),
    streams: new Map(),
  }
  const qr = QRCode.create(qrPayload(form), { errorCorrectionLevel: 'M' })
  for (const p of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height])
    page.node.setFontDictionary(PDFName.of(AP_KEY), font.ref)
    const content = new Content(font, AP_KEY, PAGE.height)
    for (const b of p.boxes) {
      switch (b.kind) {
        case 'text':
          content.text(b.x, b.y, b.size, b.text, b.gray ?? 0, b.bold)
          break
        case 'rect':
          content.rect(b.x, b.y, b.w, b.h, b.fill, b.stroke, b.lineWidth)
          break
        case 'line':
          content.line(b.x1, b.y1, b.x2, b.y2, b.width, b.gray, b.dash)
          break
        case 'qr':
          content.qr(b.x, b.y, b.size, qr)
          break
        case 'field':
          addField(env, page, b, { x: b.x, y: PAGE.height - b.y - b.h, width: b.w, height: b.h })
          break
      }
    }
    const stream = doc.context.flateStream(content.toString())
    page.node.addContentStream(doc.context.register(stream))
  }
  tree.finish(doc.getForm().acroForm.dict)
  const meta = JSON.stringify(metaOf(form))
  doc.setTitle(form.title, { showInWindowTitleBar: true })
  doc.setSubject(`${form.bundleName} · 第 ${form.version} 版`)
  doc.setKeywords([form.slug, `v${form.version}`, form.hash])
  doc.setCreator('一张表')
  doc.setProducer('一张表 (pdf-lib)')
  doc.setLanguage('zh-CN')
  const when = new Date(`${form.date}T00:00:00+08:00`)
  if (!Number.isNaN(when.getTime())) {
    doc.setCreationDate(when)
    doc.setModificationDate(when)
  }
  ;(doc as unknown as { getInfoDict(): PDFDict })
    .getInfoDict()
    .set(PDFName.of(META_KEY), PDFHexString.fromText(meta))
  return doc.save({
    useObjectStreams: true,
    updateFieldAppearances: false,
    objectsPerTick: Number.POSITIVE_INFINITY,
  })
}
