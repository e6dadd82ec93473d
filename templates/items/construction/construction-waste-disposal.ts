import type { ItemTemplate } from '../../types'

/**
 * 城市建筑垃圾处置核准 (住建环保局). The form follows the 城市建筑垃圾处置核准申请表 that city
 * sanitation departments publish under 《城市建筑垃圾管理规定》 (建设部令第139号): 申请单位, 建设单位,
 * 施工单位, 工程名称与工地地址, 建筑垃圾种类与数量, 处置方式, 运输单位与车辆, 消纳场所,
 * 运输路线, 处置期限.
 *
 * 申请单位 may be the 建设单位 or the 施工单位 that handles the waste, so its name, code and
 * representative are left unbound; the form asks for the 建设单位 separately, and that one is bound.
 * 工地地址 is left unbound by the department; the lead department binds it in the bundle. The
 * 处置期限 dates are the permit's validity, not the project's planned dates.
 */
export const constructionWasteDisposal: ItemTemplate = {
  code: '430100-ZJHB-003',
  name: '城市建筑垃圾处置核准',
  departmentCode: 'zjhb',
  kind: '行政许可',
  basis: [
    '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）附件第101项',
    '《城市建筑垃圾管理规定》（建设部令第139号）第七条',
    '《中华人民共和国固体废物污染环境防治法》第六十三条',
  ],
  timeLimit: { legal: 20, promised: 3 },
  fee: '不收费',
  conditions:
    '提交建筑垃圾处置方案；有与具备建筑垃圾运输能力的运输单位签订的运输合同，运输车辆具备全密闭运输' +
    '和卫星定位装置；有消纳场所的受纳证明或资源化利用协议；施工现场设置符合要求的车辆冲洗设施。',
  form: {
    schema: {
      type: 'object',
      title: '城市建筑垃圾处置核准申请表',
      required: ['applicant', 'project', 'waste', 'transport'],
      properties: {
        applicant: {
          type: 'object',
          title: '申请单位',
          required: [
            'apply_unit',
            'unit_credit_code',
            'unit_legal_rep',
            'handler',
            'handler_mobile',
          ],
          properties: {
            apply_unit: {
              type: 'string',
              title: '申请单位',
              maxLength: 100,
              description: '建设单位或承担建筑垃圾处置的施工单位',
            },
            unit_credit_code: {
              type: 'string',
              title: '申请单位统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
            },
            unit_legal_rep: {
              type: 'string',
              title: '申请单位法定代表人',
              maxLength: 50,
            },
            handler: {
              type: 'string',
              title: '经办人',
              maxLength: 50,
            },
            handler_mobile: {
              type: 'string',
              title: '经办人手机',
              format: 'cn-mobile',
              maxLength: 11,
            },
          },
        },
        project: {
          type: 'object',
          title: '工程情况',
          required: ['builder_name', 'constructor_name', 'works_name', 'site_address'],
          properties: {
            builder_name: {
              type: 'string',
              title: '建设单位',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            constructor_name: {
              type: 'string',
              title: '施工单位',
              maxLength: 100,
              'x-element': 'parties.constructorName',
            },
            works_name: {
              type: 'string',
              title: '工程名称',
              maxLength: 100,
              'x-element': 'building.name',
            },
            site_address: {
              type: 'string',
              title: '工地地址',
              maxLength: 200,
            },
          },
        },
        waste: {
          type: 'object',
          title: '建筑垃圾',
          required: [
            'waste_types',
            'volume',
            'disposal_method',
            'receiving_site',
            'period_start',
            'period_end',
          ],
          properties: {
            waste_types: {
              type: 'array',
              title: '建筑垃圾种类',
              items: {
                type: 'string',
                enum: ['工程渣土', '工程泥浆', '工程垃圾', '拆除垃圾', '装修垃圾'],
              },
              uniqueItems: true,
              minItems: 1,
            },
            volume: {
              type: 'number',
              title: '预计处置量（立方米）',
              exclusiveMinimum: 0,
              'x-unit': '立方米',
            },
            disposal_method: {
              type: 'string',
              title: '处置方式',
              enum: ['资源化利用', '工程回填', '消纳场受纳'],
            },
            receiving_site: {
              type: 'string',
              title: '消纳（受纳）场所名称',
              maxLength: 100,
            },
            period_start: {
              type: 'string',
              title: '处置期限（起）',
              format: 'date',
            },
            period_end: {
              type: 'string',
              title: '处置期限（止）',
              format: 'date',
            },
          },
        },
        transport: {
          type: 'object',
          title: '运输',
          required: ['carrier', 'vehicle_count', 'route'],
          properties: {
            carrier: {
              type: 'string',
              title: '运输单位',
              maxLength: 100,
            },
            vehicle_count: {
              type: 'integer',
              title: '运输车辆数（台）',
              minimum: 1,
              'x-unit': '台',
            },
            route: {
              type: 'string',
              title: '运输路线',
              maxLength: 1000,
            },
          },
        },
      },
    },
    uiSchema: {
      applicant: {
        apply_unit: { 'ui:help': '由施工单位申请的，填写施工单位名称' },
        handler_mobile: { 'ui:placeholder': '11 位手机号码' },
      },
      project: {
        site_address: { 'ui:placeholder': '工地所在道路、门牌或四至' },
      },
      waste: {
        waste_types: { 'ui:widget': 'checkboxes' },
        disposal_method: { 'ui:widget': 'radio' },
      },
      transport: {
        route: { 'ui:widget': 'textarea', 'ui:placeholder': '工地出口 → 途经道路 → 消纳场所' },
      },
    },
  },
  materials: [
    {
      key: 'waste-disposal-application',
      name: '城市建筑垃圾处置核准申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'waste-disposal-plan',
      name: '建筑垃圾处置方案（含产生量测算、分类处置、运输路线和现场冲洗设施）',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'waste-transport-contract',
      name: '建筑垃圾运输合同',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'receiving-site-certificate',
      name: '消纳场所受纳证明或资源化利用协议',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '消纳场所或资源化利用企业出具',
    },
    {
      key: 'building-planning-permit',
      name: '建设工程规划许可证及附图',
      form: 'copy',
      copies: 1,
      requirement: 'tolerated',
      source: '国土规划局核发',
      eLicense: '建设工程规划许可证',
    },
    {
      key: 'waste-applicant-license',
      name: '申请单位营业执照',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '市场监督管理部门核发',
      eLicense: '营业执照',
      note: '由施工单位申请的，提交施工单位的营业执照',
    },
  ],
}
