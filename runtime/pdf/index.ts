export {
  CHECKLIST_PREFIX,
  decodeSegment,
  encodeSegment,
  fieldName,
  META_FIELD,
  pathOf,
  ROOT_FIELD,
} from './field-name'
export { FONT_FILE, FONT_PACKAGE } from './fonts/load-font'
export { type GuideDoc, guideTitle, layoutGuide, renderGuide } from './guide'
export { layoutForm, metaOf, qrPayload } from './layout/layout-form'
export { pdfNormalForm } from './read/normal-form'
export {
  loadOurPdf,
  PdfReadError,
  type PdfReadReason,
  type PdfReadResult,
  readMeta,
  readPdf,
} from './read/read-pdf'
export { DEFAULT_FORM_FONT, type FormFontStrategy } from './render/form-font'
export { type RenderOptions, renderPdf } from './render/render-pdf'
export type { Box, FieldSpec, Measure, Page, PdfForm, PdfMeta } from './types'
