/** 申请单位信息: the unit that applies (建设单位, 项目单位, the enterprise being registered). */
import type { Element } from '../../runtime/core/types'
import { date, defineGroup, formatted, money, oneOf, text } from './define'

const element = defineGroup('applicant', '申请单位信息')

export const applicantElements: Element[] = [
  element('name', '申请单位名称', text(100), {
    synonyms: [
      '单位名称',
      '申请单位',
      '申请人名称',
      '建设单位',
      '建设单位名称',
      '项目单位',
      '项目单位名称',
      '企业名称',
      '公司名称',
      '纳税人名称',
      '参保单位名称',
      '缴存单位名称',
    ],
    description: '与营业执照或事业单位法人证书上的名称一致',
  }),
  element('uscc', '统一社会信用代码', formatted('uscc', 18), {
    synonyms: [
      '社会信用代码',
      '申请单位统一社会信用代码',
      '建设单位统一社会信用代码',
      '项目单位统一社会信用代码',
      '企业统一社会信用代码',
    ],
    description: '18 位，按 GB 32100 校验',
  }),
  element(
    'enterpriseType',
    '企业类型',
    oneOf([
      '有限责任公司',
      '股份有限公司',
      '个人独资企业',
      '合伙企业',
      '全民所有制企业',
      '集体所有制企业',
      '农民专业合作社',
      '外商投资企业',
      '其他',
    ]),
    { synonyms: ['公司类型', '企业组织形式'] },
  ),
  element(
    'unitNature',
    '单位性质',
    oneOf(['企业', '事业单位', '机关', '社会团体', '民办非企业单位', '个体工商户', '其他']),
    { synonyms: ['单位类型', '申请单位性质', '建设单位性质'] },
  ),
  element('registeredCapital', '注册资本', money('万元'), {
    synonyms: ['注册资金', '注册资本（万元）'],
  }),
  element('establishedDate', '成立日期', date(), {
    synonyms: ['成立时间', '注册日期', '设立日期'],
  }),
  element('businessScope', '经营范围', text(2000), {
    synonyms: ['营业范围', '业务范围'],
  }),
  element('address', '注册地址', text(200), {
    synonyms: ['住所', '注册地', '企业住所', '公司住所', '单位注册地址', '住所（注册地址）'],
    description: '营业执照或登记证书载明的住所',
  }),
  element('division', '住所所在行政区划', formatted('cn-division', 6), {
    synonyms: ['注册地行政区划', '注册地行政区划代码', '住所行政区划'],
    description: 'GB/T 2260 六位行政区划代码',
  }),
]
