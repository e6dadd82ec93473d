import { createHash, randomBytes } from 'node:crypto'

/** Content hash of a JSON document as stored (key order is content: it is the field order). */
export const contentHash = (doc: unknown): string =>
  createHash('sha256').update(JSON.stringify(doc)).digest('hex')

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex')

export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url')
