/**
 * What is drawn for user text: control characters, bidi overrides/isolates and other invisible
 * format characters are dropped (they could reorder or hide printed text); tabs become spaces.
 * Line feeds are kept for the line breaker. Field VALUES are stored unchanged.
 */

/** [from, to] code point ranges that are never drawn (\n excepted). */
const INVISIBLE: [number, number][] = [
  [0x00, 0x09],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffb],
]

const invisible = (cp: number): boolean => INVISIBLE.some(([a, b]) => cp >= a && cp <= b)

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text as Unicode can store it: a lone surrogate (not a character) becomes U+FFFD. */
export const wellFormed = (text: string): string => text.replace(LONE_SURROGATE, '\ufffd')

export function printable(text: string): string {
  let out = ''
  for (const ch of wellFormed(text).replace(/\r\n?/g, '\n')) {
    const cp = ch.codePointAt(0) ?? 0
    if (cp === 0x09) out += ' '
    else if (cp === 0x0a || !invisible(cp)) out += ch
  }
  return out
}
