import { describe, expect, it } from 'vitest'
import type { Rule } from '../types'
import { evaluateRule } from './evaluate-rule'

describe('evaluateRule', () => {
  const answers = { invest: 'government', funding: ['local', 'bond'], none: [] as string[] }

  it('eq on a single answer', () => {
    expect(evaluateRule({ q: 'invest', eq: 'government' }, answers)).toBe(true)
    expect(evaluateRule({ q: 'invest', eq: 'enterprise' }, answers)).toBe(false)
  })

  it('eq and in on a multiple answer: contains / intersects', () => {
    expect(evaluateRule({ q: 'funding', eq: 'bond' }, answers)).toBe(true)
    expect(evaluateRule({ q: 'funding', eq: 'central' }, answers)).toBe(false)
    expect(evaluateRule({ q: 'funding', in: ['central', 'local'] }, answers)).toBe(true)
    expect(evaluateRule({ q: 'funding', in: ['central'] }, answers)).toBe(false)
    expect(evaluateRule({ q: 'none', in: ['central'] }, answers)).toBe(false)
  })

  it('unanswered questions make eq / in false', () => {
    expect(evaluateRule({ q: 'missing', eq: 'x' }, answers)).toBe(false)
    expect(evaluateRule({ q: 'missing', in: ['x'] }, answers)).toBe(false)
    expect(evaluateRule({ not: { q: 'missing', eq: 'x' } }, answers)).toBe(true)
  })

  it('answered: an empty multiple choice is an answer, an empty string is not', () => {
    expect(evaluateRule({ q: 'none', answered: true }, answers)).toBe(true)
    expect(evaluateRule({ q: 'missing', answered: false }, answers)).toBe(true)
    expect(evaluateRule({ q: 'blank', answered: true }, { blank: '' })).toBe(false)
  })

  it('booleans match their string form', () => {
    expect(evaluateRule({ q: 'flag', eq: true }, { flag: 'true' })).toBe(true)
    expect(evaluateRule({ q: 'flag', eq: 'false' }, { flag: false })).toBe(true)
    expect(evaluateRule({ q: 'flag', in: [true] }, { flag: 'false' })).toBe(false)
  })

  it('all / any / not', () => {
    const gov: Rule = { q: 'invest', eq: 'government' }
    const bond: Rule = { q: 'funding', eq: 'bond' }
    expect(evaluateRule({ all: [gov, bond] }, answers)).toBe(true)
    expect(evaluateRule({ all: [gov, { not: bond }] }, answers)).toBe(false)
    expect(evaluateRule({ any: [{ not: gov }, bond] }, answers)).toBe(true)
    expect(evaluateRule({ all: [] }, answers)).toBe(true)
    expect(evaluateRule({ any: [] }, answers)).toBe(false)
  })

  it('malformed rules are false, never a throw; prototype keys are not answers', () => {
    expect(evaluateRule(null as unknown as Rule, answers)).toBe(false)
    expect(evaluateRule({ all: 'x' } as unknown as Rule, answers)).toBe(false)
    expect(evaluateRule({ q: 3 } as unknown as Rule, answers)).toBe(false)
    expect(evaluateRule({ q: 'invest' } as unknown as Rule, answers)).toBe(false)
    expect(evaluateRule({ q: 'toString', answered: true }, {})).toBe(false)
  })
})
