import { describe, expect, it } from 'vitest'
import { flowRows } from './flow-rows'

describe('flowRows', () => {
  it('puts consecutive steps of one parallel group side by side, numbered in process order', () => {
    const rows = flowRows([
      { t: '受理' },
      { t: '规划', parallel: 'p' },
      { t: '人防', parallel: 'p' },
      { t: '出件' },
      { t: '另一组', parallel: 'p' },
    ])
    expect(rows.map((r) => r.map((s) => `${s.n}${s.t}`))).toEqual([
      ['1受理'],
      ['2规划', '3人防'],
      ['4出件'],
      ['5另一组'],
    ])
  })
})
