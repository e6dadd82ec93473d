/**
 * AcroForm fields from the layout's field boxes. Each widget gets its appearance once, built
 * here with the CJK subset (identical appearances share one stream); the field's /DA names the
 * form font of /DR (see ./form-font). Values are text strings: never operators or actions.
 */
import {
  AnnotationFlags,
  PDFArray,
  type PDFDict,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  PDFName,
  type PDFPage,
  type PDFRef,
  PDFString,
  PDFWidgetAnnotation,
} from 'pdf-lib'
import { wellFormed } from '../text/printable'
import type { FieldBox, Measure } from '../types'
import { checkAppearance, radioAppearance, textAppearance } from './appearance'
import type { FieldTree } from './field-tree'

export type FieldEnv = {
  doc: PDFDocument
  tree: FieldTree
  font: PDFFont
  /** resource name of the subset font inside appearance streams */
  apKey: string
  /** resource name of the /DR font the /DA strings name */
  daKey: string
  measure: Measure
  radios: Map<string, { ref: PDFRef; dict: PDFDict }>
  /** appearance streams by content and size: identical widgets share one stream object */
  streams: Map<string, PDFRef>
}

type Rect = { x: number; y: number; width: number; height: number }

const FF_READ_ONLY = 1
const FF_MULTILINE = 1 << 12
const FF_RADIO = 1 << 15
const FF_COMBO = 1 << 17

const text = (s: string) => PDFHexString.fromText(wellFormed(s))

function stream(env: FieldEnv, content: string, w: number, h: number, withFont: boolean): PDFRef {
  const key = `${w.toFixed(2)} ${h.toFixed(2)} ${withFont ? 1 : 0} ${content}`
  const known = env.streams.get(key)
  if (known) return known
  const dict: Record<string, unknown> = { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, w, h] }
  if (withFont) dict.Resources = { Font: { [env.apKey]: env.font.ref } }
  const ref = env.doc.context.register(env.doc.context.stream(content, dict as never))
  env.streams.set(key, ref)
  return ref
}

function addWidget(
  env: FieldEnv,
  page: PDFPage,
  field: { ref: PDFRef; dict: PDFDict },
  r: Rect,
  o: { hidden?: boolean; border?: boolean; ap: PDFRef | PDFDict; state?: string },
) {
  const w = PDFWidgetAnnotation.create(env.doc.context, field.ref)
  w.setRectangle(r)
  w.setP(page.ref)
  w.setFlagTo(AnnotationFlags.Print, !o.hidden)
  w.setFlagTo(AnnotationFlags.Hidden, !!o.hidden)
  if (o.border) {
    const mk = w.getOrCreateAppearanceCharacteristics()
    mk.setBorderColor([0.45])
    mk.setBackgroundColor([1])
    w.getOrCreateBorderStyle().setWidth(0.6)
  }
  w.setNormalAppearance(o.ap)
  if (o.state !== undefined) w.setAppearanceState(PDFName.of(o.state))
  const ref = env.doc.context.register(w.dict)
  field.dict.lookup(PDFName.of('Kids'), PDFArray).push(ref)
  page.node.addAnnot(ref)
}

export function addField(env: FieldEnv, page: PDFPage, box: FieldBox, r: Rect): void {
  const f = box.field
  const ctx = env.doc.context
  const da = (size: number) => PDFString.of(`/${env.daKey} ${size} Tf 0 g`)
  if (f.type === 'text' || f.type === 'dropdown') {
    const isText = f.type === 'text'
    const entries: Record<string, unknown> = {
      FT: isText ? 'Tx' : 'Ch',
      DA: da(f.size),
      TU: text(f.tooltip),
    }
    let shown = ''
    if (isText) {
      entries.Ff = (f.multiline ? FF_MULTILINE : 0) | (f.readOnly ? FF_READ_ONLY : 0)
      if (f.numeric) entries.Q = 2
      if (f.value) entries.V = text(f.value)
      shown = f.value
    } else {
      entries.Ff = FF_COMBO
      entries.Opt = f.options.map((label, i) => [text(String(i)), text(label)])
      if (f.selected >= 0) {
        entries.V = text(String(f.selected))
        shown = f.options[f.selected] ?? ''
      }
    }
    const field = env.tree.terminal(f.name, entries)
    const hidden = isText && !!f.hidden
    const border = !hidden && !f.cell
    const content = textAppearance(shown, r.width, r.height, f.size, {
      multiline: isText && f.multiline,
      right: isText && !!f.numeric,
      border,
      font: env.font,
      key: env.apKey,
      measure: env.measure,
    })
    addWidget(env, page, field, r, {
      hidden,
      border,
      ap: stream(env, content, r.width, r.height, !!shown),
    })
    return
  }
  const on = (content: (w: number, h: number, on: boolean) => string, name: string) =>
    ctx.obj({
      [name]: stream(env, content(r.width, r.height, true), r.width, r.height, false),
      Off: stream(env, content(r.width, r.height, false), r.width, r.height, false),
    }) as unknown as PDFDict
  if (f.type === 'check') {
    const field = env.tree.terminal(f.name, {
      FT: 'Btn',
      TU: text(f.tooltip),
      V: f.checked ? 'Yes' : 'Off',
    })
    addWidget(env, page, field, r, {
      ap: on(checkAppearance, 'Yes'),
      state: f.checked ? 'Yes' : 'Off',
    })
    return
  }
  let group = env.radios.get(f.name)
  if (!group) {
    const entries: Record<string, unknown> = { FT: 'Btn', Ff: FF_RADIO, TU: text(f.tooltip) }
    if (f.selected >= 0) entries.V = String(f.selected)
    group = env.tree.terminal(f.name, entries)
    env.radios.set(f.name, group)
  }
  const key = String(f.option)
  addWidget(env, page, group, r, {
    ap: on(radioAppearance, key),
    state: f.selected === f.option ? key : 'Off',
  })
}
