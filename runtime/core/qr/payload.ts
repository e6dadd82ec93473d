/**
 * What the QR code on a printed form and on a receipt carries: `{n, s, v, h}` = submission number
 * (absent on a blank form), bundle slug, version and the version's content hash.
 */
export type QrData = { number?: string; slug: string; version: number; hash: string }

export const qrPayload = (q: QrData): string =>
  JSON.stringify({ ...(q.number ? { n: q.number } : {}), s: q.slug, v: q.version, h: q.hash })

/**
 * Reads a scanned QR text (or what a USB scanner typed). A bare submission number is accepted too,
 * so the counter's one input takes either. Returns undefined for anything else.
 */
export function parseQrPayload(text: string): Partial<QrData> | undefined {
  const t = text.trim()
  if (t.startsWith('{')) {
    try {
      const o = JSON.parse(t) as Record<string, unknown>
      const out: Partial<QrData> = {}
      if (typeof o.n === 'string' && o.n) out.number = o.n
      if (typeof o.s === 'string') out.slug = o.s
      if (typeof o.v === 'number') out.version = o.v
      if (typeof o.h === 'string') out.hash = o.h
      return out.number || out.slug ? out : undefined
    } catch {
      return undefined
    }
  }
  return /^[A-Za-z0-9-]{4,40}$/.test(t) ? { number: t } : undefined
}
