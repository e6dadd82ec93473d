/** 投资信息: how much the project costs and where the money comes from. */
import type { Element } from '../../runtime/core/types'
import { defineGroup, money, someOf } from './define'

const element = defineGroup('investment', '投资信息')

export const investmentElements: Element[] = [
  element('total', '总投资', money('万元'), {
    synonyms: ['项目总投资', '总投资额', '总投资（万元）', '项目总投资（万元）'],
    description: '项目总投资，不是外商投资企业登记中的“投资总额”',
  }),
  element('fixedAssets', '固定资产投资', money('万元'), {
    synonyms: ['其中：固定资产投资', '固定资产投资额'],
  }),
  element('capital', '项目资本金', money('万元'), {
    synonyms: ['项目资本金（万元）', '项目资本金额'],
  }),
  element(
    'fundingSource',
    '资金来源',
    someOf(['财政资金', '自有资金', '银行贷款', '债券', '外资', '其他']),
    { synonyms: ['项目资金来源', '建设资金来源'] },
  ),
  element('governmentFunds', '政府投资金额', money('万元'), {
    synonyms: ['财政性资金', '政府投资资金', '财政资金金额'],
  }),
  element('bankLoan', '银行贷款', money('万元'), {
    synonyms: ['银行贷款金额', '国内银行贷款'],
  }),
  element('environmental', '环保投资', money('万元'), {
    synonyms: ['环境保护投资', '环保投资额', '环保投资（万元）'],
  }),
]
