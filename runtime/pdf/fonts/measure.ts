import type { Measure } from '../types'
import { glyphOf } from './cjk-embedder'
import { cjkFont } from './load-font'

/** Measures text with the CJK font's advance widths (no kerning: what the renderer draws). */
export function fontMeasure(): Measure {
  const { font } = cjkFont()
  const scale = 1 / font.unitsPerEm
  return (text, size) => {
    let units = 0
    for (const ch of text) units += glyphOf(font, ch.codePointAt(0) ?? 0).advanceWidth
    return units * scale * size
  }
}
