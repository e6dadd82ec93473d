import { describe, expect, it } from 'vitest'
import { restartBackoff } from './restart-backoff'

describe('restartBackoff', () => {
  it('doubles while processes die young, up to the cap, and starts over after one that lived', () => {
    const next = restartBackoff()
    expect([100, 200, 50, 10, 10, 10, 10].map(next)).toEqual([
      1000, 2000, 4000, 8000, 16000, 30000, 30000,
    ])
    expect(next(60_000)).toBe(1000)
    expect(next(500)).toBe(2000)
  })
})
