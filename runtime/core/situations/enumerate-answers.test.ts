import { describe, expect, it } from 'vitest'
import type { Situation } from '../types'
import { checkAnswers } from './check-answers'
import { enumerateAnswers } from './enumerate-answers'
import { QUESTIONS } from './situations-fixture'

describe('enumerateAnswers', () => {
  it('lists every combination of shown questions, follow-ups only where shown', () => {
    const { combos, truncated } = enumerateAnswers(QUESTIONS)
    expect(truncated).toBe(false)
    // government: 8 funding subsets, 4 of them with bond → ask bondApproved (2) → 12; × 2 人防 = 24
    // enterprise: × 2 人防 = 2
    expect(combos).toHaveLength(26)
    expect(combos[0]).toEqual({ invest: 'government', funding: [], civilDefense: 'yes' })
    expect(combos.at(-1)).toEqual({ invest: 'enterprise', civilDefense: 'no' })
    for (const c of combos) expect(checkAnswers(QUESTIONS, c)).toEqual([])
    const keys = new Set(combos.map((c) => JSON.stringify(c)))
    expect(keys.size).toBe(combos.length)
  })

  it('is deterministic, keys in definition order, even when follow-ups come first', () => {
    const reordered = [...QUESTIONS].reverse()
    const a = enumerateAnswers(reordered).combos
    expect(a).toEqual(enumerateAnswers(reordered).combos)
    expect(a).toHaveLength(26)
    for (const c of a) {
      const order = reordered.map((s) => s.id).filter((id) => id in c)
      expect(Object.keys(c)).toEqual(order)
    }
  })

  it('lists subsets in binary counting order', () => {
    const q: Situation[] = [
      {
        id: 'm',
        title: 'M',
        kind: 'multiple',
        options: ['a', 'b', 'c'].map((v) => ({ value: v, label: v })),
      },
    ]
    expect(enumerateAnswers(q).combos.map((c) => c.m)).toEqual([
      [],
      ['a'],
      ['b'],
      ['a', 'b'],
      ['c'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b', 'c'],
    ])
  })

  it('stops at the limit and says so', () => {
    const many: Situation[] = [
      {
        id: 'm',
        title: 'M',
        kind: 'multiple',
        options: Array.from({ length: 40 }, (_, i) => ({ value: `v${i}`, label: `${i}` })),
      },
    ]
    const r = enumerateAnswers(many, 100)
    expect(r.combos).toHaveLength(100)
    expect(r.truncated).toBe(true)
    expect(enumerateAnswers(QUESTIONS, 26).truncated).toBe(false)
    expect(enumerateAnswers(QUESTIONS, 25).truncated).toBe(true)
  })

  it('gives one empty combination without questions', () => {
    expect(enumerateAnswers([])).toEqual({ combos: [{}], truncated: false })
  })
})
