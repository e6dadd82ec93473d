import type { ItemTemplate } from '../../types'

/**
 * 其他建设工程消防验收备案 (住建环保局). The form follows the 建设工程消防验收备案表 of 《建设工程消防
 * 设计审查验收工作细则》 (建科规〔2020〕5号): 建设单位, 工程名称与地址, 类别, 使用性质, 建筑面积,
 * 层数, 建筑高度, 施工许可证号, 竣工验收日期, 设计/施工/监理单位.
 *
 * 其他建设工程 are usually single buildings, so the form asks for 层数 and 建筑高度 at the top level
 * and binds them.
 */
export const fireAcceptanceFiling: ItemTemplate = {
  code: '430100-ZJHB-008',
  name: '其他建设工程消防验收备案',
  departmentCode: 'zjhb',
  kind: '备案',
  basis: [
    '《中华人民共和国消防法》第十三条',
    '《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号，根据住房和城乡建设部令第58号修正）第三十四条、第三十五条',
    '《建设工程消防设计审查验收工作细则》（建科规〔2020〕5号）',
  ],
  timeLimit: { legal: 5, promised: 1 },
  fee: '不收费',
  conditions:
    '特殊建设工程以外的其他按照国家工程建设消防技术标准需要进行消防设计的建设工程；' +
    '已竣工验收合格；建设单位自竣工验收合格之日起 5 个工作日内申请备案；备案后按规定接受抽查。',
  form: {
    schema: {
      type: 'object',
      title: '建设工程消防验收备案表',
      required: ['builder', 'works', 'participants'],
      properties: {
        builder: {
          type: 'object',
          title: '建设单位',
          required: ['builder_name', 'credit_code', 'contact_name', 'contact_mobile'],
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
            contact_name: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            contact_mobile: {
              type: 'string',
              title: '联系电话',
              format: 'cn-mobile',
              maxLength: 11,
              description: '填写联系人手机号码',
              'x-element': 'contact.mobile',
            },
          },
        },
        works: {
          type: 'object',
          title: '工程情况',
          required: [
            'works_name',
            'works_address',
            'category',
            'usage',
            'floor_area',
            'floors_above',
            'height',
            'permit_no',
            'acceptance_date',
          ],
          properties: {
            works_name: {
              type: 'string',
              title: '工程名称',
              maxLength: 100,
              'x-element': 'building.name',
            },
            works_address: {
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
            floor_area: {
              type: 'number',
              title: '建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.floorArea',
            },
            floors_above: {
              type: 'integer',
              title: '地上层数',
              minimum: 0,
              'x-unit': '层',
              'x-element': 'building.floorsAbove',
            },
            floors_below: {
              type: 'integer',
              title: '地下层数',
              minimum: 0,
              'x-unit': '层',
              'x-element': 'building.floorsBelow',
            },
            height: {
              type: 'number',
              title: '建筑高度（米）',
              minimum: 0,
              'x-unit': '米',
              'x-element': 'building.height',
            },
            permit_no: {
              type: 'string',
              title: '施工许可证号',
              maxLength: 50,
              'x-element': 'certificate.constructionPermitNo',
            },
            acceptance_date: {
              type: 'string',
              title: '竣工验收日期',
              format: 'date',
              'x-element': 'building.completionDate',
            },
          },
        },
        participants: {
          type: 'object',
          title: '参建单位',
          required: ['design_unit', 'construction_unit'],
          properties: {
            design_unit: {
              type: 'string',
              title: '设计单位',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
            construction_unit: {
              type: 'string',
              title: '施工单位',
              maxLength: 100,
              'x-element': 'parties.constructorName',
            },
            supervisor: {
              type: 'string',
              title: '监理单位',
              maxLength: 100,
              'x-element': 'parties.supervisorName',
            },
          },
        },
      },
    },
    uiSchema: {
      builder: { contact_mobile: { 'ui:placeholder': '11 位手机号码' } },
      works: {
        category: { 'ui:widget': 'radio' },
        height: { 'ui:help': '建筑室外设计地面至屋面面层的高度' },
      },
    },
  },
  materials: [
    {
      key: 'fire-filing-form',
      name: '建设工程消防验收备案表',
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
