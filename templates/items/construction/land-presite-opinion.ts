import type { ItemTemplate } from '../../types'

/**
 * 建设项目用地预审与选址意见书核发 (国土规划局). The form follows the 建设项目用地预审与选址申请表
 * of the 多审合一 reform (自然资规〔2019〕2号 and its 意见书 template): 建设单位, 项目名称与代码,
 * 项目建设依据, 拟选址位置, 拟用地面积 (in 公顷, with 农用地/耕地/永久基本农田), 拟建设规模.
 */
export const landPresiteOpinion: ItemTemplate = {
  code: '430100-GTGH-001',
  name: '建设项目用地预审与选址意见书核发',
  departmentCode: 'gtgh',
  kind: '行政许可',
  basis: [
    '《中华人民共和国土地管理法》第五十二条',
    '《中华人民共和国土地管理法实施条例》（国务院令第743号）第二十四条',
    '《中华人民共和国城乡规划法》第三十六条',
    '《建设项目用地预审管理办法》（国土资源部令第68号）',
    '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
  ],
  timeLimit: { legal: 20, promised: 8 },
  fee: '不收费',
  conditions:
    '需要新增建设用地或者以划拨方式取得国有土地使用权的建设项目；' +
    '项目选址符合国土空间规划（未批准前为土地利用总体规划、城乡规划）和用途管制要求；' +
    '用地规模符合土地使用标准和节约集约用地要求；占用永久基本农田、生态保护红线的已按规定论证。' +
    '使用已经依法批准的建设用地、以出让方式取得国有土地使用权的，不再办理。',
  form: {
    schema: {
      type: 'object',
      title: '建设项目用地预审与选址申请表',
      required: ['jsdw', 'xm', 'yd'],
      properties: {
        jsdw: {
          type: 'object',
          title: '建设单位',
          required: ['dwmc', 'tyshxydm', 'fddbr', 'lxr', 'lxrsj'],
          properties: {
            dwmc: {
              type: 'string',
              title: '建设单位名称',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            tyshxydm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            fddbr: {
              type: 'string',
              title: '法定代表人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            lxr: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            lxrsj: {
              type: 'string',
              title: '联系人手机号码',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        xm: {
          type: 'object',
          title: '项目情况',
          required: ['xmmc', 'xmdm', 'lxlx', 'jsxz', 'jsyj', 'nxzwz', 'jsgm', 'ztz'],
          properties: {
            xmmc: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            xmdm: {
              type: 'string',
              title: '项目代码',
              format: 'project-code',
              maxLength: 24,
              'x-element': 'project.code',
            },
            lxlx: {
              type: 'string',
              title: '项目立项类型',
              enum: ['审批', '核准', '备案'],
              'x-element': 'project.approvalType',
            },
            jsxz: {
              type: 'string',
              title: '建设性质',
              enum: ['新建', '扩建', '改建', '迁建'],
              'x-element': 'project.nature',
            },
            jsyj: {
              type: 'string',
              title: '项目建设依据',
              maxLength: 500,
              description: '立项文件（项目建议书批复、核准或备案文件）的名称和文号',
            },
            nxzwz: {
              type: 'string',
              title: '拟选址位置',
              maxLength: 200,
              'x-element': 'project.location',
            },
            jsgm: {
              type: 'string',
              title: '拟建设规模',
              maxLength: 2000,
              'x-element': 'project.scale',
            },
            ztz: {
              type: 'number',
              title: '项目总投资（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'investment.total',
            },
          },
        },
        yd: {
          type: 'object',
          title: '拟用地情况',
          required: ['nydzmj', 'nyd', 'gd', 'zyjbnt', 'ghyt', 'gdfs', 'fhgh'],
          properties: {
            nydzmj: {
              type: 'number',
              title: '拟用地总面积（公顷）',
              minimum: 0,
              'x-unit': '公顷',
              description:
                '按勘测定界成果填写，单位为公顷（保留四位小数）；与以平方米计的“用地面积”单位不同',
            },
            nyd: {
              type: 'number',
              title: '其中：农用地（公顷）',
              minimum: 0,
              'x-unit': '公顷',
            },
            gd: {
              type: 'number',
              title: '其中：耕地（公顷）',
              minimum: 0,
              'x-unit': '公顷',
            },
            wlyd: {
              type: 'number',
              title: '其中：未利用地（公顷）',
              minimum: 0,
              'x-unit': '公顷',
            },
            zyjbnt: {
              type: 'boolean',
              title: '是否占用永久基本农田',
            },
            ghyt: {
              type: 'string',
              title: '拟用地性质',
              enum: [
                '居住用地',
                '公共管理与公共服务设施用地',
                '商业服务业设施用地',
                '工业用地',
                '物流仓储用地',
                '道路与交通设施用地',
                '公用设施用地',
                '绿地与广场用地',
              ],
              'x-element': 'land.use',
            },
            gdfs: {
              type: 'string',
              title: '拟供地方式',
              enum: ['划拨', '出让'],
              'x-element': 'land.acquisitionMethod',
            },
            fhgh: {
              type: 'boolean',
              title: '是否符合国土空间规划',
            },
          },
        },
      },
    },
    uiSchema: {
      jsdw: { lxrsj: { 'ui:placeholder': '11 位手机号码' } },
      xm: {
        lxlx: { 'ui:widget': 'radio' },
        jsxz: { 'ui:widget': 'radio' },
        jsyj: {
          'ui:widget': 'textarea',
          'ui:placeholder': '如：《关于××项目建议书的批复》（湘新经发〔2024〕×号）',
        },
        jsgm: { 'ui:widget': 'textarea' },
      },
      yd: {
        nydzmj: { 'ui:help': '1 公顷 = 10000 平方米' },
        zyjbnt: { 'ui:widget': 'radio' },
        gdfs: { 'ui:widget': 'radio' },
        fhgh: { 'ui:widget': 'radio' },
      },
    },
  },
  materials: [
    {
      key: 'presite-application',
      name: '建设项目用地预审与选址申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'presite-report',
      name: '建设项目用地预审与选址申请报告',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
      note: '含拟建项目基本情况、拟选址占地情况、是否符合国土空间规划、用地规模是否符合土地使用标准等',
    },
    {
      key: 'project-approval-document',
      name: '项目建设依据文件（项目建议书批复或核准、备案文件）',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '投资主管部门核发',
    },
    {
      key: 'boundary-survey',
      name: '标注拟选址范围的地形图及勘测定界成果',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '测绘单位编制',
    },
    {
      key: 'farmland-demonstration',
      name: '占用永久基本农田或生态保护红线论证报告',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '申请人委托编制',
      note: '拟占用永久基本农田、生态保护红线的项目提交',
    },
    {
      key: 'business-license',
      name: '营业执照',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '市场监督管理部门核发',
      eLicense: '营业执照',
      note: '机关、事业单位提交统一社会信用代码证书或法人证书',
    },
  ],
}
