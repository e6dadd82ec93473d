import type { ItemTemplate } from '../../types'

/**
 * 政府投资项目可行性研究报告审批 (经济发展局). The form follows the 可行性研究报告审批申请表 that
 * provincial investment departments publish with the 《政府投资条例》 procedures: 项目单位, 项目概况,
 * 前期批复文号, 估算总投资与资金构成, 可研编制单位, 社会稳定风险评估 and 节能审查.
 */
export const governmentFeasibilityApproval: ItemTemplate = {
  code: '430100-JJFZ-002',
  name: '政府投资项目可行性研究报告审批',
  departmentCode: 'jjfz',
  kind: '其他行政权力',
  basis: [
    '《政府投资条例》（国务院令第712号）第九条、第十条、第十一条',
    '《中共中央 国务院关于深化投融资体制改革的意见》（中发〔2016〕18号）',
    '《国务院关于投资体制改革的决定》（国发〔2004〕20号）',
  ],
  timeLimit: { legal: 20, promised: 8 },
  fee: '不收费',
  conditions:
    '使用政府投资资金的新建、扩建、改建项目；项目建议书已经批复，或者按规定与可行性研究报告合并审批；' +
    '可行性研究报告由具备相应能力的工程咨询单位编制，内容深度符合规定；' +
    '已依法取得用地预审与选址意见书（使用已依法批准建设用地的除外）；' +
    '已开展社会稳定风险评估，按规定需节能审查的已取得节能审查意见。',
  form: {
    schema: {
      type: 'object',
      title: '政府投资项目可行性研究报告审批申请表',
      required: ['project_unit', 'project_info', 'investment', 'preparation', 'contact'],
      properties: {
        project_unit: {
          type: 'object',
          title: '项目单位',
          required: ['unit_name', 'unit_credit_code', 'unit_nature', 'legal_person'],
          properties: {
            unit_name: {
              type: 'string',
              title: '项目单位（盖章）',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            unit_credit_code: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            unit_nature: {
              type: 'string',
              title: '项目单位性质',
              enum: [
                '企业',
                '事业单位',
                '机关',
                '社会团体',
                '民办非企业单位',
                '个体工商户',
                '其他',
              ],
              'x-element': 'applicant.unitNature',
            },
            legal_person: {
              type: 'string',
              title: '法定代表人（负责人）',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
          },
        },
        project_info: {
          type: 'object',
          title: '项目概况',
          required: [
            'project_name',
            'project_code',
            'build_site',
            'construction_nature',
            'project_type',
            'construction_content',
            'construction_period',
            'planned_start',
          ],
          properties: {
            project_name: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            project_code: {
              type: 'string',
              title: '项目代码',
              format: 'project-code',
              maxLength: 24,
              'x-element': 'project.code',
            },
            build_site: {
              type: 'string',
              title: '建设地点',
              maxLength: 200,
              'x-element': 'project.location',
            },
            construction_nature: {
              type: 'string',
              title: '建设性质',
              enum: ['新建', '扩建', '改建', '迁建'],
              'x-element': 'project.nature',
            },
            project_type: {
              type: 'string',
              title: '项目类别',
              enum: [
                '房屋建筑工程',
                '市政基础设施工程',
                '交通运输工程',
                '水利工程',
                '能源工程',
                '工业项目',
                '农林项目',
                '其他',
              ],
              'x-element': 'project.type',
            },
            proposal_approval_no: {
              type: 'string',
              title: '项目建议书批复文号',
              maxLength: 50,
              description:
                '合并审批的不填。只是项目建议书的批复，后续阶段“立项批复文号”通常指可研批复，不能混填',
            },
            site_selection_no: {
              type: 'string',
              title: '用地预审与选址意见书文号',
              maxLength: 50,
              'x-element': 'certificate.siteSelectionNo',
            },
            construction_content: {
              type: 'string',
              title: '建设规模及主要建设内容',
              maxLength: 2000,
              'x-element': 'project.scale',
            },
            construction_period: {
              type: 'integer',
              title: '建设工期（月）',
              minimum: 1,
              maximum: 120,
              'x-unit': '月',
            },
            planned_start: {
              type: 'string',
              title: '计划开工时间',
              format: 'date',
              'x-element': 'project.plannedStartDate',
            },
          },
        },
        investment: {
          type: 'object',
          title: '估算总投资及资金来源',
          required: ['total_investment', 'fiscal_fund'],
          properties: {
            total_investment: {
              type: 'number',
              title: '估算总投资（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.total',
            },
            fiscal_fund: {
              type: 'number',
              title: '其中：财政预算内资金（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.governmentFunds',
            },
            special_bond: {
              type: 'number',
              title: '其中：地方政府专项债券（万元）',
              minimum: 0,
              'x-money': '万元',
            },
            bank_loan: {
              type: 'number',
              title: '其中：银行贷款（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.bankLoan',
            },
            self_raised: {
              type: 'number',
              title: '其中：单位自筹（万元）',
              minimum: 0,
              'x-money': '万元',
            },
          },
        },
        preparation: {
          type: 'object',
          title: '前期工作情况',
          required: ['consultant_name', 'social_risk_level'],
          properties: {
            consultant_name: {
              type: 'string',
              title: '可行性研究报告编制单位',
              maxLength: 100,
              description: '工程咨询单位，不是项目单位，也不是后续的勘察设计单位',
            },
            consultant_credit_code: {
              type: 'string',
              title: '编制单位统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
            },
            social_risk_level: {
              type: 'string',
              title: '社会稳定风险等级',
              enum: ['低风险', '中风险', '高风险'],
            },
            energy_review_no: {
              type: 'string',
              title: '节能审查意见文号',
              maxLength: 50,
              description:
                '年综合能源消费量不满 1000 吨标准煤且年电力消费量不满 500 万千瓦时的项目不单独节能审查，可不填',
            },
          },
        },
        contact: {
          type: 'object',
          title: '联系人',
          required: ['contact_person', 'contact_mobile'],
          properties: {
            contact_person: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            contact_phone: {
              type: 'string',
              title: '办公电话',
              format: 'cn-phone',
              maxLength: 20,
              'x-element': 'contact.phone',
            },
            contact_mobile: {
              type: 'string',
              title: '手机号码',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
      },
    },
    uiSchema: {
      project_unit: { unit_nature: { 'ui:widget': 'select' } },
      project_info: {
        construction_nature: { 'ui:widget': 'radio' },
        construction_content: { 'ui:widget': 'textarea', 'ui:options': { rows: 5 } },
        site_selection_no: { 'ui:help': '以划拨方式供地的项目必填' },
      },
      investment: {
        total_investment: { 'ui:help': '与可行性研究报告投资估算一致' },
      },
      preparation: {
        social_risk_level: { 'ui:widget': 'radio' },
      },
      contact: {
        contact_phone: { 'ui:placeholder': '如 0731-88888888' },
      },
    },
  },
  materials: [
    {
      key: 'feasibility-request',
      name: '关于审批项目可行性研究报告的请示',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'feasibility-study-report',
      name: '项目可行性研究报告',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '工程咨询单位编制',
      note: '同时提交电子版',
    },
    {
      key: 'proposal-approval',
      name: '项目建议书批复文件',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '投资主管部门核发',
      note: '项目建议书与可行性研究报告合并审批的无需提交',
    },
    {
      key: 'site-selection-opinion',
      name: '建设项目用地预审与选址意见书',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '国土规划局核发',
      eLicense: '建设项目用地预审与选址意见书',
    },
    {
      key: 'social-stability-assessment',
      name: '社会稳定风险评估报告及审核意见',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'energy-review-opinion',
      name: '节能审查意见',
      form: 'copy',
      copies: 1,
      requirement: 'tolerated',
      source: '节能审查机关核发',
      note: '按规定需单独进行节能审查的项目提交，可在开工前补齐',
    },
    {
      key: 'bond-financing-plan',
      name: '专项债券项目融资与收益自求平衡方案',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '申请人委托编制',
      note: '使用地方政府专项债券资金的项目提交',
    },
  ],
}
