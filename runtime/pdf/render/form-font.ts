/**
 * The form font in the AcroForm's /DR, named by every field's /DA: what a viewer uses to redraw a
 * field after the applicant types. Strategies (measured in docs/decisions/003-pdf-form-font.md):
 * - `stsong`: the non-embedded Adobe CJK font STSong-Light (UniGB-UCS2-H); viewers supply it.
 * - `subset`: the embedded subset that draws the appearances (only characters already in it).
 * - `full`: the whole embedded font (every character; megabytes per file).
 */
import { CustomFontEmbedder, type PDFDocument, PDFFont, PDFName, PDFString } from 'pdf-lib'
import type { Font as FontkitFont } from 'pdf-lib/cjs/types/fontkit'
import { cjkFont } from '../fonts/load-font'

export type FormFontStrategy = 'stsong' | 'subset' | 'full'
export const DEFAULT_FORM_FONT: FormFontStrategy = 'stsong'

type Ctor = new (font: FontkitFont, data: Uint8Array, name?: string) => object

function stSongLight(doc: PDFDocument) {
  const ctx = doc.context
  const descriptor = ctx.obj({
    Type: 'FontDescriptor',
    FontName: 'STSong-Light',
    Flags: 6,
    FontBBox: [-25, -254, 1000, 880],
    ItalicAngle: 0,
    Ascent: 880,
    Descent: -120,
    CapHeight: 880,
    StemV: 93,
  })
  const cid = ctx.obj({
    Type: 'Font',
    Subtype: 'CIDFontType0',
    BaseFont: 'STSong-Light',
    CIDSystemInfo: {
      Registry: PDFString.of('Adobe'),
      Ordering: PDFString.of('GB1'),
      Supplement: 4,
    },
    FontDescriptor: ctx.register(descriptor),
    DW: 1000,
    W: [1, 95, 500],
  })
  return ctx.register(
    ctx.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: 'STSong-Light',
      Encoding: 'UniGB-UCS2-H',
      DescendantFonts: [ctx.register(cid)],
    }),
  )
}

/** Writes /DR (and a default /DA) into the AcroForm; returns the resource name /DA strings use. */
export function installFormFont(
  doc: PDFDocument,
  subset: PDFFont,
  apKey: string,
  strategy: FormFontStrategy,
): string {
  const ctx = doc.context
  const fonts: Record<string, unknown> = { [apKey]: subset.ref }
  let daKey = apKey
  if (strategy === 'stsong') {
    daKey = 'STSong'
    fonts[daKey] = stSongLight(doc)
  } else if (strategy === 'full') {
    daKey = `${apKey}Full`
    const { font, bytes } = cjkFont()
    const embedder = new (CustomFontEmbedder as unknown as Ctor)(font, bytes, 'NotoSansSC-Regular')
    const ref = ctx.nextRef()
    ;(doc as unknown as { fonts: PDFFont[] }).fonts.push(PDFFont.of(ref, doc, embedder as never))
    fonts[daKey] = ref
  }
  const acro = doc.getForm().acroForm.dict
  acro.set(PDFName.of('DR'), ctx.obj({ Font: ctx.obj(fonts as never) }))
  acro.set(PDFName.of('DA'), PDFString.of(`/${daKey} 0 Tf 0 g`))
  return daKey
}
