/**
 * The PDF work done off the main event loop: render a form or a 办事指南, or read an uploaded PDF
 * of a published version (identify it, tailor with the answers it carries, read and validate).
 * Plain data in and out (structured clone); failures the client caused come back as values.
 */

import { type TailorInput, tailor } from '../../runtime/core/tailor'
import type {
  Answers,
  ApplicabilityRule,
  Guide,
  MergedMaterial,
  Situation,
} from '../../runtime/core/types'
import {
  type GuideDoc,
  loadOurPdf,
  type PdfForm,
  PdfReadError,
  type PdfReadReason,
  readPdf,
  renderGuide,
  renderPdf,
} from '../../runtime/pdf'
import { cjkFont } from '../../runtime/pdf/fonts/load-font'
import type { PublishedDoc } from '../services/published'

export type RenderTask = { kind: 'render'; form: PdfForm; data?: unknown }
export type GuideTask = { kind: 'guide'; guide: GuideDoc }
export type ImportTask = { kind: 'import'; doc: PublishedDoc; bytes: Uint8Array }
/** Loads the CJK font in a worker ahead of the first real PDF. */
export type WarmTask = { kind: 'warm' }
export type PdfTask = RenderTask | GuideTask | ImportTask | WarmTask

export type ImportOutcome =
  | { ok: true; answers: Answers; data: unknown; errors: { path: string; message: string }[] }
  | { ok: false; reason: PdfReadReason; message: string }

/** The printed form of a published version tailored with `answers`. */
export function formOf(
  doc: PublishedDoc,
  answers: Answers,
  extra: { number?: string; date: string },
): PdfForm {
  const t = tailor(doc as unknown as TailorInput, answers)
  return {
    title: `${doc.name}申请表`,
    bundleName: doc.name,
    slug: doc.slug,
    version: doc.version,
    hash: doc.hash,
    date: extra.date,
    ...(extra.number ? { number: extra.number } : {}),
    ...(Object.keys(answers).length ? { answers } : {}),
    schema: t.schema,
    uiSchema: t.uiSchema,
    materials: t.materials as MergedMaterial[],
  }
}

/** What the printed 办事指南 of a published version is laid out from (not the form itself). */
export function guideOf(doc: PublishedDoc, date: string): GuideDoc {
  return {
    slug: doc.slug,
    version: doc.version,
    hash: doc.hash,
    name: doc.name,
    leadDepartment: doc.leadDepartment,
    date,
    items: doc.items,
    materials: doc.materials as MergedMaterial[],
    situations: doc.situations as Situation[],
    rules: doc.rules as ApplicabilityRule[],
    guide: doc.guide as Partial<Guide>,
  }
}

async function importPdf(task: ImportTask): Promise<ImportOutcome> {
  try {
    const { meta } = await loadOurPdf(task.bytes)
    const answers = (meta.a ?? {}) as Answers
    const form = formOf(task.doc, answers, { date: '' })
    const read = await readPdf(task.bytes, form)
    return {
      ok: true,
      answers,
      data: read.data,
      errors: read.errors.map(({ path, message }) => ({ path, message })),
    }
  } catch (e) {
    if (e instanceof PdfReadError) return { ok: false, reason: e.reason, message: e.message }
    throw e
  }
}

export async function runPdfTask(task: PdfTask): Promise<Uint8Array | ImportOutcome | null> {
  if (task.kind === 'warm') {
    cjkFont()
    return null
  }
  if (task.kind === 'render') return renderPdf(task.form, task.data)
  if (task.kind === 'guide') return renderGuide(task.guide)
  return importPdf(task)
}
