/**
 * The CJK font: Noto Sans SC Regular (SIL Open Font License 1.1) from the npm package
 * `@expo-google-fonts/noto-sans-sc`. Read and parsed once per process, on first use.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fontkit from '@pdf-lib/fontkit'
import type { Font } from 'pdf-lib/cjs/types/fontkit'

export const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc'
export const FONT_FILE = '400Regular/NotoSansSC_400Regular.ttf'

export type LoadedFont = { font: Font; bytes: Uint8Array; path: string }

let loaded: LoadedFont | undefined

/** The parsed font, shared by every document of this process. */
export function cjkFont(): LoadedFont {
  if (loaded) return loaded
  const require = createRequire(import.meta.url)
  const path = require.resolve(`${FONT_PACKAGE}/${FONT_FILE}`)
  const bytes = new Uint8Array(readFileSync(path))
  loaded = { font: fontkit.create(bytes) as unknown as Font, bytes, path }
  return loaded
}
