/**
 * A page content stream written as PDF operators directly (numbers rounded to 0.01 pt); text is
 * always shown as glyph ids of the embedded font, so user text can never become operators.
 */
import type { PDFFont } from 'pdf-lib'
import type { QRCode } from 'qrcode'
import { printable } from '../text/printable'

const n = (v: number): string => {
  const r = Math.round(v * 100) / 100
  return Object.is(r, -0) ? '0' : String(r)
}

/** Bézier circle constant: control points of a quarter circle of radius 1. */
const K = 0.5523

/** A rectangle with rounded corners (PDF coordinates, y up) as a closed path. */
function roundedPath(x: number, y: number, w: number, h: number, r: number): string {
  const c = r * (1 - K)
  const x2 = x + w
  const y2 = y + h
  return [
    `${n(x + r)} ${n(y)} m`,
    `${n(x2 - r)} ${n(y)} l`,
    `${n(x2 - c)} ${n(y)} ${n(x2)} ${n(y + c)} ${n(x2)} ${n(y + r)} c`,
    `${n(x2)} ${n(y2 - r)} l`,
    `${n(x2)} ${n(y2 - c)} ${n(x2 - c)} ${n(y2)} ${n(x2 - r)} ${n(y2)} c`,
    `${n(x + r)} ${n(y2)} l`,
    `${n(x + c)} ${n(y2)} ${n(x)} ${n(y2 - c)} ${n(x)} ${n(y2 - r)} c`,
    `${n(x)} ${n(y + r)} l`,
    `${n(x)} ${n(y + c)} ${n(x + c)} ${n(y)} ${n(x + r)} ${n(y)} c`,
    'h',
  ].join(' ')
}

export class Content {
  private parts: string[] = []

  constructor(
    private readonly font: PDFFont,
    private readonly fontKey: string,
    private readonly pageHeight: number,
  ) {}

  /** Text with its baseline at `top` (measured from the page top). */
  text(x: number, top: number, size: number, text: string, gray = 0, bold = false): void {
    const clean = printable(text).replace(/\n/g, ' ')
    if (!clean) return
    const hex = this.font.encodeText(clean).toString()
    const mode = bold ? `2 Tr ${n(size * 0.035)} w ${n(gray)} G ` : ''
    const shown = `BT ${mode}${n(gray)} g /${this.fontKey} ${n(size)} Tf 1 0 0 1 ${n(x)} ${n(this.pageHeight - top)} Tm ${hex} Tj ET`
    // the text render mode and line width are graphics state: bold text restores them after
    this.parts.push(bold ? `q ${shown} Q` : shown)
  }

  rect(
    x: number,
    top: number,
    w: number,
    h: number,
    fill?: number,
    stroke?: number,
    lw = 0.5,
    radius = 0,
    dash = false,
  ): void {
    const y = this.pageHeight - top - h
    const paint = fill !== undefined && stroke !== undefined ? 'B' : fill !== undefined ? 'f' : 'S'
    const colors = `${fill !== undefined ? `${n(fill)} g ` : ''}${stroke !== undefined ? `${n(stroke)} G ${n(lw)} w ` : ''}${dash ? '[3 2] 0 d ' : ''}`
    const r = Math.min(radius, w / 2, h / 2)
    const path = r > 0 ? roundedPath(x, y, w, h, r) : `${n(x)} ${n(y)} ${n(w)} ${n(h)} re`
    this.parts.push(`q ${colors}${path} ${paint} Q`)
  }

  /** A filled polygon; points from the page top. */
  polygon(points: [number, number][], fill = 0): void {
    if (points.length < 3) return
    const h = this.pageHeight
    const path = points.map(([x, t], i) => `${n(x)} ${n(h - t)} ${i ? 'l' : 'm'}`).join(' ')
    this.parts.push(`q ${n(fill)} g ${path} h f Q`)
  }

  line(x1: number, t1: number, x2: number, t2: number, width = 0.5, gray = 0, dash = false): void {
    const h = this.pageHeight
    this.parts.push(
      `q ${n(gray)} G ${n(width)} w ${dash ? '[2 2] 0 d ' : ''}${n(x1)} ${n(h - t1)} m ${n(x2)} ${n(h - t2)} l S Q`,
    )
  }

  /** A QR code as filled rectangles (runs of dark modules), with a 2-module quiet zone. */
  qr(x: number, top: number, size: number, code: QRCode): void {
    const count = code.modules.size
    const unit = size / (count + 4)
    const ops: string[] = []
    for (let r = 0; r < count; r++) {
      let c = 0
      while (c < count) {
        if (!code.modules.get(r, c)) {
          c++
          continue
        }
        const start = c
        while (c < count && code.modules.get(r, c)) c++
        const px = x + (start + 2) * unit
        const py = this.pageHeight - top - (r + 3) * unit
        ops.push(`${n(px)} ${n(py)} ${n((c - start) * unit)} ${n(unit)} re`)
      }
    }
    this.parts.push(`q 0 g ${ops.join(' ')} f Q`)
  }

  toString(): string {
    return this.parts.join('\n')
  }
}
