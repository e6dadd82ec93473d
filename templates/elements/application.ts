/** 申请信息: facts about the application itself. */
import type { Element } from '../../runtime/core/types'
import { date, defineGroup } from './define'

const element = defineGroup('application', '申请信息')

export const applicationElements: Element[] = [
  element('date', '申请日期', date(), {
    synonyms: ['申请时间', '申报日期', '填表日期', '填报日期'],
  }),
]
