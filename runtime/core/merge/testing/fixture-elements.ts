/** A small element dictionary for tests: leaves, formats, enums, a nested id, a table and an object. */
import type { Element, JsonSchema } from '../../types'

export const USCC_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$'

const el = (
  id: string,
  title: string,
  group: string,
  schema: JsonSchema,
  synonyms: string[] = [],
): Element => ({ id, title, group, synonyms, schema: { title, ...schema } })

export const fixtureElements: Element[] = [
  el('applicant.name', '申请单位名称', '申请单位', { type: 'string', maxLength: 100 }, [
    '单位名称',
    '建设单位名称',
    '企业名称',
  ]),
  el(
    'applicant.uscc',
    '统一社会信用代码',
    '申请单位',
    { type: 'string', format: 'uscc', pattern: USCC_PATTERN },
    ['社会信用代码'],
  ),
  el('legalRep.name', '法定代表人', '法定代表人', { type: 'string', maxLength: 50 }, [
    '法定代表人姓名',
    '法人代表',
  ]),
  el('contact.name', '联系人', '联系人', { type: 'string', maxLength: 50 }, ['联系人姓名']),
  el('contact.mobile', '联系人手机', '联系人', { type: 'string', format: 'cn-mobile' }, [
    '联系人手机号码',
  ]),
  el('project.name', '项目名称', '项目信息', { type: 'string', maxLength: 200 }, ['建设项目名称']),
  el(
    'project.investment',
    '总投资',
    '项目信息',
    { type: 'number', minimum: 0, 'x-money': '万元' },
    ['项目总投资'],
  ),
  el('project.floors', '地上层数', '项目信息', { type: 'integer', minimum: 0, maximum: 200 }),
  el('project.landUse', '用地性质', '项目信息', {
    type: 'string',
    enum: ['工业用地', '商业用地', '住宅用地', '公共设施用地'],
  }),
  el('project.startDate', '计划开工日期', '项目信息', { type: 'string', format: 'date' }, [
    '拟开工日期',
  ]),
  el('project.governmentInvested', '是否政府投资', '项目信息', { type: 'boolean' }),
  el('project.site.city', '所在城市', '项目信息', { type: 'string', maxLength: 50 }),
  el('project.site.postcode', '邮政编码', '项目信息', { type: 'string', format: 'cn-postcode' }, [
    '邮编',
  ]),
  el('investment.sources', '资金来源', '投资信息', {
    type: 'array',
    items: { type: 'string', enum: ['财政资金', '自有资金', '银行贷款', '其他'] },
    uniqueItems: true,
  }),
  el('project.units', '参建单位', '项目信息', {
    type: 'array',
    maxItems: 5,
    items: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', title: '单位名称', maxLength: 100 },
        role: { type: 'string', title: '单位类型', enum: ['勘察', '设计', '施工', '监理'] },
      },
    },
  }),
  el('agent.info', '委托代理人', '委托代理人', {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', title: '姓名', maxLength: 50 },
      mobile: { type: 'string', title: '手机', format: 'cn-mobile' },
    },
  }),
]
