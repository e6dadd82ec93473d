import { describe, expect, it } from 'vitest'
import type { Situation } from '../types'
import { normalizeAnswers } from './normalize-answers'
import { QUESTIONS } from './situations-fixture'
import { visibleSituations } from './visible-situations'

const ids = (list: Situation[]) => list.map((s) => s.id)

describe('visibleSituations', () => {
  it('shows follow-ups only when their condition holds', () => {
    expect(ids(visibleSituations(QUESTIONS, {}))).toEqual(['invest', 'civilDefense'])
    expect(ids(visibleSituations(QUESTIONS, { invest: 'government' }))).toEqual([
      'invest',
      'funding',
      'civilDefense',
    ])
  })

  it('follows follow-ups of follow-ups', () => {
    const answers = { invest: 'government', funding: ['bond'] }
    expect(ids(visibleSituations(QUESTIONS, answers))).toEqual([
      'invest',
      'funding',
      'bondApproved',
      'civilDefense',
    ])
  })

  it('hides a follow-up whose parent is hidden, even with a stale answer', () => {
    const answers = { invest: 'enterprise', funding: ['bond'], bondApproved: 'yes' }
    expect(ids(visibleSituations(QUESTIONS, answers))).toEqual(['invest', 'civilDefense'])
  })

  it('hides a follow-up whose parent is hidden even when its rule is a negation', () => {
    const list: Situation[] = [
      ...QUESTIONS,
      {
        id: 'noBond',
        title: '未使用专项债券',
        kind: 'single',
        options: [{ value: 'x', label: 'x' }],
      },
    ]
    const last = list[4] as Situation
    last.when = { not: { q: 'funding', eq: 'bond' } }
    expect(ids(visibleSituations(list, { invest: 'enterprise' }))).not.toContain('noBond')
    expect(ids(visibleSituations(list, { invest: 'government', funding: [] }))).toContain('noBond')
  })

  it('hides questions on a cycle, whatever the definition order', () => {
    const cyc: Situation[] = [
      { id: 'a', title: 'A', kind: 'single', options: [{ value: 'y', label: 'y' }] },
      { id: 'b', title: 'B', kind: 'single', options: [], when: { q: 'c', answered: false } },
      { id: 'c', title: 'C', kind: 'single', options: [], when: { q: 'b', answered: false } },
    ]
    expect(ids(visibleSituations(cyc, {}))).toEqual(['a'])
    expect(ids(visibleSituations([...cyc].reverse(), {}))).toEqual(['a'])
  })
})

describe('normalizeAnswers', () => {
  it('drops answers of hidden and unknown questions, keeps definition order, copies arrays', () => {
    const funding = ['bond']
    const answers = {
      civilDefense: 'no',
      extra: 'x',
      invest: 'enterprise',
      funding,
      bondApproved: 'yes',
    }
    const out = normalizeAnswers(QUESTIONS, answers)
    expect(out).toEqual({ invest: 'enterprise', civilDefense: 'no' })
    expect(Object.keys(out)).toEqual(['invest', 'civilDefense'])
    const gov = normalizeAnswers(QUESTIONS, { ...answers, invest: 'government' })
    expect(gov.funding).toEqual(['bond'])
    expect(gov.funding).not.toBe(funding)
  })

  it('drops empty answers', () => {
    expect(normalizeAnswers(QUESTIONS, { invest: '' })).toEqual({})
  })
})
