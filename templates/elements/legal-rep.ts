/** 法定代表人: the applicant unit's legal representative (not the contact, not the agent). */
import type { Element } from '../../runtime/core/types'
import { defineGroup, formatted, ID_TYPES, oneOf, text } from './define'

const element = defineGroup('legalRep', '法定代表人')

export const legalRepElements: Element[] = [
  element('name', '法定代表人姓名', text(50), {
    synonyms: ['法定代表人', '法人代表', '法人代表姓名', '法定代表人（负责人）姓名'],
  }),
  element('idType', '法定代表人证件类型', oneOf(ID_TYPES), {
    synonyms: ['法定代表人身份证件类型'],
  }),
  element('idNumber', '法定代表人证件号码', text(30, { pattern: '^[0-9A-Za-z]{5,30}$' }), {
    synonyms: [
      '法定代表人身份证号码',
      '法定代表人身份证号',
      '法定代表人身份证件号码',
      '法人代表身份证号码',
    ],
    description: '证件类型为居民身份证时填写 18 位公民身份号码',
  }),
  element('mobile', '法定代表人手机', formatted('cn-mobile', 11), {
    synonyms: ['法定代表人手机号码', '法定代表人移动电话', '法人代表手机'],
  }),
  element('phone', '法定代表人固定电话', formatted('cn-phone', 20), {
    synonyms: ['法定代表人办公电话'],
  }),
  element('email', '法定代表人电子邮箱', formatted('email', 100), {
    synonyms: ['法定代表人邮箱', '法定代表人电子邮件'],
  }),
]
