import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseQrPayload, qrPayload } from './payload'

describe('qr payload', () => {
  it('round-trips a submission and a blank form', () => {
    const sub = { number: '20261128-0001', slug: 'qiye-kaiban', version: 3, hash: 'ab12' }
    expect(parseQrPayload(qrPayload(sub))).toEqual(sub)
    const blank = { slug: 'x', version: 1, hash: 'h' }
    expect(qrPayload(blank)).toBe('{"s":"x","v":1,"h":"h"}')
    expect(parseQrPayload(qrPayload(blank))).toEqual(blank)
  })
  it('takes a typed number, refuses junk', () => {
    expect(parseQrPayload(' 20261128-0042\n')).toEqual({ number: '20261128-0042' })
    expect(parseQrPayload('{not json')).toBeUndefined()
    expect(parseQrPayload('<script>')).toBeUndefined()
    expect(parseQrPayload('{"x":1}')).toBeUndefined()
  })
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseQrPayload(s) === undefined))
  })
})
