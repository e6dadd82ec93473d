import type { Measure } from '../types'
import { printable } from './printable'

/** `text` on one line no wider than `width`: cut by character with 「…」 when it does not fit. */
export function ellipsis(text: string, width: number, size: number, measure: Measure): string {
  const clean = printable(text).replace(/\n/g, ' ')
  if (measure(clean, size) <= width) return clean
  const mark = '…'
  let out = ''
  for (const ch of clean) {
    if (measure(out + ch + mark, size) > width) break
    out += ch
  }
  return out + mark
}

/** Wrapped `lines` cut to at most `max`, the last one ending in 「…」 when lines were dropped. */
export function capLines(
  lines: string[],
  max: number,
  width: number,
  size: number,
  measure: Measure,
): string[] {
  if (lines.length <= max) return lines
  const kept = lines.slice(0, max)
  kept[max - 1] = ellipsis(`${kept[max - 1]}…`, width, size, measure)
  return kept
}
