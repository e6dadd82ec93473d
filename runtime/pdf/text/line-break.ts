/**
 * Chinese line breaking (a practical subset of GB/T 15834 and the W3C clreq rules): CJK text
 * breaks between any two characters; a Latin/digit run breaks only at spaces (or, when longer
 * than a whole line, by character); closing punctuation never starts a line and opening
 * punctuation never ends one (they travel with their neighbour).
 */
import type { Measure } from '../types'
import { printable } from './printable'

/** May not start a line. */
export const NO_START = new Set([
  ...'。，、；：？！）」』】〕〉》〗〙｝］”’…—～·・％‰℃.,;:?!)]}%\'"',
  '\u2026',
  '\u2014',
  '\u301f',
])
/** May not end a line. */
export const NO_END = new Set([...'（「『【〔〈《〖〘｛［“‘(［{[￥$'])

const isCjk = (ch: string): boolean =>
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3134f}]/u.test(
    ch,
  )

/** Units that must not be split: a CJK char, a Latin word, a space, with kinsoku glue applied. */
export function breakUnits(text: string): string[] {
  const chars = [...text]
  const units: string[] = []
  let word = ''
  const flush = () => {
    if (word) units.push(word)
    word = ''
  }
  for (const ch of chars) {
    if (ch === ' ') {
      flush()
      units.push(ch)
    } else if (isCjk(ch) || NO_START.has(ch) || NO_END.has(ch)) {
      flush()
      units.push(ch)
    } else word += ch
  }
  flush()
  // Glue: closing punctuation onto the unit before, opening punctuation onto the unit after.
  const glued: string[] = []
  for (const u of units) {
    const prev = glued.at(-1)
    const closing = NO_START.has([...u][0] ?? '')
    if (prev === ' ' && closing && glued.length >= 2) {
      glued.pop()
      glued[glued.length - 1] += ` ${u}`
    } else if (prev !== undefined && prev !== ' ' && closing) {
      glued[glued.length - 1] = prev + u
    } else if (prev !== undefined && NO_END.has([...prev].at(-1) ?? '') && u !== ' ') {
      glued[glued.length - 1] = prev + u
    } else glued.push(u)
  }
  return glued
}

/**
 * Splits one over-long unit by character so that each piece fits; closing punctuation hangs past
 * the edge rather than start a line (标点悬挂).
 */
function splitLong(unit: string, width: number, size: number, measure: Measure): string[] {
  const out: string[] = []
  let cur = ''
  for (const ch of unit) {
    if (
      cur &&
      !NO_START.has(ch) &&
      !NO_END.has([...cur].at(-1) ?? '') &&
      measure(cur + ch, size) > width
    ) {
      out.push(cur)
      cur = ''
    }
    cur += ch
  }
  if (cur) out.push(cur)
  return out
}

/** Breaks `text` into lines no wider than `width` (a unit wider than a line is split by char). */
export function breakLines(text: string, width: number, size: number, measure: Measure): string[] {
  const lines: string[] = []
  for (const para of printable(text).split('\n')) {
    let line = ''
    let lineWidth = 0
    const push = () => {
      lines.push(line.replace(/ +$/, ''))
      line = ''
      lineWidth = 0
    }
    for (const unit of breakUnits(para)) {
      const w = measure(unit, size)
      if (unit === ' ' && line === '') continue
      if (lineWidth + w <= width || line === '') {
        if (w > width) {
          for (const piece of splitLong(unit, width, size, measure)) {
            if (line) push()
            line = piece
            lineWidth = measure(piece, size)
          }
          continue
        }
        line += unit
        lineWidth += w
        continue
      }
      push()
      if (unit === ' ') continue
      if (w > width) {
        const pieces = splitLong(unit, width, size, measure)
        pieces.forEach((piece, i) => {
          if (i > 0) push()
          line = piece
          lineWidth = measure(piece, size)
        })
        continue
      }
      line = unit
      lineWidth = w
    }
    push()
  }
  return lines
}
