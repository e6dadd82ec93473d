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

type TtfSubset = {
  glyf: Uint8Array[]
  offset: number
  loca: { offsets: number[] }
  hmtx: { metrics: { advance: number; bearing: number }[] }
  font: { _variationProcessor?: unknown }
  _addGlyph(gid: number): number
}

/**
 * The subset bytes and metrics of simple glyphs, by glyph id, for the process: fontkit decodes a
 * glyph's whole outline each time a document includes it (only to learn whether it is compound),
 * a fifth of a form's CPU. Simple glyphs are copied verbatim, so their bytes are the same in every
 * subset; compound glyphs renumber their components per document and are not cached.
 */
const simpleGlyphs = new Map<number, { data: Uint8Array; advance: number; bearing: number }>()

const patched = new WeakSet<object>()

/**
 * fontkit writes a subset's `loca` in the short format (offsets ÷ 2) when its glyph data is under
 * 64 KB, but does not pad glyphs to an even length, so every glyph after an odd-sized one points
 * into the middle of its neighbour: a small document (a short guide, a small form) printed most of
 * its characters blank in poppler. Padding each glyph with a zero byte to an even length (as the
 * TrueType spec requires for the short format) fixes it; the long format is unaffected. Simple
 * glyphs are then taken from `simpleGlyphs` (above).
 */
function patchSubsetGlyphs(subset: object): void {
  const proto = Object.getPrototypeOf(subset) as TtfSubset
  if (patched.has(proto) || typeof proto._addGlyph !== 'function') return
  patched.add(proto)
  const addGlyph = proto._addGlyph
  proto._addGlyph = function (this: TtfSubset, gid: number): number {
    const hit = simpleGlyphs.get(gid)
    if (hit) {
      this.glyf.push(hit.data)
      this.loca.offsets.push(this.offset)
      this.hmtx.metrics.push({ advance: hit.advance, bearing: hit.bearing })
      this.offset += hit.data.length
      return this.glyf.length - 1
    }
    const index = addGlyph.call(this, gid)
    let data = this.glyf[index]
    if (data && data.length % 2 === 1) {
      // the same Buffer class fontkit's streams accept (its own polyfill in the UMD build)
      const Same = data.constructor as unknown as { alloc(size: number): Uint8Array }
      const padded = Same.alloc(data.length + 1)
      padded.set(data)
      this.glyf[index] = padded
      this.offset += 1
      data = padded
    }
    // a glyph starts with its contour count: negative means compound
    const contours = data && data.length >= 2 ? ((data[0]! << 24) >> 16) | data[1]! : 0
    if (data && contours >= 0 && !this.font._variationProcessor) {
      const metrics = this.hmtx.metrics[this.hmtx.metrics.length - 1]!
      simpleGlyphs.set(gid, { data, advance: metrics.advance, bearing: metrics.bearing })
    }
    return index
  }
}

/** A subset of the CJK font for `doc`, named deterministically. */
export function embedCjkFont(doc: PDFDocument): PDFFont {
  const { font, bytes } = cjkFont()
  const embedder = new CjkSubsetEmbedder(font, bytes, 'YZBSUB+NotoSansSC-Regular')
  patchSubsetGlyphs((embedder as unknown as SubsetInternals).subset)
  const ref = doc.context.nextRef()
  const pdfFont = PDFFont.of(ref, doc, embedder as never)
  ;(doc as unknown as { fonts: PDFFont[] }).fonts.push(pdfFont)
  return pdfFont
}
