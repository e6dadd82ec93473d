import type { Situation } from '../types'

/** Test questions: a follow-up, a follow-up of a follow-up, and a multiple choice. */
export const QUESTIONS: Situation[] = [
  {
    id: 'invest',
    title: '是否政府投资项目',
    kind: 'single',
    options: [
      { value: 'government', label: '政府投资' },
      { value: 'enterprise', label: '企业投资' },
    ],
  },
  {
    id: 'funding',
    title: '资金来源',
    kind: 'multiple',
    options: [
      { value: 'central', label: '中央预算内资金' },
      { value: 'local', label: '地方财政资金' },
      { value: 'bond', label: '专项债券' },
    ],
    when: { q: 'invest', eq: 'government' },
  },
  {
    id: 'bondApproved',
    title: '专项债券是否已获批',
    kind: 'single',
    options: [
      { value: 'yes', label: '是' },
      { value: 'no', label: '否' },
    ],
    when: { q: 'funding', eq: 'bond' },
  },
  {
    id: 'civilDefense',
    title: '是否涉及人防',
    kind: 'single',
    options: [
      { value: 'yes', label: '是' },
      { value: 'no', label: '否' },
    ],
  },
]
