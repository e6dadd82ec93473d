/**
 * pdf-lib compresses every stream (fonts, object streams, contents) with pako, a JavaScript
 * deflate that took a sixth of the CPU of a PDF. This points the pako instance pdf-lib loads at
 * Node's native zlib (same format, same level), once per process. Only deflate is replaced.
 */
import { createRequire } from 'node:module'
import { deflateSync } from 'node:zlib'

let done = false

export function installNativeDeflate(): void {
  if (done) return
  done = true
  const fromPdfLib = createRequire(createRequire(import.meta.url).resolve('pdf-lib'))
  const pako = fromPdfLib('pako') as { deflate: (data: Uint8Array, opts?: unknown) => Uint8Array }
  pako.deflate = (data: Uint8Array) => {
    const out = deflateSync(data, { level: 6 })
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength)
  }
}
