import { hash, randomFillSync } from 'node:crypto'

/** SHA-256 in hex, one shot (no Hash object: it runs several times per submission). */
export const sha256 = (s: string): string => hash('sha256', s, 'hex')

/** Content hash of a JSON document as stored (key order is content: it is the field order). */
export const contentHash = (doc: unknown): string => sha256(JSON.stringify(doc))

/**
 * Cryptographically random bytes come from a pool refilled 4 KB at a time (as `randomUUID` does):
 * one `randomBytes` call per token costs a system call, and every submission makes a token.
 * Each byte is handed out once.
 */
const pool = Buffer.alloc(4096)
let used = pool.length

export const randomToken = (bytes = 32): string => {
  if (bytes > pool.length) throw new RangeError(`token of ${bytes} bytes`)
  if (used + bytes > pool.length) {
    randomFillSync(pool)
    used = 0
  }
  const token = pool.toString('base64url', used, used + bytes)
  used += bytes
  return token
}
