import type { DepartmentTemplate } from './types'

/**
 * The departments of the plan (湖南湘江新区「一件事一次办」责任分解表) and those 企业开办 needs.
 */
export const departments: DepartmentTemplate[] = [
  { code: 'jjfz', name: '经济发展局' },
  { code: 'gtgh', name: '国土规划局' },
  { code: 'zjhb', name: '住建环保局' },
  { code: 'cz', name: '财政局' },
  { code: 'dzzh', name: '党政综合部' },
  { code: 'zwfw', name: '政务服务中心' },
  { code: 'scjg', name: '市场监督管理局' },
  { code: 'ga', name: '公安局' },
  { code: 'sw', name: '税务局' },
  { code: 'rsj', name: '人力资源和社会保障局' },
  { code: 'gjj', name: '住房公积金中心' },
]
