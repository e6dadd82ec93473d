/** 环境影响评价信息: what the 环评登记表 / 报告表 asks about the project's environmental impact. */
import type { Element } from '../../runtime/core/types'
import { defineGroup, oneOf, text } from './define'

const element = defineGroup('environment', '环境影响评价信息')

export const environmentElements: Element[] = [
  element('eiaCategory', '环境影响评价类别', oneOf(['报告书', '报告表', '登记表']), {
    synonyms: ['环评类别', '环境影响评价文件类型', '环评文件类型'],
    description: '按建设项目环境影响评价分类管理名录确定',
  }),
  element('impacts', '主要环境影响', text(2000), {
    synonyms: ['主要环境影响因素', '项目主要环境影响'],
  }),
  element('measures', '环境保护措施', text(2000), {
    synonyms: ['采取的环保措施及排放去向', '环保措施', '污染防治措施', '拟采取的环境保护措施'],
  }),
]
