import type { ItemTemplate } from '../../types'

/**
 * 建设项目环境影响登记表备案 (住建环保局). The form follows the 建设项目环境影响登记表 annexed to
 * 《建设项目环境影响登记表备案管理办法》 (环境保护部令第41号), as the national 备案系统 collects it:
 * 项目名称, 建设地点, 建设单位, 法定代表人, 联系人及电话, 项目投资与环保投资, 拟投入生产运营日期,
 * 建设性质, 备案依据 (分类管理名录的类别与项), 建设内容及规模, 主要环境影响 (checkboxes),
 * 采取的环保措施及排放去向, and the 建设单位承诺.
 *
 * 主要环境影响 is a list of ticked categories here, while the dictionary's 主要环境影响 is free text:
 * different shapes, left unbound.
 */
export const eiaRegistrationFiling: ItemTemplate = {
  code: '430100-ZJHB-002',
  name: '建设项目环境影响登记表备案',
  departmentCode: 'zjhb',
  kind: '备案',
  basis: [
    '《中华人民共和国环境影响评价法》第十六条、第二十二条',
    '《建设项目环境保护管理条例》（国务院令第682号）第九条',
    '《建设项目环境影响登记表备案管理办法》（环境保护部令第41号）第三条、第七条',
    '《建设项目环境影响评价分类管理名录》',
  ],
  timeLimit: { legal: 1, promised: 1 },
  fee: '不收费',
  conditions:
    '按《建设项目环境影响评价分类管理名录》应当填报环境影响登记表的建设项目；' +
    '建设单位在项目建成并投入生产运营前，通过建设项目环境影响登记表备案系统在线填报并作出承诺，' +
    '提交后即时获得备案回执。',
  form: {
    schema: {
      type: 'object',
      title: '建设项目环境影响登记表',
      required: ['builder', 'project', 'environment', 'commitment'],
      properties: {
        builder: {
          type: 'object',
          title: '建设单位',
          required: [
            'builderName',
            'creditCode',
            'legalRepresentative',
            'contactPerson',
            'contactPhone',
          ],
          properties: {
            builderName: {
              type: 'string',
              title: '建设单位',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            creditCode: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            legalRepresentative: {
              type: 'string',
              title: '法定代表人或者主要负责人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            contactPerson: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            contactPhone: {
              type: 'string',
              title: '联系电话（手机）',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        project: {
          type: 'object',
          title: '项目情况',
          required: [
            'projectName',
            'buildSite',
            'nature',
            'investment',
            'envInvestment',
            'operationDate',
            'scaleContent',
          ],
          properties: {
            projectName: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            buildSite: {
              type: 'string',
              title: '建设地点',
              maxLength: 200,
              'x-element': 'project.location',
            },
            nature: {
              type: 'string',
              title: '建设性质',
              enum: ['新建', '改建', '扩建'],
              'x-element': 'project.nature',
            },
            investment: {
              type: 'number',
              title: '项目投资（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.total',
            },
            envInvestment: {
              type: 'number',
              title: '环保投资（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.environmental',
            },
            operationDate: {
              type: 'string',
              title: '拟投入生产运营日期',
              format: 'date',
              description: '投入生产运营（使用）的日期，不同于工程计划竣工日期',
            },
            scaleContent: {
              type: 'string',
              title: '建设内容及规模',
              maxLength: 2000,
              'x-element': 'project.scale',
            },
          },
        },
        environment: {
          type: 'object',
          title: '环境影响',
          required: ['filingBasis', 'mainImpacts', 'measures'],
          properties: {
            filingBasis: {
              type: 'string',
              title: '备案依据',
              maxLength: 300,
              description:
                '该项目属于《建设项目环境影响评价分类管理名录》中应当填报环境影响登记表的第几类第几项',
            },
            mainImpacts: {
              type: 'array',
              title: '主要环境影响',
              items: {
                type: 'string',
                enum: ['废气', '废水', '固体废物', '噪声', '生态影响', '辐射环境影响', '其他'],
              },
              uniqueItems: true,
              minItems: 1,
            },
            measures: {
              type: 'string',
              title: '采取的环保措施及排放去向',
              maxLength: 2000,
              'x-element': 'environment.measures',
            },
          },
        },
        commitment: {
          type: 'boolean',
          title: '建设单位承诺',
          const: true,
          description:
            '本单位承诺所填写各项内容真实、准确、完整，建设项目符合《建设项目环境影响登记表备案管理办法》' +
            '的规定；项目建设及运行中严格执行各项环境保护措施，如存在弄虚作假、隐瞒欺骗等情况及由此导致的后果由本单位承担。',
        },
      },
    },
    uiSchema: {
      builder: { contactPhone: { 'ui:placeholder': '11 位手机号码' } },
      project: {
        nature: { 'ui:widget': 'radio' },
        scaleContent: { 'ui:widget': 'textarea' },
      },
      environment: {
        filingBasis: {
          'ui:placeholder': '如：第四十四类 房地产业 97 项 房地产开发、宾馆、酒店、办公用房',
        },
        mainImpacts: { 'ui:widget': 'checkboxes' },
        measures: {
          'ui:widget': 'textarea',
          'ui:options': { rows: 5 },
          'ui:help': '按勾选的环境影响逐项写明措施和排放去向',
        },
      },
      commitment: { 'ui:help': '勾选即视为加盖公章确认' },
    },
  },
  materials: [
    {
      key: 'eia-registration-form',
      name: '建设项目环境影响登记表',
      form: 'electronic',
      copies: 1,
      requirement: 'required',
      source: '申请人在建设项目环境影响登记表备案系统在线填报',
    },
    {
      key: 'site-location-map',
      name: '项目地理位置图及总平面布置图',
      form: 'electronic',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'project-approval-document',
      name: '项目建设依据文件（项目建议书批复或核准、备案文件）',
      form: 'copy',
      copies: 1,
      requirement: 'tolerated',
      source: '投资主管部门核发',
      note: '已在投资项目在线审批监管平台办理的，部门共享获取',
    },
    {
      key: 'eia-commitment',
      name: '建设单位环境保护承诺书',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备（备案系统生成格式文本）',
    },
  ],
}
