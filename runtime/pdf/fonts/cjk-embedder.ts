/**
 * Embeds the process-wide parsed CJK font into one document as a subset, without parsing the
 * 10 MB file again and without running the OpenType shaper per string: CJK needs no shaping, so a
 * code point maps straight to its glyph (cached across documents). Glyph ids stay per document.
 */
import { CustomFontSubsetEmbedder, type PDFDocument, PDFFont, PDFHexString } from 'pdf-lib'
import type { Font, Glyph } from 'pdf-lib/cjs/types/fontkit'
import { cjkFont } from './load-font'

type SubsetInternals = {
  subset: { includeGlyph(glyph: Glyph): number }
  glyphs: Glyph[]
  glyphIdMap: Map<number, number>
  glyphCache: { invalidate(): void }
}

type EmbedderLike = {
  encodeText(text: string): PDFHexString
  widthOfTextAtSize(text: string, size: number): number
}
type EmbedderCtor = new (font: Font, data: Uint8Array, customName?: string) => EmbedderLike

const Base = CustomFontSubsetEmbedder as unknown as EmbedderCtor

const glyphByCodePoint = new Map<number, Glyph>()

/** The glyph of a code point (the font's .notdef when it has none). Cached for the process. */
export function glyphOf(font: Font, cp: number): Glyph {
  let g = glyphByCodePoint.get(cp)
  if (!g) {
    g = font.glyphForCodePoint(cp)
    glyphByCodePoint.set(cp, g)
  }
  return g
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

class CjkSubsetEmbedder extends Base {
  override encodeText(text: string): PDFHexString {
    const self = this as unknown as SubsetInternals & { font: Font }
    let hex = ''
    for (const ch of text) {
      const glyph = glyphOf(self.font, ch.codePointAt(0) ?? 0)
      let id = self.glyphIdMap.get(glyph.id)
      if (id === undefined) {
        id = self.subset.includeGlyph(glyph)
        self.glyphs[id - 1] = glyph
        self.glyphIdMap.set(glyph.id, id)
        self.glyphCache.invalidate()
      }
      hex += HEX[(id >> 8) & 0xff]! + HEX[id & 0xff]!
    }
    return PDFHexString.of(hex)
  }

  override widthOfTextAtSize(text: string, size: number): number {
    const font = (this as unknown as { font: Font }).font
    let units = 0
    for (const ch of text) units += glyphOf(font, ch.codePointAt(0) ?? 0).advanceWidth
    return (units / font.unitsPerEm) * size
  }
}

/** A subset of the CJK font for `doc`, named deterministically. */
export function embedCjkFont(doc: PDFDocument): PDFFont {
  const { font, bytes } = cjkFont()
  const embedder = new CjkSubsetEmbedder(font, bytes, 'YZBSUB+NotoSansSC-Regular')
  const ref = doc.context.nextRef()
  const pdfFont = PDFFont.of(ref, doc, embedder as never)
  ;(doc as unknown as { fonts: PDFFont[] }).fonts.push(pdfFont)
  return pdfFont
}
