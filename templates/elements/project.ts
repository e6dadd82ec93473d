/** 项目信息: the investment / construction project the application is about. */
import type { Element } from '../../runtime/core/types'
import { date, defineGroup, formatted, oneOf, text, yesNo } from './define'

const element = defineGroup('project', '项目信息')

/** 国民经济行业分类 (GB/T 4754-2017) 门类. */
const INDUSTRY_SECTIONS = [
  '农、林、牧、渔业',
  '采矿业',
  '制造业',
  '电力、热力、燃气及水生产和供应业',
  '建筑业',
  '批发和零售业',
  '交通运输、仓储和邮政业',
  '住宿和餐饮业',
  '信息传输、软件和信息技术服务业',
  '金融业',
  '房地产业',
  '租赁和商务服务业',
  '科学研究和技术服务业',
  '水利、环境和公共设施管理业',
  '居民服务、修理和其他服务业',
  '教育',
  '卫生和社会工作',
  '文化、体育和娱乐业',
  '公共管理、社会保障和社会组织',
  '国际组织',
]

export const projectElements: Element[] = [
  element('name', '项目名称', text(100), {
    synonyms: ['建设项目名称', '投资项目名称', '拟建项目名称'],
    description: '与投资项目在线审批监管平台登记的名称一致',
  }),
  element('code', '项目代码', formatted('project-code', 24), {
    synonyms: [
      '投资项目统一代码',
      '项目统一代码',
      '全国投资项目统一代码',
      '投资项目代码',
      '投资项目统一项目代码',
    ],
    description: '投资项目在线审批监管平台赋予的代码，形如 2019-430104-47-01-012345',
  }),
  element('location', '建设地点', text(200), {
    synonyms: [
      '建设地址',
      '项目建设地点',
      '项目建设地址',
      '项目地址',
      '项目所在地',
      '工程地点',
      '工程地址',
    ],
    description: '项目实际建设的位置，不是申请单位的注册地址',
  }),
  element('division', '建设地点行政区划', formatted('cn-division', 6), {
    synonyms: ['项目所在地行政区划', '项目所在地行政区划代码', '建设地点所属行政区划'],
    description: 'GB/T 2260 六位行政区划代码',
  }),
  element('nature', '建设性质', oneOf(['新建', '扩建', '改建', '迁建', '技术改造']), {
    synonyms: ['项目建设性质'],
  }),
  element('scale', '建设规模及内容', text(2000), {
    synonyms: [
      '建设规模',
      '建设内容',
      '建设规模与内容',
      '建设内容及规模',
      '主要建设内容',
      '项目建设规模及内容',
    ],
  }),
  element(
    'type',
    '项目类型',
    oneOf([
      '房屋建筑工程',
      '市政基础设施工程',
      '交通运输工程',
      '水利工程',
      '能源工程',
      '工业项目',
      '农林项目',
      '其他',
    ]),
    {
      synonyms: ['工程类别', '工程类型', '项目类别'],
      description: '工程门类；审批、核准、备案之分见“项目管理类型”',
    },
  ),
  element('approvalType', '项目管理类型', oneOf(['审批', '核准', '备案']), {
    synonyms: ['立项类型', '项目立项类型', '项目审批类型'],
  }),
  element('industry', '项目所属行业', oneOf(INDUSTRY_SECTIONS), {
    synonyms: ['项目行业', '项目行业分类', '建设项目所属行业'],
    description: '国民经济行业分类（GB/T 4754）门类',
  }),
  element('plannedStartDate', '计划开工日期', date(), {
    synonyms: ['拟开工日期', '拟开工时间', '计划开工时间', '预计开工日期'],
  }),
  element('plannedEndDate', '计划竣工日期', date(), {
    synonyms: ['拟竣工日期', '计划竣工时间', '预计竣工日期', '计划建成日期', '拟建成时间'],
  }),
  element('governmentInvested', '是否政府投资', yesNo(), {
    synonyms: ['是否政府投资项目', '是否为政府投资项目', '是否属于政府投资项目'],
  }),
]
