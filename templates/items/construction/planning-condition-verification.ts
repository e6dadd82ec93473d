import type { ItemTemplate } from '../../types'

/**
 * 建设工程规划条件核实 (国土规划局). The form follows the 建设工程竣工规划核实申请表 that Hunan's
 * natural resources and planning departments publish: 建设单位, 项目与许可证号, 规划许可与实测的
 * 建筑面积, 竣工规划核实测量单位与报告编号, 与许可不符情形, and a per-building comparison table.
 *
 * The permitted and the measured 总建筑面积 are two different values of one quantity, and neither is
 * simply the dictionary's 总建筑面积 of the works; both are left unbound. 工程竣工日期 (construction
 * finished) is not the 竣工验收日期 and stays unbound too.
 */
export const planningConditionVerification: ItemTemplate = {
  code: '430100-GTGH-004',
  name: '建设工程规划条件核实',
  departmentCode: 'gtgh',
  kind: '其他行政权力',
  basis: [
    '《中华人民共和国城乡规划法》第四十五条',
    '《湖南省实施〈中华人民共和国城乡规划法〉办法》',
    '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）',
  ],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions:
    '已取得建设工程规划许可证的建设工程已竣工；已委托测绘单位完成竣工规划核实测量；' +
    '临时建筑、施工设施已拆除，场地已清理；建设内容与建设工程规划许可证及附图一致，或不一致部分已依法处理。',
  form: {
    schema: {
      type: 'object',
      title: '建设工程竣工规划核实申请表',
      required: ['applicant', 'project', 'check'],
      properties: {
        applicant: {
          type: 'object',
          title: '建设单位',
          required: ['builder_name', 'credit_code', 'legal_rep', 'contact_name', 'contact_mobile'],
          properties: {
            builder_name: {
              type: 'string',
              title: '建设单位名称',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            credit_code: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            legal_rep: {
              type: 'string',
              title: '法定代表人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            contact_name: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            contact_mobile: {
              type: 'string',
              title: '联系人手机',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        project: {
          type: 'object',
          title: '项目与许可',
          required: ['project_name', 'project_code', 'site', 'building_permit_no', 'permit_date'],
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
            site: {
              type: 'string',
              title: '建设位置',
              maxLength: 200,
              'x-element': 'project.location',
            },
            land_permit_no: {
              type: 'string',
              title: '建设用地规划许可证号',
              maxLength: 50,
              'x-element': 'land.planningPermitNo',
            },
            building_permit_no: {
              type: 'string',
              title: '建设工程规划许可证号',
              maxLength: 50,
              'x-element': 'certificate.buildingPlanningPermitNo',
            },
            permit_date: {
              type: 'string',
              title: '建设工程规划许可证核发日期',
              format: 'date',
            },
            finish_date: {
              type: 'string',
              title: '工程竣工日期',
              format: 'date',
              description: '施工完成的日期，不是竣工验收日期',
            },
          },
        },
        check: {
          type: 'object',
          title: '核实情况',
          required: [
            'permitted_area',
            'measured_area',
            'survey_unit',
            'survey_report_no',
            'has_deviation',
          ],
          properties: {
            permitted_area: {
              type: 'number',
              title: '规划许可总建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            measured_area: {
              type: 'number',
              title: '实测总建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            survey_unit: {
              type: 'string',
              title: '竣工规划核实测量单位',
              maxLength: 100,
            },
            survey_report_no: {
              type: 'string',
              title: '测量成果报告编号',
              maxLength: 50,
            },
            has_deviation: {
              type: 'boolean',
              title: '是否存在与规划许可内容不一致的情形',
            },
            deviation_note: {
              type: 'string',
              title: '不一致情形说明',
              maxLength: 2000,
            },
          },
        },
        units: {
          type: 'array',
          title: '单体核实情况',
          items: {
            type: 'object',
            required: ['building_no', 'permitted_area', 'measured_area'],
            properties: {
              building_no: { type: 'string', title: '楼栋号', maxLength: 50 },
              permitted_area: {
                type: 'number',
                title: '许可建筑面积（平方米）',
                minimum: 0,
                'x-unit': '平方米',
              },
              measured_area: {
                type: 'number',
                title: '实测建筑面积（平方米）',
                minimum: 0,
                'x-unit': '平方米',
              },
              measured_height: {
                type: 'number',
                title: '实测建筑高度（米）',
                minimum: 0,
                'x-unit': '米',
              },
            },
          },
        },
      },
    },
    uiSchema: {
      applicant: { contact_mobile: { 'ui:placeholder': '11 位手机号码' } },
      check: {
        has_deviation: { 'ui:widget': 'radio' },
        deviation_note: {
          'ui:widget': 'textarea',
          'ui:help': '存在不一致的，说明部位、面积及处理情况',
        },
      },
      units: { 'ui:options': { orderable: false } },
    },
  },
  materials: [
    {
      key: 'planning-verification-application',
      name: '建设工程竣工规划核实申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'building-planning-permit',
      name: '建设工程规划许可证及附图',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '国土规划局核发',
      eLicense: '建设工程规划许可证',
    },
    {
      key: 'as-built-survey-report',
      name: '建设工程竣工规划核实测量成果报告',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '测绘单位编制',
    },
    {
      key: 'as-built-site-plan',
      name: '竣工总平面图及建筑竣工图（电子版）',
      form: 'electronic',
      copies: 1,
      requirement: 'required',
      source: '设计、施工单位编制',
    },
    {
      key: 'power-of-attorney',
      name: '授权委托书及受托人身份证',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '申请人自备',
      note: '委托他人办理时提交',
    },
  ],
}
