/** 联系人: whom the departments contact about the application, and where mail goes. */
import type { Element } from '../../runtime/core/types'
import { defineGroup, formatted, text } from './define'

const element = defineGroup('contact', '联系人')

export const contactElements: Element[] = [
  element('name', '联系人', text(50), {
    synonyms: ['联系人姓名', '项目联系人', '单位联系人', '申请联系人'],
  }),
  element('phone', '联系电话', formatted('cn-phone', 20), {
    synonyms: ['联系人电话', '联系人联系电话', '联系人固定电话'],
  }),
  element('mobile', '联系人手机', formatted('cn-mobile', 11), {
    synonyms: ['联系人手机号码', '联系人移动电话'],
  }),
  element('email', '电子邮箱', formatted('email', 100), {
    synonyms: ['电子邮件', '邮箱', 'E-mail', '联系人邮箱', '联系人电子邮箱'],
  }),
  element('postcode', '邮政编码', formatted('cn-postcode', 6), {
    synonyms: ['邮编'],
  }),
  element('address', '通讯地址', text(200), {
    synonyms: ['通信地址', '联系地址', '邮寄地址', '联系人地址'],
  }),
  element('fax', '传真', formatted('cn-phone', 20), {
    synonyms: ['传真号码', '传真电话'],
  }),
]
