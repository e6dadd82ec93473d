/** Runs the Debian PDF tools on bytes: qpdf --check, pdftotext, pdftoppm + zbarimg. */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

function withFile<T>(bytes: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-pdf-'))
  try {
    const path = join(dir, 'f.pdf')
    writeFileSync(path, bytes)
    return fn(path, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** qpdf's verdict; throws with its output when the file has errors. */
export const qpdfCheck = (bytes: Uint8Array): string =>
  withFile(bytes, (p) => execFileSync('qpdf', ['--check', p], { encoding: 'utf8' }))

export const pdfText = (bytes: Uint8Array, page?: number): string =>
  withFile(bytes, (p) =>
    execFileSync(
      'pdftotext',
      [...(page ? ['-f', String(page), '-l', String(page)] : []), '-enc', 'UTF-8', p, '-'],
      {
        encoding: 'utf8',
      },
    ),
  )

/** What zbarimg decodes from page 1 rendered at `dpi`. */
export const qrOfPage1 = (bytes: Uint8Array, dpi = 150): string[] =>
  withFile(bytes, (p, dir) => {
    execFileSync('pdftoppm', [
      '-r',
      String(dpi),
      '-f',
      '1',
      '-l',
      '1',
      '-png',
      p,
      join(dir, 'page'),
    ])
    const png = readdirSync(dir).find((f) => f.endsWith('.png'))!
    const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sbinary', join(dir, png)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return out.split('\n').filter(Boolean)
  })
