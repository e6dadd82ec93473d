/**
 * What the PDF module takes and what its pure layout produces. Coordinates of boxes are in PDF
 * points, measured from the TOP-left corner of the page (the renderer flips them).
 */
import type { JsonSchema, MergedMaterial, UiSchema } from '../core/types'

/** A tailored (or whole) bundle form as printed: the document's identity and its content. */
export type PdfForm = {
  /** the printed title, e.g. 「企业开办一件事申请表」 */
  title: string
  bundleName: string
  slug: string
  version: number
  /** the published version's content hash */
  hash: string
  /** the submission number; absent on a blank form (printed 「空白表」) */
  number?: string
  /** the date printed on the form, `YYYY-MM-DD` */
  date: string
  schema: JsonSchema
  uiSchema: UiSchema
  materials: MergedMaterial[]
  /** the situation answers the form was tailored with (kept in the document, not printed) */
  answers?: Record<string, unknown>
}

/** What the document carries about itself: in a hidden field, the Info dictionary and the QR. */
export type PdfMeta = {
  s: string
  v: number
  h: string
  n?: string
  a?: Record<string, unknown>
}

export type Gray = number

export type TextBox = {
  kind: 'text'
  x: number
  /** baseline */
  y: number
  size: number
  text: string
  gray?: Gray
  bold?: boolean
}
export type RectBox = {
  kind: 'rect'
  x: number
  y: number
  w: number
  h: number
  fill?: Gray
  stroke?: Gray
  lineWidth?: number
  /** rounded corners */
  radius?: number
  /** dashed outline */
  dash?: boolean
}
export type LineBox = {
  kind: 'line'
  x1: number
  y1: number
  x2: number
  y2: number
  width?: number
  gray?: Gray
  dash?: boolean
}
/** A filled polygon (an arrow head): points as [x, y] from the top-left. */
export type PolygonBox = { kind: 'polygon'; points: [number, number][]; fill?: Gray }
export type QrBox = { kind: 'qr'; x: number; y: number; size: number; payload: string }

/** One widget of an AcroForm field. */
export type FieldBox = {
  kind: 'field'
  x: number
  y: number
  w: number
  h: number
  field: FieldSpec
}

export type FieldSpec =
  | {
      type: 'text'
      name: string
      tooltip: string
      value: string
      multiline: boolean
      size: number
      /** right-aligned (numbers) */
      numeric?: boolean
      readOnly?: boolean
      hidden?: boolean
      /** inside a table cell: the grid is the border */
      cell?: boolean
    }
  | { type: 'check'; name: string; tooltip: string; checked: boolean }
  | {
      type: 'radio'
      name: string
      tooltip: string
      /** this widget's option index */
      option: number
      /** the selected option index of the group, -1 when none */
      selected: number
    }
  | {
      type: 'dropdown'
      name: string
      tooltip: string
      options: string[]
      selected: number
      size: number
      cell?: boolean
    }

export type Box = TextBox | RectBox | LineBox | PolygonBox | QrBox | FieldBox

export type Page = { boxes: Box[] }

/** Width of `text` at `size` points, in points. */
export type Measure = (text: string, size: number) => number
