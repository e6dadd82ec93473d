/**
 * 住房公积金单位缴存登记 (住房公积金中心). The form follows the 住房公积金单位缴存登记表 with the
 * data items of GB/T 51271-2017 住房公积金归集业务标准. Keys are pinyin initials grouped as the
 * centre's system groups them (单位信息 dwxx, 缴存信息 jcxx, 经办人 jbrxx). Look-alikes kept apart:
 * 单位经济类型 is not 单位性质, 个人缴存比例 is not the unit's, 缴存人数 is not 从业人数, and the
 * 受托银行 (where the fund account is opened) is not the unit's own 开户银行.
 */
import type { ItemTemplate } from '../../types'

const dwxx = {
  type: 'object',
  title: '单位信息',
  required: ['dwmc', 'dwtxdz', 'dwjjlx', 'fddbr'],
  properties: {
    dwmc: {
      type: 'string',
      title: '单位名称',
      maxLength: 100,
      'x-element': 'applicant.name',
    },
    tyshxydm: {
      type: 'string',
      title: '统一社会信用代码',
      format: 'uscc',
      maxLength: 18,
      description: '新设立企业在营业执照核发后自动回填',
      'x-element': 'applicant.uscc',
    },
    dwtxdz: {
      type: 'string',
      title: '单位通讯地址',
      maxLength: 200,
      description: '对账单、业务通知的邮寄地址',
      'x-element': 'contact.address',
    },
    yzbm: {
      type: 'string',
      title: '邮政编码',
      format: 'cn-postcode',
      maxLength: 6,
      'x-element': 'contact.postcode',
    },
    dwjjlx: {
      type: 'string',
      title: '单位经济类型',
      enum: [
        '国有经济',
        '集体经济',
        '私营经济',
        '个体经济',
        '联营经济',
        '股份制经济',
        '外商投资经济',
        '港澳台投资经济',
        '其他经济',
      ],
      description: '按经济类型分类填写，不同于社会保险登记的“单位类型”',
    },
    fddbr: {
      type: 'string',
      title: '法定代表人',
      maxLength: 50,
      'x-element': 'legalRep.name',
    },
  },
}

const jcxx = {
  type: 'object',
  title: '缴存信息',
  required: ['dwjcbl', 'grjcbl', 'jcrs', 'fxr', 'scjcny', 'styh'],
  properties: {
    dwjcbl: {
      type: 'number',
      title: '单位缴存比例（%）',
      minimum: 5,
      maximum: 12,
      'x-unit': '%',
      description: '不低于 5%，不高于 12%',
      'x-element': 'enterprise.housingFundRate',
    },
    grjcbl: {
      type: 'number',
      title: '个人缴存比例（%）',
      minimum: 5,
      maximum: 12,
      'x-unit': '%',
      description: '职工个人缴存比例，一般与单位缴存比例相同',
    },
    jcrs: { type: 'integer', title: '缴存人数', minimum: 1, 'x-unit': '人' },
    fxr: {
      type: 'integer',
      title: '发薪日',
      minimum: 1,
      maximum: 31,
      description: '单位于每月发放工资之日起 5 日内缴存',
    },
    scjcny: {
      type: 'string',
      title: '首次缴存年月',
      pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$',
    },
    styh: {
      type: 'string',
      title: '受托银行',
      enum: [
        '中国工商银行',
        '中国农业银行',
        '中国银行',
        '中国建设银行',
        '交通银行',
        '长沙银行',
        '其他受托银行',
      ],
      description: '住房公积金中心委托办理归集业务、开设单位住房公积金账户的银行',
    },
    dwkhyh: {
      type: 'string',
      title: '单位开户银行',
      maxLength: 100,
      description: '委托收款扣缴住房公积金的单位银行账户',
      'x-element': 'enterprise.bankName',
    },
    dwyhzh: {
      type: 'string',
      title: '单位银行账号',
      maxLength: 32,
      'x-element': 'enterprise.bankAccount',
    },
  },
}

const jbrxx = {
  type: 'object',
  title: '经办人信息',
  required: ['jbrxm', 'jbrsfzh', 'jbrsjh'],
  properties: {
    jbrxm: {
      type: 'string',
      title: '经办人姓名',
      maxLength: 50,
      'x-element': 'agent.name',
    },
    jbrsfzh: {
      type: 'string',
      title: '经办人身份证号码',
      format: 'cn-id',
      maxLength: 18,
      'x-element': 'agent.idNumber',
    },
    jbrsjh: {
      type: 'string',
      title: '经办人手机号码',
      format: 'cn-mobile',
      maxLength: 11,
      'x-element': 'agent.mobile',
    },
  },
}

export const housingFundRegistration: ItemTemplate = {
  code: '430100-GJJ-002',
  name: '住房公积金单位缴存登记',
  departmentCode: 'gjj',
  kind: '公共服务',
  basis: [
    '《住房公积金管理条例》第十三条、第十四条、第十八条',
    '《关于住房公积金管理若干具体问题的指导意见》（建金管〔2005〕5号）',
  ],
  timeLimit: { legal: 5, promised: 1 },
  fee: '不收费',
  conditions:
    '新设立的单位自设立之日起三十日内向住房公积金管理中心办理缴存登记，并自登记之日起二十日内为本单位职工办理住房公积金账户设立手续；单位和职工缴存比例均不得低于 5%，原则上不高于 12%。',
  form: {
    schema: {
      type: 'object',
      title: '住房公积金单位缴存登记表',
      required: ['dwxx', 'jcxx', 'jbrxx', 'tbrq'],
      properties: {
        dwxx,
        jcxx,
        jbrxx,
        tbrq: {
          type: 'string',
          title: '填表日期',
          format: 'date',
          'x-element': 'application.date',
        },
      },
    },
    uiSchema: {
      'ui:order': ['dwxx', 'jcxx', 'jbrxx', 'tbrq'],
      dwxx: {
        'ui:order': ['dwmc', 'tyshxydm', 'dwtxdz', 'yzbm', 'dwjjlx', 'fddbr'],
        tyshxydm: { 'ui:placeholder': '新设立企业可不填' },
        yzbm: { 'ui:placeholder': '6 位数字' },
      },
      jcxx: {
        'ui:order': ['dwjcbl', 'grjcbl', 'jcrs', 'fxr', 'scjcny', 'styh', 'dwkhyh', 'dwyhzh'],
        dwjcbl: { 'ui:placeholder': '5–12' },
        grjcbl: { 'ui:placeholder': '5–12' },
        fxr: { 'ui:placeholder': '1–31' },
        scjcny: { 'ui:placeholder': '如 2026-01' },
        dwyhzh: { 'ui:placeholder': '8–32 位数字' },
      },
      jbrxx: { 'ui:order': ['jbrxm', 'jbrsfzh', 'jbrsjh'] },
    },
  },
  materials: [
    {
      key: 'business-license',
      name: '营业执照',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '市场监督管理局',
      eLicense: '营业执照',
    },
    {
      key: 'agent-id',
      name: '经办人身份证件',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '公安机关',
      eLicense: '居民身份证',
    },
    {
      key: 'agent-authorization',
      name: '授权委托书',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备（加盖单位公章）',
    },
    {
      key: 'bank-account-permit',
      name: '银行开户证明（基本存款账户信息）',
      form: 'copy',
      copies: 1,
      requirement: 'tolerated',
      source: '开户银行',
      note: '办理委托收款时使用，可后补',
    },
  ],
}
