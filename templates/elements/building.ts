/** 建筑工程信息: the building works covered by the construction permit and its acceptance. */
import type { Element } from '../../runtime/core/types'
import { count, date, defineGroup, money, oneOf, quantity, text } from './define'

const element = defineGroup('building', '建筑工程信息')

export const buildingElements: Element[] = [
  element('name', '工程名称', text(100), {
    synonyms: ['建设工程名称', '建筑工程名称'],
    description: '本次申请的工程（可为项目的一部分或一个标段），项目名称另见项目信息',
  }),
  element('floorArea', '总建筑面积', quantity('平方米'), {
    synonyms: ['建筑面积', '建筑总面积', '总建筑面积（平方米）'],
  }),
  element('aboveGroundArea', '地上建筑面积', quantity('平方米'), {
    synonyms: ['地上面积', '地上建筑面积（平方米）'],
  }),
  element('undergroundArea', '地下建筑面积', quantity('平方米'), {
    synonyms: ['地下面积', '地下建筑面积（平方米）'],
  }),
  element('floorsAbove', '地上层数', count('层'), {
    synonyms: ['地上建筑层数'],
  }),
  element('floorsBelow', '地下层数', count('层'), {
    synonyms: ['地下建筑层数'],
  }),
  element('height', '建筑高度', quantity('米'), {
    synonyms: ['建筑物高度', '房屋高度', '建筑高度（米）'],
  }),
  element(
    'structure',
    '结构类型',
    oneOf([
      '砖混结构',
      '框架结构',
      '剪力墙结构',
      '框架-剪力墙结构',
      '框架-核心筒结构',
      '筒中筒结构',
      '钢结构',
      '钢-混凝土混合结构',
      '排架结构',
      '木结构',
      '其他',
    ]),
    { synonyms: ['结构形式', '建筑结构类型', '结构体系'] },
  ),
  element('usage', '使用性质', text(50), {
    synonyms: ['建筑使用性质', '建筑用途', '使用功能'],
  }),
  element('fireRating', '耐火等级', oneOf(['一级', '二级', '三级', '四级']), {
    synonyms: ['建筑耐火等级'],
  }),
  element('contractPrice', '合同价格', money('万元'), {
    synonyms: ['施工合同价格', '合同价款', '施工合同价款', '合同价格（万元）'],
    description: '施工合同约定的价格',
  }),
  element('contractPeriod', '合同工期', count('日历天'), {
    synonyms: ['施工合同工期', '合同约定工期', '合同工期（日历天）'],
  }),
  element('actualStartDate', '实际开工日期', date(), {
    synonyms: ['实际开工时间'],
  }),
  element('completionDate', '竣工验收日期', date(), {
    synonyms: ['竣工验收时间', '工程竣工验收日期'],
  }),
]
