import type { ItemTemplate } from '../../types'

/**
 * 建筑工程施工许可证核发 (住建环保局). The form follows the national 建筑工程施工许可证申请表 of
 * 《建筑工程施工许可管理办法》 (住房和城乡建设部令第18号 as amended) and the content of the national
 * 建筑工程施工许可证: 建设单位 (统一社会信用代码, 法定代表人, 项目负责人), 工程名称, 建设地址,
 * 建设规模, 合同价格, 合同开工/竣工日期 and 合同工期, 勘察/设计/施工/监理单位 with their 项目负责人
 * and 总监理工程师, 施工图审查机构与审查合格书编号, 中标通知书编号, and the 单位工程 list.
 *
 * 建设规模 here is the scale of the works this permit covers (possibly one 标段), so it is not bound
 * to the project's 建设规模及内容; 合同开工/竣工日期 are contract dates, not the project's planned
 * dates, and stay unbound too.
 */
export const constructionPermit: ItemTemplate = {
  code: '430100-ZJHB-001',
  name: '建筑工程施工许可证核发',
  departmentCode: 'zjhb',
  kind: '行政许可',
  basis: [
    '《中华人民共和国建筑法》第七条、第八条',
    '《建筑工程施工许可管理办法》（住房和城乡建设部令第18号，根据住房和城乡建设部令第42号、第52号修正）第二条、第四条、第五条',
    '《建设工程质量管理条例》（国务院令第279号）第十一条、第十三条',
  ],
  timeLimit: { legal: 7, promised: 3 },
  fee: '不收费',
  conditions:
    '依法应当办理用地批准手续的，已经办理；依法应当办理建设工程规划许可证的，已经取得；' +
    '施工场地已经基本具备施工条件；已经确定施工企业；有满足施工需要的资金安排、施工图纸及技术资料，' +
    '施工图设计文件已按规定审查合格；有保证工程质量和安全的具体措施；按规定应当委托监理的已经委托监理。',
  form: {
    schema: {
      type: 'object',
      title: '建筑工程施工许可证申请表',
      required: ['jsdw', 'gc', 'kcdw', 'sjdw', 'sgdw', 'dwgc'],
      properties: {
        jsdw: {
          type: 'object',
          title: '建设单位',
          required: ['jsdwmc', 'tyshxydm', 'fddbr', 'xmfzr', 'lxr', 'lxdh'],
          properties: {
            jsdwmc: {
              type: 'string',
              title: '建设单位',
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
            xmfzr: {
              type: 'string',
              title: '建设单位项目负责人',
              maxLength: 50,
              'x-element': 'parties.ownerManager',
            },
            lxr: {
              type: 'string',
              title: '联系人',
              maxLength: 50,
              'x-element': 'contact.name',
            },
            lxdh: {
              type: 'string',
              title: '联系人手机',
              format: 'cn-mobile',
              maxLength: 11,
              'x-element': 'contact.mobile',
            },
          },
        },
        gc: {
          type: 'object',
          title: '工程概况',
          required: [
            'gcmc',
            'xmmc',
            'xmdm',
            'jsdz',
            'jsgm',
            'jzmj',
            'htjg',
            'htkgrq',
            'htjgrq',
            'htgq',
            'zbtzsbh',
            'sctsjg',
            'sctsbh',
            'ghxkzh',
          ],
          properties: {
            gcmc: {
              type: 'string',
              title: '工程名称',
              maxLength: 100,
              'x-element': 'building.name',
            },
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
            jsdz: {
              type: 'string',
              title: '建设地址',
              maxLength: 200,
              'x-element': 'project.location',
            },
            jsgm: {
              type: 'string',
              title: '建设规模',
              maxLength: 500,
              description:
                '本次申领施工许可的工程规模（可为项目的一个标段），如“3 栋住宅及地下室，建筑面积 48000 平方米”',
            },
            jzmj: {
              type: 'number',
              title: '建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.floorArea',
            },
            htjg: {
              type: 'number',
              title: '合同价格（万元）',
              minimum: 0,
              'x-money': '万元',
              'x-element': 'building.contractPrice',
            },
            htkgrq: {
              type: 'string',
              title: '合同开工日期',
              format: 'date',
            },
            htjgrq: {
              type: 'string',
              title: '合同竣工日期',
              format: 'date',
            },
            htgq: {
              type: 'integer',
              title: '合同工期（日历天）',
              minimum: 1,
              'x-unit': '日历天',
              'x-element': 'building.contractPeriod',
            },
            zbtzsbh: {
              type: 'string',
              title: '施工中标通知书编号',
              maxLength: 50,
              description: '直接发包的填写直接发包批准文件文号',
              'x-element': 'certificate.bidNoticeNo',
            },
            sctsjg: {
              type: 'string',
              title: '施工图审查机构',
              maxLength: 100,
              'x-element': 'parties.reviewAgencyName',
            },
            sctsbh: {
              type: 'string',
              title: '施工图审查合格书编号',
              maxLength: 50,
              'x-element': 'certificate.drawingReviewNo',
            },
            ghxkzh: {
              type: 'string',
              title: '建设工程规划许可证号',
              maxLength: 50,
              'x-element': 'certificate.buildingPlanningPermitNo',
            },
            bdczh: {
              type: 'string',
              title: '用地批准手续（不动产权证号）',
              maxLength: 50,
              'x-element': 'certificate.realEstateNo',
            },
          },
        },
        kcdw: {
          type: 'object',
          title: '勘察单位',
          required: ['mc', 'dm', 'xmfzr'],
          properties: {
            mc: {
              type: 'string',
              title: '勘察单位名称',
              maxLength: 100,
              'x-element': 'parties.surveyName',
            },
            dm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'parties.surveyUscc',
            },
            xmfzr: {
              type: 'string',
              title: '项目负责人',
              maxLength: 50,
              'x-element': 'parties.surveyManager',
            },
          },
        },
        sjdw: {
          type: 'object',
          title: '设计单位',
          required: ['mc', 'dm', 'xmfzr'],
          properties: {
            mc: {
              type: 'string',
              title: '设计单位名称',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
            dm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'parties.designUscc',
            },
            xmfzr: {
              type: 'string',
              title: '项目负责人',
              maxLength: 50,
              'x-element': 'parties.designManager',
            },
          },
        },
        sgdw: {
          type: 'object',
          title: '施工单位',
          required: ['mc', 'dm', 'xmfzr'],
          properties: {
            mc: {
              type: 'string',
              title: '施工单位名称',
              maxLength: 100,
              'x-element': 'parties.constructorName',
            },
            dm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'parties.constructorUscc',
            },
            xmfzr: {
              type: 'string',
              title: '项目负责人（项目经理）',
              maxLength: 50,
              description: '施工单位的注册建造师，不是建设单位的法定代表人或项目负责人',
              'x-element': 'parties.constructorManager',
            },
          },
        },
        jldw: {
          type: 'object',
          title: '监理单位',
          description: '依法必须实行监理的工程填写',
          properties: {
            mc: {
              type: 'string',
              title: '监理单位名称',
              maxLength: 100,
              'x-element': 'parties.supervisorName',
            },
            dm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'parties.supervisorUscc',
            },
            zj: {
              type: 'string',
              title: '总监理工程师',
              maxLength: 50,
              'x-element': 'parties.chiefSupervisor',
            },
          },
        },
        dwgc: {
          type: 'array',
          title: '单位工程',
          minItems: 1,
          items: {
            type: 'object',
            required: ['mc', 'jzmj', 'dscs', 'jglx'],
            properties: {
              mc: { type: 'string', title: '单位工程名称', maxLength: 100 },
              jzmj: {
                type: 'number',
                title: '建筑面积（平方米）',
                minimum: 0,
                'x-unit': '平方米',
              },
              dscs: { type: 'integer', title: '地上层数', minimum: 0, 'x-unit': '层' },
              dxcs: { type: 'integer', title: '地下层数', minimum: 0, 'x-unit': '层' },
              gd: { type: 'number', title: '建筑高度（米）', minimum: 0, 'x-unit': '米' },
              jglx: {
                type: 'string',
                title: '结构类型',
                enum: [
                  '砖混结构',
                  '框架结构',
                  '剪力墙结构',
                  '框架-剪力墙结构',
                  '框架-核心筒结构',
                  '筒中筒结构',
                  '钢结构',
                  '钢-混凝土混合结构',
                  '排架结构',
                  '木结构',
                  '其他',
                ],
              },
            },
          },
        },
      },
    },
    uiSchema: {
      jsdw: { lxdh: { 'ui:placeholder': '11 位手机号码' } },
      gc: {
        gcmc: { 'ui:help': '与施工合同、中标通知书上的工程名称一致' },
        jsgm: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
        htjg: { 'ui:help': '按施工合同约定的合同价格填写' },
        htgq: { 'ui:help': '按施工合同约定的日历天数填写' },
      },
      sgdw: { xmfzr: { 'ui:placeholder': '注册建造师姓名' } },
      dwgc: { 'ui:options': { orderable: false } },
    },
  },
  materials: [
    {
      key: 'construction-permit-application',
      name: '建筑工程施工许可证申请表',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'real-estate-certificate',
      name: '不动产权证书（土地）',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '不动产登记机构核发',
      eLicense: '不动产权证书',
      note: '作为用地批准手续；尚未办理的，提交出让合同或划拨决定书',
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
      key: 'bid-notice',
      name: '施工中标通知书或直接发包批准手续',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '招标人发出（依法直接发包的由主管部门批准）',
    },
    {
      key: 'construction-contract',
      name: '建设工程施工合同',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '申请人自备',
    },
    {
      key: 'construction-drawing-review',
      name: '施工图设计文件审查合格书',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '施工图审查机构出具',
    },
    {
      key: 'supervision-contract',
      name: '建设工程监理合同',
      form: 'copy',
      copies: 1,
      requirement: 'conditional',
      source: '申请人自备',
      note: '依法必须实行监理的工程提交',
    },
    {
      key: 'construction-commitment',
      name: '建设单位承诺书（施工场地具备施工条件、资金已落实、质量安全措施已落实）',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '申请人自备（部门提供格式文本）',
    },
  ],
}
