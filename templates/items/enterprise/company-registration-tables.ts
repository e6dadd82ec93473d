/** The tables of the 公司登记（备案）申请书: 股东（发起人）出资情况 and 董事、监事、经理. */

/** 自然人身份证件类型, as the 法定代表人证件类型 element lists them. */
export const ID_TYPES = ['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证']

/** One row of 股东（发起人）出资情况. */
export const investorRow = {
  type: 'object',
  required: ['invName', 'certType', 'certNo', 'subConAm', 'conForm', 'conDate'],
  properties: {
    invName: { type: 'string', title: '股东（发起人）名称或姓名', maxLength: 100 },
    certType: {
      type: 'string',
      title: '证件类型',
      enum: [...ID_TYPES, '营业执照（统一社会信用代码）', '其他主体资格证明'],
    },
    certNo: { type: 'string', title: '证件号码', maxLength: 30 },
    subConAm: { type: 'number', title: '认缴出资额（万元）', minimum: 0, 'x-money': '万元' },
    conForm: {
      type: 'array',
      title: '出资方式',
      items: {
        type: 'string',
        enum: ['货币', '实物', '知识产权', '土地使用权', '股权', '债权', '其他'],
      },
      uniqueItems: true,
      minItems: 1,
    },
    conDate: {
      type: 'string',
      title: '认缴出资期限',
      format: 'date',
      description: '有限责任公司全体股东认缴的出资额应自公司成立之日起五年内缴足',
    },
  },
}

/** One row of 董事、监事、经理信息. */
export const officerRow = {
  type: 'object',
  required: ['name', 'position', 'certType', 'certNo', 'appointment'],
  properties: {
    name: { type: 'string', title: '姓名', maxLength: 50 },
    position: {
      type: 'string',
      title: '职务',
      enum: ['董事长', '副董事长', '董事', '职工董事', '监事会主席', '监事', '职工监事', '经理'],
    },
    certType: { type: 'string', title: '证件类型', enum: ID_TYPES },
    certNo: { type: 'string', title: '证件号码', maxLength: 30 },
    appointment: {
      type: 'string',
      title: '产生方式',
      enum: ['选举', '委派', '聘任', '职工代表大会选举'],
    },
  },
}
