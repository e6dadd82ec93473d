/**
 * The pure layout: a form and its data (none for a blank form) → pages of boxes. Deterministic;
 * the renderer only draws what this returns.
 */
import { hiddenPaths, withoutPaths } from '../../core/visibility'
import { META_FIELD } from '../field-name'
import type { Measure, Page, PdfForm, PdfMeta } from '../types'
import { nodeBlocks } from './form-blocks'
import { CONTENT } from './geometry'
import { materialsBlocks } from './materials-blocks'
import { withChrome } from './page-chrome'
import { paginate } from './paginate'
import { signatureBlocks } from './signature-block'
import { titleBlocks } from './title-block'

/** What the QR code carries: number (absent on a blank form), slug, version, content hash. */
export function qrPayload(form: PdfForm): string {
  return JSON.stringify({
    ...(form.number ? { n: form.number } : {}),
    s: form.slug,
    v: form.version,
    h: form.hash,
  })
}

export function metaOf(form: PdfForm): PdfMeta {
  return {
    s: form.slug,
    v: form.version,
    h: form.hash,
    ...(form.number ? { n: form.number } : {}),
    ...(form.answers ? { a: form.answers } : {}),
  }
}

export function layoutForm(form: PdfForm, data: unknown, measure: Measure): Page[] {
  const width = CONTENT.width
  // values the form's rules hide are not printed (they are not submitted either)
  const shown = data === undefined ? undefined : withoutPaths(data, hiddenPaths(form.schema, data))
  const root = { schema: form.schema, ui: form.uiSchema }
  const ctx = { measure, width, data: shown, blank: data === undefined, root }
  const blocks = [
    ...titleBlocks(form, qrPayload(form), width, measure),
    ...nodeBlocks(
      ctx,
      { schema: form.schema, ui: form.uiSchema, segments: [], required: false, title: '' },
      0,
    ),
    ...signatureBlocks(width, measure),
    ...materialsBlocks(form.materials, width, measure),
  ]
  const right = `${form.number ? `编号 ${form.number}` : '空白表'} · 第 ${form.version} 版`
  const pages = withChrome(paginate(blocks), { left: form.title, right }, measure)
  pages[0]?.boxes.push({
    kind: 'field',
    x: 0,
    y: 0,
    w: 1,
    h: 1,
    field: {
      type: 'text',
      name: META_FIELD,
      tooltip: '表单标识',
      value: JSON.stringify(metaOf(form)),
      multiline: false,
      size: 6,
      readOnly: true,
      hidden: true,
    },
  })
  return pages
}
