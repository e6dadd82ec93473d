/**
 * Appearance streams of field widgets, drawn with the embedded CJK subset: text wrapped by the
 * Chinese line breaker (pdf-lib's own wraps only at spaces), check marks and radio dots as paths.
 */
import type { PDFFont } from 'pdf-lib'
import { breakLines } from '../text/line-break'
import { printable } from '../text/printable'
import type { Measure } from '../types'

const n = (v: number) => String(Math.round(v * 100) / 100)
const PAD = 2

/** Text field / dropdown content: one line (shrunk to fit, down to 6 pt) or wrapped lines. */
export function textAppearance(
  value: string,
  w: number,
  h: number,
  size: number,
  opts: {
    multiline: boolean
    right?: boolean
    border?: boolean
    font: PDFFont
    key: string
    measure: Measure
  },
): string {
  const clip = `${n(1)} ${n(1)} ${n(w - 2)} ${n(h - 2)} re W n`
  const frame = opts.border ? `q 1 g 0.45 G 0.6 w 0.3 0.3 ${n(w - 0.6)} ${n(h - 0.6)} re B Q ` : ''
  const clean = printable(value)
  if (!clean) return `${frame}/Tx BMC EMC`
  const parts: string[] = []
  if (opts.multiline) {
    const lead = size * 1.3
    const lines = breakLines(clean, w - 2 * PAD, size, opts.measure)
    lines.forEach((line, i) => {
      const y = h - PAD - size * 0.95 - i * lead
      if (y < -size) return
      parts.push(`1 0 0 1 ${n(PAD)} ${n(y)} Tm ${opts.font.encodeText(line).toString()} Tj`)
    })
    return `${frame}/Tx BMC q ${clip} BT 0 g /${opts.key} ${n(size)} Tf ${parts.join(' ')} ET Q EMC`
  }
  const line = clean.replace(/\n/g, ' ')
  let s = size
  const width = opts.measure(line, s)
  if (width > w - 2 * PAD) s = Math.max(6, (s * (w - 2 * PAD)) / width)
  const tw = opts.measure(line, s)
  const x = opts.right ? Math.max(PAD, w - PAD - tw) : PAD
  const y = (h - s) / 2 + s * 0.18
  const hex = opts.font.encodeText(line).toString()
  return `${frame}/Tx BMC q ${clip} BT 0 g /${opts.key} ${n(s)} Tf 1 0 0 1 ${n(x)} ${n(y)} Tm ${hex} Tj ET Q EMC`
}

/** A square box; `on` adds a check mark. */
export function checkAppearance(w: number, h: number, on: boolean): string {
  const box = `q 1 g 0 G 0.6 w 0.3 0.3 ${n(w - 0.6)} ${n(h - 0.6)} re B Q`
  if (!on) return box
  const tick = `q 0 G ${n(Math.max(1, w / 7))} w 1 J 1 j ${n(w * 0.2)} ${n(h * 0.52)} m ${n(w * 0.42)} ${n(h * 0.25)} l ${n(w * 0.82)} ${n(h * 0.8)} l S Q`
  return `${box} ${tick}`
}

const K = 0.5523

function circle(cx: number, cy: number, r: number): string {
  const k = r * K
  return [
    `${n(cx + r)} ${n(cy)} m`,
    `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c`,
    `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c`,
    `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c`,
    `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c`,
  ].join(' ')
}

/** A circle; `on` adds the dot. */
export function radioAppearance(w: number, h: number, on: boolean): string {
  const r = Math.min(w, h) / 2
  const ring = `q 1 g 0 G 0.6 w ${circle(w / 2, h / 2, r - 0.3)} B Q`
  return on ? `${ring} q 0 g ${circle(w / 2, h / 2, r * 0.45)} f Q` : ring
}
