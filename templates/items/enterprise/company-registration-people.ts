/** The people of the 公司登记（备案）申请书: each an object the form requires. */
import { ID_TYPES } from './company-registration-tables'

/** 法定代表人信息: the 法定代表人 is bound to the legalRep elements. */
export const legalRepresentative = {
  type: 'object',
  title: '法定代表人信息',
  required: ['name', 'position', 'certType', 'certNo', 'mobile'],
  properties: {
    name: {
      type: 'string',
      title: '法定代表人姓名',
      maxLength: 50,
      'x-element': 'legalRep.name',
    },
    position: {
      type: 'string',
      title: '职务',
      enum: ['董事长', '董事', '经理'],
      description: '由代表公司执行公司事务的董事或者经理担任（公司法第十条）',
    },
    certType: {
      type: 'string',
      title: '身份证件类型',
      enum: ID_TYPES,
      'x-element': 'legalRep.idType',
    },
    certNo: {
      type: 'string',
      title: '身份证件号码',
      maxLength: 30,
      'x-element': 'legalRep.idNumber',
    },
    mobile: {
      type: 'string',
      title: '移动电话',
      format: 'cn-mobile',
      maxLength: 11,
      'x-element': 'legalRep.mobile',
    },
    tel: {
      type: 'string',
      title: '固定电话',
      format: 'cn-phone',
      maxLength: 20,
      'x-element': 'legalRep.phone',
    },
    email: {
      type: 'string',
      title: '电子邮箱',
      format: 'email',
      maxLength: 100,
      'x-element': 'legalRep.email',
    },
  },
}

/** 联络员信息: left unbound here; the 企业开办 bundle binds it to 联系人. */
export const liaison = {
  type: 'object',
  title: '联络员信息',
  description: '负责与登记机关联系、年度报告公示等事务的人员',
  required: ['name', 'certNo', 'mobile'],
  properties: {
    name: { type: 'string', title: '联络员姓名', maxLength: 50 },
    certNo: { type: 'string', title: '联络员身份证件号码', maxLength: 30 },
    mobile: { type: 'string', title: '联络员移动电话', format: 'cn-mobile', maxLength: 11 },
    email: { type: 'string', title: '联络员电子邮箱', format: 'email', maxLength: 100 },
  },
}

/** 财务负责人信息: name and mobile bound; 证件号码 may be a passport number, so it stays apart from 财务负责人身份证号码. */
export const financeManager = {
  type: 'object',
  title: '财务负责人信息',
  description: '登记后推送税务部门，用于新办纳税人信息确认',
  required: ['name', 'certType', 'certNo', 'mobile'],
  properties: {
    name: {
      type: 'string',
      title: '财务负责人姓名',
      maxLength: 50,
      'x-element': 'enterprise.financeManagerName',
    },
    certType: { type: 'string', title: '身份证件类型', enum: ID_TYPES },
    certNo: { type: 'string', title: '身份证件号码', maxLength: 30 },
    mobile: {
      type: 'string',
      title: '移动电话',
      format: 'cn-mobile',
      maxLength: 11,
      'x-element': 'enterprise.financeManagerMobile',
    },
  },
}

/** 指定代表或委托代理人: the person who files the application (经办人). */
export const designatedAgent = {
  type: 'object',
  title: '指定代表或委托代理人',
  required: ['name', 'idNo', 'mobile'],
  properties: {
    name: {
      type: 'string',
      title: '委托代理人姓名',
      maxLength: 50,
      'x-element': 'agent.name',
    },
    idNo: {
      type: 'string',
      title: '委托代理人身份证号码',
      format: 'cn-id',
      maxLength: 18,
      'x-element': 'agent.idNumber',
    },
    mobile: {
      type: 'string',
      title: '委托代理人手机号码',
      format: 'cn-mobile',
      maxLength: 11,
      'x-element': 'agent.mobile',
    },
  },
}
