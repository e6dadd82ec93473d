import { describe, expect, it } from 'vitest'
import type { Answers } from '../types'
import { checkAnswers } from './check-answers'
import { QUESTIONS } from './situations-fixture'

describe('checkAnswers', () => {
  it('accepts complete answers', () => {
    expect(checkAnswers(QUESTIONS, { invest: 'enterprise', civilDefense: 'no' })).toEqual([])
    const gov = {
      invest: 'government',
      funding: ['bond'],
      bondApproved: 'yes',
      civilDefense: 'yes',
    }
    expect(checkAnswers(QUESTIONS, gov)).toEqual([])
    expect(checkAnswers(QUESTIONS, { ...gov, funding: [] as string[] })).toEqual([
      // no bond: bondApproved is hidden, its answer ignored
    ])
  })

  it('asks for unanswered visible questions', () => {
    expect(checkAnswers(QUESTIONS, { invest: 'government' })).toEqual([
      { path: 'answers.funding', message: '请回答「资金来源」' },
      { path: 'answers.civilDefense', message: '请回答「是否涉及人防」' },
    ])
  })

  it('reports unknown ids and unknown options', () => {
    const answers: Answers = { invest: 'mixed', civilDefense: 'no', color: 'red' }
    expect(checkAnswers(QUESTIONS, answers)).toEqual([
      { path: 'answers.color', message: '未知的情形问题「color」' },
      { path: 'answers.invest', message: '「是否政府投资项目」没有选项「mixed」' },
    ])
  })

  it('checks the shape of single and multiple answers', () => {
    const answers = { invest: ['enterprise'], civilDefense: 'no' } as Answers
    expect(checkAnswers(QUESTIONS, answers)).toEqual([
      { path: 'answers.invest', message: '「是否政府投资项目」是单选题，只能选择一项' },
    ])
    const multi = { invest: 'government', funding: 'local', civilDefense: 'no' }
    expect(checkAnswers(QUESTIONS, multi)).toEqual([
      { path: 'answers.funding', message: '「资金来源」是多选题，回答应为选项列表' },
    ])
    const bad = { invest: 'government', funding: ['bond', 'gift', 'bond'], civilDefense: 'no' }
    expect(checkAnswers(QUESTIONS, { ...bad, bondApproved: 'no' })).toEqual([
      { path: 'answers.funding.1', message: '「资金来源」没有选项「gift」' },
      { path: 'answers.funding.2', message: '「资金来源」的选项「bond」重复选择' },
    ])
    const odd = { invest: 7, civilDefense: 'no' } as unknown as Answers
    expect(checkAnswers(QUESTIONS, odd)).toEqual([
      { path: 'answers.invest', message: '「是否政府投资项目」的回答无效' },
    ])
  })

  it('ignores answers to hidden questions', () => {
    const answers = { invest: 'enterprise', funding: ['nonsense'], civilDefense: 'no' }
    expect(checkAnswers(QUESTIONS, answers)).toEqual([])
  })

  it('with partial, lets unanswered questions wait but still refuses wrong answers', () => {
    expect(checkAnswers(QUESTIONS, {}, { partial: true })).toEqual([])
    expect(checkAnswers(QUESTIONS, {}).length).toBeGreaterThan(0)
    const wrong = checkAnswers(QUESTIONS, { invest: 'nope' }, { partial: true })
    expect(wrong.map((i) => i.path)).toEqual(['answers.invest'])
  })
})
