/**
 * renderPdf(form, data?) → a fillable A4 AcroForm PDF: the pure layout drawn with pdf-lib, text
 * in the embedded Noto Sans SC subset, one field per leaf named by its data path, the document's
 * identity in a hidden field, the Info dictionary and the page-1 QR code.
 */
import { type PDFDict, PDFHexString, PDFName } from 'pdf-lib'
import QRCode from 'qrcode'
import { fontMeasure } from '../fonts/measure'
import { PAGE } from '../layout/geometry'
import { layoutForm, metaOf, qrPayload } from '../layout/layout-form'
import type { PdfForm } from '../types'
import { drawPage, FONT_KEY, saveDocument, setDocumentInfo, startDocument } from './document'
import { FieldTree } from './field-tree'
import { addField, type FieldEnv } from './fields'
import { DEFAULT_FORM_FONT, type FormFontStrategy, installFormFont } from './form-font'
import { META_KEY } from './meta-key'

export type RenderOptions = { formFont?: FormFontStrategy }

export async function renderPdf(
  form: PdfForm,
  data?: unknown,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const measure = fontMeasure()
  const pages = layoutForm(form, data, measure)
  const printed = await startDocument()
  const { doc, font } = printed
  const tree = new FieldTree(doc)
  const daKey = installFormFont(doc, font, FONT_KEY, options.formFont ?? DEFAULT_FORM_FONT)
  const env: FieldEnv = {
    doc,
    tree,
    font,
    apKey: FONT_KEY,
    daKey,
    measure,
    radios: new Map(),
    streams: new Map(),
  }
  const qr = QRCode.create(qrPayload(form), { errorCorrectionLevel: 'M' })
  for (const p of pages) {
    drawPage(printed, p, (b, page, content) => {
      if (b.kind === 'qr') content.qr(b.x, b.y, b.size, qr)
      else if (b.kind === 'field')
        addField(env, page, b, { x: b.x, y: PAGE.height - b.y - b.h, width: b.w, height: b.h })
    })
  }
  tree.finish(doc.getForm().acroForm.dict)
  setDocumentInfo(doc, {
    title: form.title,
    subject: `${form.bundleName} · 第 ${form.version} 版`,
    keywords: [form.slug, `v${form.version}`, form.hash],
    date: form.date,
  })
  ;(doc as unknown as { getInfoDict(): PDFDict })
    .getInfoDict()
    .set(PDFName.of(META_KEY), PDFHexString.fromText(JSON.stringify(metaOf(form))))
  return saveDocument(doc)
}
