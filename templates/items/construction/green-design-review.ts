import type { ItemTemplate } from '../../types'

/**
 * 建设工程附属绿化工程设计方案审查 (住建环保局, as the 城市绿化行政主管部门). The form follows the
 * 附属绿化工程设计方案审查申请表 that city landscaping departments publish under
 * 《城市绿化条例》第十一条: 建设单位, 项目名称与位置, 总用地面积, 绿地面积与绿地率, 集中绿地,
 * 屋顶绿化, 乔木数量, 现有树木处置, 绿化设计单位.
 *
 * The department's form titles the applicant 建设单位（盖章） under the key `applyUnit` and leaves it
 * unbound; the lead department binds it in the bundle.
 */
export const greenDesignReview: ItemTemplate = {
  code: '430100-ZJHB-005',
  name: '建设工程附属绿化工程设计方案审查',
  departmentCode: 'zjhb',
  kind: '其他行政权力',
  basis: [
    '《城市绿化条例》（国务院令第100号，2017年修订）第十一条、第十七条',
    '《城市绿线管理办法》（建设部令第112号）',
  ],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions:
    '新建、改建、扩建建设工程项目配套附属绿化工程；绿化设计由具备相应能力的设计单位承担；' +
    '绿地率及集中绿地指标符合规划条件和国家、省有关标准；涉及现有树木迁移、砍伐的，已提出处置方案。',
  form: {
    schema: {
      type: 'object',
      title: '附属绿化工程设计方案审查申请表',
      required: ['applicant', 'project', 'greening'],
      properties: {
        applicant: {
          type: 'object',
          title: '申请单位',
          required: ['applyUnit', 'unitCode', 'contact', 'mobile'],
          properties: {
            applyUnit: {
              type: 'string',
              title: '建设单位（盖章）',
              maxLength: 100,
            },
            unitCode: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            contact: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            mobile: {
              type: 'string',
              title: '联系人手机号码',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        project: {
          type: 'object',
          title: '项目概况',
          required: ['projectName', 'location', 'landArea'],
          properties: {
            projectName: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            location: {
              type: 'string',
              title: '项目地址',
              maxLength: 200,
              'x-element': 'project.location',
            },
            landArea: {
              type: 'number',
              title: '总用地面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'land.area',
            },
          },
        },
        greening: {
          type: 'object',
          title: '绿化指标',
          required: ['greenArea', 'greenRatio', 'designUnit', 'treeRelocation'],
          properties: {
            greenArea: {
              type: 'number',
              title: '绿地面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            greenRatio: {
              type: 'number',
              title: '绿地率（%）',
              minimum: 0,
              maximum: 100,
              'x-unit': '%',
              'x-element': 'land.greeningRate',
            },
            centralGreenArea: {
              type: 'number',
              title: '集中绿地面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            roofGreenArea: {
              type: 'number',
              title: '屋顶绿化面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              description: '按规定折算计入绿地面积的，在方案中单列',
            },
            treeCount: {
              type: 'integer',
              title: '种植乔木数量（株）',
              minimum: 0,
              'x-unit': '株',
            },
            designUnit: {
              type: 'string',
              title: '绿化工程设计单位',
              maxLength: 100,
              description: '承担附属绿化（景观）设计的单位，可与建筑工程设计单位不同',
            },
            treeRelocation: {
              type: 'boolean',
              title: '是否涉及现有树木迁移或砍伐',
            },
            schemeNote: {
              type: 'string',
              title: '绿化设计方案说明',
              maxLength: 2000,
            },
          },
        },
      },
    },
    uiSchema: {
      applicant: { mobile: { 'ui:placeholder': '11 位手机号码' } },
      greening: {
        greenRatio: { 'ui:help': '绿地面积 ÷ 总用地面积 × 100，不低于规划条件要求' },
        treeRelocation: { 'ui:widget': 'radio' },
        schemeNote: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } },
      },
    },
  },
  materials: [
    {
      key: 'green-design-application',
      name: '附属绿化工程设计方案审查申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'green-design-scheme',
      name: '附属绿化工程设计方案（绿化总平面图、种植设计图、绿地率计算书）',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '设计单位编制',
    },
    {
      key: 'land-planning-permit',
      name: '建设用地规划许可证及附图',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '国土规划局核发',
      eLicense: '建设用地规划许可证',
    },
    {
      key: 'tree-relocation-plan',
      name: '现有树木迁移（砍伐）处置方案',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '申请人自备',
      note: '涉及现有树木迁移或砍伐的提交',
    },
    {
      key: 'business-license',
      name: '营业执照',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '市场监督管理部门核发',
      eLicense: '营业执照',
    },
  ],
}
