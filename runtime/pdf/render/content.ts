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
    this.parts.push(
      `BT ${mode}${n(gray)} g /${this.fontKey} ${n(size)} Tf 1 0 0 1 ${n(x)} ${n(this.pageHeight - top)} Tm ${hex} Tj ET`,
    )
  }

  rect(
    x: number,
    top: number,
    w: number,
    h: number,
    fill?: number,
    stroke?: number,
    lw = 0.5,
  ): void {
    const y = this.pageHeight - top - h
    const paint = fill !== undefined && stroke !== undefined ? 'B' : fill !== undefined ? 'f' : 'S'
    const colors = `${fill !== undefined ? `${n(fill)} g ` : ''}${stroke !== undefined ? `${n(stroke)} G ${n(lw)} w ` : ''}`
    this.parts.push(`q ${colors}${n(x)} ${n(y)} ${n(w)} ${n(h)} re ${paint} Q`)
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
