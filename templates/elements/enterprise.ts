/**
 * 企业开办信息: what 企业设立登记, 公章刻制, 发票申领 and 社保/公积金登记 ask beyond the applicant's
 * own identity (name, code, address … are in applicant.ts).
 */
import type { Element } from '../../runtime/core/types'
import { count, defineGroup, formatted, oneOf, quantity, someOf, text } from './define'

const element = defineGroup('enterprise', '企业开办信息')

export const enterpriseElements: Element[] = [
  element('operatingPeriod', '营业期限', text(20), {
    synonyms: ['经营期限'],
    description: '填写“长期”或年数，如“30年”',
  }),
  element('operatingAddress', '生产经营地址', text(200), {
    synonyms: ['生产经营地', '经营场所', '经营地址', '实际经营地址'],
    description: '实际生产经营的地点，与住所不同时填写',
  }),
  element('employeeCount', '从业人数', count('人'), {
    synonyms: ['从业人员人数', '从业人员数'],
  }),
  element('bankName', '开户银行', text(100), {
    synonyms: ['开户行', '开户银行名称', '基本存款账户开户银行'],
  }),
  element('bankAccount', '银行账号', text(32, { pattern: '^[0-9]{8,32}$' }), {
    synonyms: ['开户账号', '银行账户', '基本存款账户账号'],
  }),
  element('taxpayerType', '纳税人类型', oneOf(['一般纳税人', '小规模纳税人']), {
    synonyms: ['增值税纳税人类型', '纳税人资格'],
  }),
  element('financeManagerName', '财务负责人姓名', text(50), {
    synonyms: ['财务负责人'],
  }),
  element('financeManagerIdNumber', '财务负责人身份证号码', formatted('cn-id', 18), {
    synonyms: ['财务负责人身份证号', '财务负责人证件号码'],
  }),
  element('financeManagerMobile', '财务负责人手机', formatted('cn-mobile', 11), {
    synonyms: ['财务负责人手机号码', '财务负责人移动电话'],
  }),
  element(
    'sealTypes',
    '刻制印章种类',
    someOf(['单位公章', '财务专用章', '发票专用章', '合同专用章', '法定代表人名章', '其他专用章']),
    { synonyms: ['印章种类', '刻章种类', '印章类型'] },
  ),
  element(
    'invoiceTypes',
    '申领发票种类',
    someOf([
      '增值税专用发票',
      '增值税普通发票',
      '电子发票（增值税专用发票）',
      '电子发票（普通发票）',
    ]),
    { synonyms: ['发票种类', '领用发票种类', '申请发票种类'] },
  ),
  element('housingFundRate', '住房公积金单位缴存比例', quantity('%', { maximum: 12 }), {
    synonyms: ['单位缴存比例', '公积金单位缴存比例'],
    description: '一般为 5%–12%',
  }),
]
