import { describe, expect, it } from 'vitest'
import { match } from './router'

describe('match', () => {
  it('reads decoded params and refuses other shapes', () => {
    expect(match('/s/:slug/fill', '/s/qiye%20kaiban/fill')).toEqual({ slug: 'qiye kaiban' })
    expect(match('/s/:slug', '/s/a/b')).toBeNull()
    expect(match('/r/:number', '/x/1')).toBeNull()
  })
  it('treats a malformed escape as no match instead of throwing', () => {
    expect(match('/s/:slug', '/s/%E0')).toBeNull()
  })
})
