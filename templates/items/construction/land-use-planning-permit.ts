import type { ItemTemplate } from '../../types'

/**
 * 建设用地规划许可证核发 (国土规划局). The form follows the 建设用地规划许可申请表 and the content
 * of the 建设用地规划许可证 template of 自然资规〔2019〕2号: 用地单位, 项目名称, 用地项目代码,
 * 批准用地机关及文号, 用地位置, 用地面积, 土地用途, 建设规模, 土地取得方式, plus the 规划条件
 * indicators the permit attaches.
 *
 * The department's form calls the applicant 用地单位 and the project code 用地项目代码, as the
 * certificate does; it leaves both unbound (the lead department binds them in the bundle).
 */
export const landUsePlanningPermit: ItemTemplate = {
  code: '430100-GTGH-002',
  name: '建设用地规划许可证核发',
  departmentCode: 'gtgh',
  kind: '行政许可',
  basis: [
    '《中华人民共和国城乡规划法》第三十七条、第三十八条',
    '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
    '《湖南省实施〈中华人民共和国城乡规划法〉办法》',
  ],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions:
    '以划拨方式取得国有土地使用权的，已取得建设项目用地预审与选址意见书和建设用地批准文件；' +
    '以出让方式取得国有土地使用权的，已签订国有建设用地使用权出让合同，出让合同附具规划条件；' +
    '用地位置、面积、用途和建设规模符合详细规划和规划条件。',
  form: {
    schema: {
      type: 'object',
      title: '建设用地规划许可申请表',
      required: ['sqdw', 'ydxm', 'ghzb'],
      properties: {
        sqdw: {
          type: 'object',
          title: '申请单位',
          required: ['yddw', 'xydm', 'frdb'],
          properties: {
            yddw: {
              type: 'string',
              title: '用地单位',
              maxLength: 100,
              description: '与出让合同或划拨决定书上的受让人、用地单位一致',
            },
            xydm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            frdb: {
              type: 'string',
              title: '法人代表',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            wtdlr: {
              type: 'string',
              title: '委托代理人',
              maxLength: 50,
              'x-element': 'agent.name',
            },
            dlrsfzh: {
              type: 'string',
              title: '委托代理人身份证号码',
              format: 'cn-id',
              maxLength: 18,
              'x-element': 'agent.idNumber',
            },
            dlrsj: {
              type: 'string',
              title: '委托代理人手机号码',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'agent.mobile',
            },
          },
        },
        ydxm: {
          type: 'object',
          title: '用地项目',
          required: ['xmmc', 'yddm', 'ydwz', 'ydmj', 'tdyt', 'qdfs', 'jsgm'],
          properties: {
            xmmc: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            yddm: {
              type: 'string',
              title: '用地项目代码',
              maxLength: 24,
              description: '投资项目在线审批监管平台赋予的代码',
            },
            ydwz: {
              type: 'string',
              title: '用地位置',
              maxLength: 200,
              'x-element': 'project.location',
            },
            zddm: {
              type: 'string',
              title: '宗地代码',
              maxLength: 30,
              'x-element': 'land.parcelNo',
            },
            ydmj: {
              type: 'number',
              title: '用地面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'land.area',
            },
            tdyt: {
              type: 'string',
              title: '土地用途',
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
            qdfs: {
              type: 'string',
              title: '土地取得方式',
              enum: ['划拨', '出让'],
              'x-element': 'land.acquisitionMethod',
            },
            pzydjg: {
              type: 'string',
              title: '批准用地机关',
              maxLength: 100,
            },
            pzydwh: {
              type: 'string',
              title: '批准用地文号（出让合同编号或划拨决定书编号）',
              maxLength: 50,
            },
            jsgm: {
              type: 'string',
              title: '建设规模',
              maxLength: 2000,
              'x-element': 'project.scale',
            },
          },
        },
        ghzb: {
          type: 'object',
          title: '规划条件主要指标',
          required: ['rjl', 'jzmd', 'ldl'],
          properties: {
            rjl: {
              type: 'number',
              title: '容积率',
              minimum: 0,
              maximum: 20,
              'x-element': 'land.plotRatio',
            },
            jzmd: {
              type: 'number',
              title: '建筑密度（%）',
              minimum: 0,
              maximum: 100,
              'x-unit': '%',
              'x-element': 'land.buildingDensity',
            },
            ldl: {
              type: 'number',
              title: '绿地率（%）',
              minimum: 0,
              maximum: 100,
              'x-unit': '%',
              'x-element': 'land.greeningRate',
            },
            jzxg: {
              type: 'number',
              title: '建筑限高（米）',
              minimum: 0,
              'x-unit': '米',
              description: '规划条件规定的高度上限，不是设计建筑高度',
            },
          },
        },
      },
    },
    uiSchema: {
      sqdw: {
        wtdlr: { 'ui:help': '委托他人办理时填写' },
        dlrsfzh: { 'ui:placeholder': '18 位公民身份号码' },
      },
      ydxm: {
        yddm: { 'ui:placeholder': '如 2019-430104-70-01-012345' },
        qdfs: { 'ui:widget': 'radio' },
        jsgm: { 'ui:widget': 'textarea', 'ui:placeholder': '如：总建筑面积约 52000 平方米' },
      },
      ghzb: {
        rjl: { 'ui:help': '按出让合同所附规划条件或划拨项目规划条件填写' },
      },
    },
  },
  materials: [
    {
      key: 'land-planning-application',
      name: '建设用地规划许可申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
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
      key: 'land-grant-contract',
      name: '国有建设用地使用权出让合同（含所附规划条件）',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '申请人自备',
      note: '以出让方式取得土地的提交',
    },
    {
      key: 'site-selection-opinion',
      name: '建设项目用地预审与选址意见书',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '国土规划局核发',
      eLicense: '建设项目用地预审与选址意见书',
      note: '以划拨方式取得土地的提交',
    },
    {
      key: 'land-allocation-decision',
      name: '国有建设用地划拨决定书及建设用地批准文件',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '人民政府批准、国土规划局核发',
      note: '以划拨方式取得土地的提交',
    },
    {
      key: 'cadastral-map',
      name: '宗地图及界址点坐标成果',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '测绘单位编制',
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
