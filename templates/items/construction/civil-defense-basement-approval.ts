import type { ItemTemplate } from '../../types'

/**
 * 结合民用建筑修建防空地下室审批（含易地建设） (住建环保局, which carries the 人民防空 functions in
 * the new area). The form follows the 应建防空地下室的民用建筑项目报建审批申请表 used by provincial
 * civil air defence offices: 建设单位, 项目与用地, 地上/地下建筑面积, 应建与拟建防空地下室面积,
 * 建设方式 (结合修建/易地建设), 防护类别, 抗力级别, 战时与平时用途, 设计单位.
 *
 * The department calls the project code 项目编码 under `xm.xmbm` and leaves it unbound; the lead
 * department binds it in the bundle.
 */
export const civilDefenseBasementApproval: ItemTemplate = {
  code: '430100-ZJHB-004',
  name: '结合民用建筑修建防空地下室审批（含易地建设）',
  departmentCode: 'zjhb',
  kind: '行政许可',
  basis: [
    '《中华人民共和国人民防空法》第二十二条',
    '《国务院 中央军委关于进一步推进人民防空事业发展的若干意见》（国发〔2008〕4号）',
    '《人民防空工程建设管理规定》（国人防办字〔2003〕18号）',
    '《湖南省实施〈中华人民共和国人民防空法〉办法》',
  ],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费（易地建设的，按规定缴纳防空地下室易地建设费）',
  conditions:
    '城市规划区内新建民用建筑，按国家和省规定应当修建防空地下室；已取得建设用地规划许可证；' +
    '建设工程设计方案已确定地下室布局；因地质、地形、结构等条件不能修建或应建面积较小的，可申请易地建设。',
  form: {
    schema: {
      type: 'object',
      title: '防空地下室报建审批申请表',
      required: ['jsdw', 'xm', 'rf'],
      properties: {
        jsdw: {
          type: 'object',
          title: '建设单位',
          required: ['mc', 'xydm', 'fr', 'lxr', 'lxsj'],
          properties: {
            mc: {
              type: 'string',
              title: '建设单位名称',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            xydm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            fr: {
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
            lxsj: {
              type: 'string',
              title: '联系人手机',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        xm: {
          type: 'object',
          title: '项目情况',
          required: ['xmmc', 'xmbm', 'jsdd', 'ydghxkz', 'zjzmj', 'dsjzmj', 'dxjzmj', 'sjdw'],
          properties: {
            xmmc: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            xmbm: {
              type: 'string',
              title: '项目编码',
              maxLength: 24,
            },
            jsdd: {
              type: 'string',
              title: '建设地点',
              maxLength: 200,
              'x-element': 'project.location',
            },
            ydghxkz: {
              type: 'string',
              title: '建设用地规划许可证号',
              maxLength: 50,
              'x-element': 'land.planningPermitNo',
            },
            zjzmj: {
              type: 'number',
              title: '总建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.floorArea',
            },
            dsjzmj: {
              type: 'number',
              title: '地上建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.aboveGroundArea',
            },
            dxjzmj: {
              type: 'number',
              title: '地下建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.undergroundArea',
            },
            sjdw: {
              type: 'string',
              title: '设计单位',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
          },
        },
        rf: {
          type: 'object',
          title: '防空地下室',
          required: ['jsfs', 'yjmj', 'fhlb', 'kljb', 'zsyt'],
          properties: {
            jsfs: {
              type: 'string',
              title: '建设方式',
              enum: ['结合修建', '易地建设', '部分结合修建、部分易地建设'],
            },
            yjmj: {
              type: 'number',
              title: '应建防空地下室面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              description: '按地面总建筑面积和省规定的修建比例计算',
            },
            jhmj: {
              type: 'number',
              title: '结合修建面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            ydmj: {
              type: 'number',
              title: '易地建设面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
            },
            fhlb: {
              type: 'string',
              title: '防护类别',
              enum: ['甲类', '乙类'],
            },
            kljb: {
              type: 'string',
              title: '抗力级别',
              enum: ['核5级', '核6级', '核6B级', '常5级', '常6级'],
            },
            zsyt: {
              type: 'string',
              title: '战时用途',
              enum: [
                '二等人员掩蔽所',
                '一等人员掩蔽所',
                '物资库',
                '医疗救护工程',
                '防空专业队工程',
                '人防配套工程',
              ],
            },
            psyt: {
              type: 'string',
              title: '平时用途',
              maxLength: 100,
            },
            ydly: {
              type: 'string',
              title: '易地建设理由',
              maxLength: 1000,
            },
          },
        },
      },
    },
    uiSchema: {
      xm: {
        xmbm: { 'ui:placeholder': '投资项目统一代码，如 2019-430104-70-01-012345' },
      },
      rf: {
        jsfs: { 'ui:widget': 'radio' },
        fhlb: { 'ui:widget': 'radio' },
        psyt: { 'ui:placeholder': '如：地下汽车库' },
        ydly: { 'ui:widget': 'textarea', 'ui:help': '申请易地建设时填写' },
      },
    },
  },
  materials: [
    {
      key: 'civil-defense-application',
      name: '防空地下室报建审批申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'design-scheme',
      name: '建设工程设计方案（总平面图、各层平面图、立面图、剖面图及电子报批文件）',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '设计单位编制',
      note: '人防审查需含地下室各层平面图',
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
      key: 'civil-defense-area-calculation',
      name: '防空地下室应建面积计算书',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '设计单位编制',
    },
    {
      key: 'offsite-construction-request',
      name: '防空地下室易地建设申请书及不宜修建的说明材料',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '申请人自备',
      note: '申请易地建设的提交',
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
