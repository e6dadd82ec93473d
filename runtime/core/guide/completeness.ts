import type { Guide } from '../types'

/** The 办事指南 elements, in the order the provincial standards list them. */
export const GUIDE_ELEMENTS: { key: keyof Guide; title: string }[] = [
  { key: 'implementer', title: '实施主体' },
  { key: 'jointDepartments', title: '联办部门' },
  { key: 'targets', title: '服务对象' },
  { key: 'basis', title: '设定依据' },
  { key: 'conditions', title: '受理条件' },
  { key: 'process', title: '办理流程' },
  { key: 'timeLimit', title: '法定/承诺时限' },
  { key: 'fee', title: '收费' },
  { key: 'location', title: '办理地点' },
  { key: 'hours', title: '办理时间' },
  { key: 'window', title: '办理窗口' },
  { key: 'onlineUrl', title: '网办地址' },
  { key: 'visits', title: '到现场次数' },
  { key: 'consultPhone', title: '咨询电话' },
  { key: 'complaintPhone', title: '投诉电话' },
  { key: 'intermediaries', title: '中介服务清单' },
  { key: 'result', title: '结果名称' },
  { key: 'faq', title: '常见问题' },
]

const present = (key: keyof Guide, v: unknown): boolean => {
  if (v === undefined || v === null) return false
  if (typeof v === 'string') return v.trim().length > 0
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0
  if (key === 'timeLimit') {
    const t = v as { legal?: unknown; promised?: unknown }
    return typeof t.legal === 'number' && typeof t.promised === 'number' && t.legal > 0
  }
  if (key === 'result')
    return (
      typeof (v as { name?: unknown }).name === 'string' && !!(v as { name: string }).name.trim()
    )
  // 中介服务清单 may be empty when the matter has none; it must be stated, as an array
  if (key === 'intermediaries') return Array.isArray(v)
  if (Array.isArray(v)) return v.length > 0
  return typeof v === 'object'
}

export type GuideCompleteness = { rate: number; missing: { key: keyof Guide; title: string }[] }

/**
 * 要素完整率: the share of guide elements filled in. 申请材料 is not counted here: it comes from
 * the merged materials list and is always present once the bundle has an item.
 */
export function guideCompleteness(
  guide: Partial<Guide> | Record<string, unknown> | undefined,
): GuideCompleteness {
  const g = (guide ?? {}) as Record<string, unknown>
  const missing = GUIDE_ELEMENTS.filter((e) => !present(e.key, g[e.key]))
  return { rate: (GUIDE_ELEMENTS.length - missing.length) / GUIDE_ELEMENTS.length, missing }
}
