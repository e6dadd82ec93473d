import type { ItemTemplate } from '../../types'

/**
 * 房屋建筑和市政基础设施工程竣工验收备案 (住建环保局). The form follows the 房屋建筑和市政基础设施
 * 工程竣工验收备案表 of 《房屋建筑和市政基础设施工程竣工验收备案管理办法》 (建设部令第78号 as
 * amended): 建设单位, 工程名称与地点, 建筑面积, 结构类型, 层数, 工程用途, 开工与竣工验收日期,
 * 施工许可证号, 施工图审查意见, 勘察/设计/施工/监理单位, 工程质量监督机构, 竣工验收意见.
 *
 * 工程造价 here is the settled cost, not the 合同价格 of the construction contract, so it is not bound.
 */
export const completionAcceptanceFiling: ItemTemplate = {
  code: '430100-ZJHB-006',
  name: '房屋建筑和市政基础设施工程竣工验收备案',
  departmentCode: 'zjhb',
  kind: '备案',
  basis: [
    '《建设工程质量管理条例》（国务院令第279号）第十六条、第四十九条',
    '《房屋建筑和市政基础设施工程竣工验收备案管理办法》（建设部令第78号，根据住房和城乡建设部令第2号修正）第四条、第五条、第七条',
    '《房屋建筑和市政基础设施工程竣工验收规定》（建质〔2013〕171号）',
  ],
  timeLimit: { legal: 15, promised: 3 },
  fee: '不收费',
  conditions:
    '工程已按设计和合同完成全部内容，建设单位已组织勘察、设计、施工、监理等单位竣工验收合格；' +
    '规划、消防、人防等依法需出具认可文件或准许使用文件的已取得；建设单位自竣工验收合格之日起 15 日内申请备案。',
  form: {
    schema: {
      type: 'object',
      title: '房屋建筑和市政基础设施工程竣工验收备案表',
      required: ['jsdw', 'gcgk', 'cjdw', 'ysyj'],
      properties: {
        jsdw: {
          type: 'object',
          title: '建设单位',
          required: ['dwmc', 'xydm', 'fddbr', 'xmfzr', 'lxr', 'lxdh'],
          properties: {
            dwmc: {
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
        gcgk: {
          type: 'object',
          title: '工程概况',
          required: [
            'gcmc',
            'gcdd',
            'jzmj',
            'jglx',
            'dscs',
            'gcyt',
            'kgrq',
            'jgysrq',
            'sgxkzh',
            'sctsbh',
            'zljdjg',
          ],
          properties: {
            gcmc: {
              type: 'string',
              title: '工程名称',
              maxLength: 100,
              'x-element': 'building.name',
            },
            gcdd: {
              type: 'string',
              title: '工程地点',
              maxLength: 200,
              'x-element': 'project.location',
            },
            jzmj: {
              type: 'number',
              title: '建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.floorArea',
            },
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
              description: '多栋不同结构的，填写主要结构类型',
              'x-element': 'building.structure',
            },
            dscs: {
              type: 'integer',
              title: '地上层数',
              minimum: 0,
              'x-unit': '层',
              'x-element': 'building.floorsAbove',
            },
            dxcs: {
              type: 'integer',
              title: '地下层数',
              minimum: 0,
              'x-unit': '层',
              'x-element': 'building.floorsBelow',
            },
            gcyt: {
              type: 'string',
              title: '工程用途',
              maxLength: 50,
              'x-element': 'building.usage',
            },
            gczj: {
              type: 'number',
              title: '工程造价（万元）',
              minimum: 0,
              'x-money': '万元',
              description: '竣工结算造价',
            },
            kgrq: {
              type: 'string',
              title: '开工日期',
              format: 'date',
              description: '实际开工日期',
              'x-element': 'building.actualStartDate',
            },
            jgysrq: {
              type: 'string',
              title: '竣工验收日期',
              format: 'date',
              'x-element': 'building.completionDate',
            },
            sgxkzh: {
              type: 'string',
              title: '施工许可证号',
              maxLength: 50,
              'x-element': 'certificate.constructionPermitNo',
            },
            sctsbh: {
              type: 'string',
              title: '施工图审查合格书编号',
              maxLength: 50,
              'x-element': 'certificate.drawingReviewNo',
            },
            zljdjg: {
              type: 'string',
              title: '工程质量监督机构',
              maxLength: 100,
            },
          },
        },
        cjdw: {
          type: 'object',
          title: '参建单位',
          required: ['kcdw', 'sjdw', 'sgdw'],
          properties: {
            kcdw: {
              type: 'string',
              title: '勘察单位',
              maxLength: 100,
              'x-element': 'parties.surveyName',
            },
            sjdw: {
              type: 'string',
              title: '设计单位',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
            sgdw: {
              type: 'string',
              title: '施工单位',
              maxLength: 100,
              'x-element': 'parties.constructorName',
            },
            jldw: {
              type: 'string',
              title: '监理单位',
              maxLength: 100,
              'x-element': 'parties.supervisorName',
            },
          },
        },
        ysyj: {
          type: 'object',
          title: '竣工验收',
          required: ['ysjl', 'sfzz'],
          properties: {
            ysjl: {
              type: 'string',
              title: '竣工验收意见',
              maxLength: 2000,
            },
            sfzz: {
              type: 'boolean',
              title: '是否住宅工程',
            },
          },
        },
      },
    },
    uiSchema: {
      jsdw: { lxdh: { 'ui:placeholder': '11 位手机号码' } },
      gcgk: {
        gcyt: { 'ui:placeholder': '如：住宅、办公、厂房' },
        zljdjg: { 'ui:placeholder': '如：湖南湘江新区建设工程质量安全监督站' },
      },
      ysyj: {
        ysjl: {
          'ui:widget': 'textarea',
          'ui:options': { rows: 4 },
          'ui:help': '摘录工程竣工验收报告的验收结论',
        },
        sfzz: { 'ui:widget': 'radio' },
      },
    },
  },
  materials: [
    {
      key: 'completion-filing-form',
      name: '房屋建筑和市政基础设施工程竣工验收备案表',
      form: 'original',
      copies: 2,
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
      note: '含施工许可证号、施工图审查意见、各方签署的质量合格文件、验收人员签署的竣工验收原始文件',
    },
    {
      key: 'planning-verification-opinion',
      name: '建设工程规划条件核实意见',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '国土规划局出具（联合验收内部共享）',
    },
    {
      key: 'fire-acceptance-opinion',
      name: '特殊建设工程消防验收意见书或其他建设工程消防验收备案凭证',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '住建环保局出具（联合验收内部共享）',
    },
    {
      key: 'quality-warranty',
      name: '施工单位签署的工程质量保修书',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '施工单位出具',
    },
    {
      key: 'housing-quality-guarantee',
      name: '《住宅质量保证书》和《住宅使用说明书》',
      form: 'original',
      copies: 1,
      requirement: 'conditional',
      source: '建设单位编制',
      note: '商品住宅工程提交',
    },
    {
      key: 'quality-supervision-report',
      name: '工程质量监督报告',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '工程质量监督机构出具',
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
