import { describe, expect, it } from 'vitest'
import { contentHash, randomToken, sha256 } from './hash'

describe('hash', () => {
  it('sha256 gives the standard hex digest', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(contentHash({ a: 1 })).toBe(sha256('{"a":1}'))
  })

  it('random tokens have the asked length, are base64url and never repeat across pool refills', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 2000; i++) {
      const token = randomToken(24)
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/)
      seen.add(token)
    }
    expect(seen.size).toBe(2000)
    expect(Buffer.from(randomToken(), 'base64url')).toHaveLength(32)
    expect(() => randomToken(5000)).toThrow(RangeError)
  })
})
