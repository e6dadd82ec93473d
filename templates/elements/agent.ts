/** 经办人: the person who handles the application on the unit's behalf (委托代理人). */
import type { Element } from '../../runtime/core/types'
import { defineGroup, formatted, text } from './define'

const element = defineGroup('agent', '经办人')

export const agentElements: Element[] = [
  element('name', '经办人姓名', text(50), {
    synonyms: ['经办人', '委托代理人', '委托代理人姓名', '代理人姓名', '受托人姓名'],
  }),
  element('idNumber', '经办人身份证号码', formatted('cn-id', 18), {
    synonyms: ['经办人身份证号', '经办人证件号码', '委托代理人身份证号码', '代理人身份证号码'],
  }),
  element('mobile', '经办人手机', formatted('cn-mobile', 11), {
    synonyms: ['经办人手机号码', '经办人移动电话', '委托代理人手机号码', '代理人手机号码'],
  }),
]
