/**
 * readPdf(bytes, form) → what a filled PDF says: data coerced to the schema's types, the
 * validation errors of that data, and the situation answers the form was printed with. A file
 * that is not a PDF, not one of ours, or of another bundle or version is refused with a reason.
 */
import { type PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, PDFTextField } from 'pdf-lib'
import { type ValidationError, validate } from '../../core/validation'
import { applyVisibility, visibleErrors } from '../../core/visibility'
import { META_FIELD } from '../field-name'
import { META_KEY } from '../render/meta-key'
import type { PdfForm, PdfMeta } from '../types'
import { dataFromFields } from './data-from-fields'
import { rawFields } from './raw-fields'

export type PdfReadReason = 'not-pdf' | 'not-ours' | 'other-form'

export class PdfReadError extends Error {
  constructor(
    readonly reason: PdfReadReason,
    message: string,
  ) {
    super(message)
    this.name = 'PdfReadError'
  }
}

export type PdfReadResult = {
  answers?: Record<string, unknown>
  data: unknown
  errors: ValidationError[]
  meta: PdfMeta
}

const isPdf = (bytes: Uint8Array): boolean => {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
  return head.includes('%PDF-')
}

function parseMeta(text: string | undefined): PdfMeta | undefined {
  if (!text) return undefined
  try {
    const m = JSON.parse(text) as PdfMeta
    return typeof m.s === 'string' && typeof m.v === 'number' && typeof m.h === 'string'
      ? m
      : undefined
  } catch {
    return undefined
  }
}

/** The document's identity: the hidden field first, the Info dictionary second. */
export function readMeta(doc: PDFDocument): PdfMeta | undefined {
  const field = doc.getForm().getFieldMaybe(META_FIELD)
  const fromField = field instanceof PDFTextField ? parseMeta(field.getText()) : undefined
  if (fromField) return fromField
  const info = (doc as unknown as { getInfoDict(): PDFDict })
    .getInfoDict()
    .lookup(PDFName.of(META_KEY))
  return info instanceof PDFHexString || info instanceof PDFString
    ? parseMeta(info.decodeText())
    : undefined
}

/** Loads and identifies a PDF; throws PdfReadError when it is not a form of ours. */
export async function loadOurPdf(bytes: Uint8Array): Promise<{ doc: PDFDocument; meta: PdfMeta }> {
  if (!isPdf(bytes)) throw new PdfReadError('not-pdf', '上传的文件不是 PDF')
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: false })
  } catch {
    throw new PdfReadError('not-pdf', '无法读取该 PDF（文件损坏或已加密）')
  }
  const meta = readMeta(doc)
  if (!meta) throw new PdfReadError('not-ours', '该 PDF 不是本系统生成的申请表，无法识别')
  return { doc, meta }
}

/** Validation errors; a schema the validator cannot compile is reported as one error. */
function safeValidate(form: PdfForm, data: unknown): ValidationError[] {
  try {
    return validate(form.schema, data)
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e)
    return [{ path: '', message: `表单定义无法校验：${why.slice(0, 200)}`, keyword: 'schema' }]
  }
}

export async function readPdf(bytes: Uint8Array, form: PdfForm): Promise<PdfReadResult> {
  const { doc, meta } = await loadOurPdf(bytes)
  if (meta.s !== form.slug || meta.v !== form.version || meta.h !== form.hash) {
    throw new PdfReadError(
      'other-form',
      `该 PDF 是「${meta.s}」第 ${meta.v} 版的申请表，不是「${form.slug}」第 ${form.version} 版的，请下载对应版本的表格`,
    )
  }
  const raw = rawFields(doc)
  const read = dataFromFields(raw, form.schema, form.uiSchema)
  const rootIsObject = form.schema.type === 'object' || !!form.schema.properties
  // what was written into a field the other answers hide does not count, as online
  const { data, hidden } = applyVisibility(
    form.schema,
    read === undefined && rootIsObject ? {} : read,
  )
  return {
    ...(meta.a ? { answers: meta.a } : {}),
    data,
    errors: visibleErrors(safeValidate(form, data), hidden),
    meta,
  }
}
