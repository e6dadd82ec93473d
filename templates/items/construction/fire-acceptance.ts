import type { ItemTemplate } from '../../types'

/**
 * 特殊建设工程消防验收 (住建环保局, the 消防设计审查验收主管部门). The form follows the 特殊建设工程
 * 消防验收申请表 of 《建设工程消防设计审查验收工作细则》 and its 申请表 templates (住房和城乡建设部
 * 建科规〔2020〕5号): 建设单位, 工程名称与地址, 类别 (新建/扩建/改建), 使用性质, 消防设计审查意见
 * 文号, 施工许可证号, 竣工验收日期, 设计/施工/监理/消防技术服务机构, 单体建筑的结构类型、
 * 耐火等级、层数、高度与面积, and the fire protection systems installed.
 *
 * 类别 lists 新建/扩建/改建 (装饰装修、改变用途、建筑保温), which reads like the project's 建设性质 but
 * is the works' fire-review category; it is left unbound.
 */
export const fireAcceptance: ItemTemplate = {
  code: '430100-ZJHB-007',
  name: '特殊建设工程消防验收',
  departmentCode: 'zjhb',
  kind: '行政许可',
  basis: [
    '《中华人民共和国消防法》第十三条',
    '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，根据住房和城乡建设部令第58号修正）第二十六条、第二十七条、第二十八条',
    '《建设工程消防设计审查验收工作细则》（建科规〔2020〕5号）',
  ],
  timeLimit: { legal: 15, promised: 7 },
  fee: '不收费',
  conditions:
    '属于《建设工程消防设计审查验收管理暂行规定》第十四条所列的特殊建设工程，消防设计审查已合格；' +
    '建设单位已组织竣工验收，并对工程消防质量进行查验：完成消防设计和合同约定的消防各项内容，' +
    '有完整的工程消防技术档案和施工管理资料，涉及消防的分部分项工程验收合格，消防设施性能和系统功能联调联试检测合格。',
  form: {
    schema: {
      type: 'object',
      title: '特殊建设工程消防验收申请表',
      required: ['applicant', 'project', 'parties', 'buildings', 'fireSystems'],
      properties: {
        applicant: {
          type: 'object',
          title: '建设单位',
          required: [
            'constructionUnit',
            'unitCreditCode',
            'legalRepresentative',
            'contactName',
            'contactMobile',
          ],
          properties: {
            constructionUnit: {
              type: 'string',
              title: '建设单位',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            unitCreditCode: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            legalRepresentative: {
              type: 'string',
              title: '法定代表人/主要负责人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            contactName: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            contactMobile: {
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
          title: '工程概况',
          required: [
            'projectName',
            'address',
            'category',
            'usage',
            'fireDesignReviewNo',
            'constructionPermitNo',
            'completionDate',
          ],
          properties: {
            projectName: {
              type: 'string',
              title: '工程名称',
              maxLength: 100,
              'x-element': 'building.name',
            },
            address: {
              type: 'string',
              title: '工程地址',
              maxLength: 200,
              'x-element': 'project.location',
            },
            category: {
              type: 'string',
              title: '类别',
              enum: ['新建', '扩建', '改建（装饰装修）', '改建（改变用途）', '改建（建筑保温）'],
            },
            usage: {
              type: 'string',
              title: '使用性质',
              maxLength: 50,
              'x-element': 'building.usage',
            },
            fireDesignReviewNo: {
              type: 'string',
              title: '特殊建设工程消防设计审查意见书文号',
              maxLength: 50,
            },
            constructionPermitNo: {
              type: 'string',
              title: '施工许可证编号',
              maxLength: 50,
              'x-element': 'certificate.constructionPermitNo',
            },
            completionDate: {
              type: 'string',
              title: '竣工验收日期',
              format: 'date',
              'x-element': 'building.completionDate',
            },
          },
        },
        parties: {
          type: 'object',
          title: '参建单位',
          required: ['designUnit', 'constructionCompany'],
          properties: {
            designUnit: {
              type: 'string',
              title: '设计单位',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
            constructionCompany: {
              type: 'string',
              title: '施工单位',
              maxLength: 100,
              'x-element': 'parties.constructorName',
            },
            supervisionUnit: {
              type: 'string',
              title: '监理单位',
              maxLength: 100,
              'x-element': 'parties.supervisorName',
            },
            fireTechService: {
              type: 'string',
              title: '消防技术服务机构',
              maxLength: 100,
              description: '承担消防设施检测的技术服务机构',
            },
          },
        },
        buildings: {
          type: 'array',
          title: '单体建筑',
          minItems: 1,
          items: {
            type: 'object',
            required: ['name', 'structure', 'fireRating', 'floorsAbove', 'height', 'floorArea'],
            properties: {
              name: { type: 'string', title: '建筑名称', maxLength: 100 },
              structure: {
                type: 'string',
                title: '结构类型',
                enum: [
                  '砖混结构',
                  '框架结构',
                  '剪力墙结构',
                  '框架-剪力墙结构',
                  '框架-核心筒结构',
                  '钢结构',
                  '钢-混凝土混合结构',
                  '其他',
                ],
              },
              fireRating: {
                type: 'string',
                title: '耐火等级',
                enum: ['一级', '二级', '三级', '四级'],
              },
              floorsAbove: { type: 'integer', title: '地上层数', minimum: 0, 'x-unit': '层' },
              floorsBelow: { type: 'integer', title: '地下层数', minimum: 0, 'x-unit': '层' },
              height: { type: 'number', title: '建筑高度（米）', minimum: 0, 'x-unit': '米' },
              floorArea: {
                type: 'number',
                title: '建筑面积（平方米）',
                minimum: 0,
                'x-unit': '平方米',
              },
            },
          },
        },
        fireSystems: {
          type: 'array',
          title: '消防设施',
          items: {
            type: 'string',
            enum: [
              '室内消火栓系统',
              '室外消火栓系统',
              '自动喷水灭火系统',
              '火灾自动报警系统',
              '防烟排烟系统',
              '消防应急照明和疏散指示系统',
              '气体灭火系统',
              '消防电梯',
              '其他',
            ],
          },
          uniqueItems: true,
          minItems: 1,
        },
      },
    },
    uiSchema: {
      applicant: { contactMobile: { 'ui:placeholder': '11 位手机号码' } },
      project: {
        category: { 'ui:widget': 'radio' },
        usage: { 'ui:placeholder': '如：商业、办公、医疗' },
      },
      buildings: { 'ui:options': { orderable: false } },
      fireSystems: { 'ui:widget': 'checkboxes' },
    },
  },
  materials: [
    {
      key: 'fire-acceptance-application',
      name: '特殊建设工程消防验收申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'completion-acceptance-report',
      name: '工程竣工验收报告',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '建设单位组织编制',
    },
    {
      key: 'fire-as-built-drawings',
      name: '涉及消防的建设工程竣工图纸',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '施工单位编制、监理单位审核',
    },
    {
      key: 'fire-design-review-opinion',
      name: '特殊建设工程消防设计审查意见书',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '住建环保局出具',
    },
    {
      key: 'construction-permit',
      name: '建筑工程施工许可证',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '住建环保局核发',
      eLicense: '建筑工程施工许可证',
    },
  ],
}
