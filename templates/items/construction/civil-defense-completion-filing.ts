import type { ItemTemplate } from '../../types'

/**
 * 人民防空工程竣工验收备案 (住建环保局, which carries the 人民防空 functions in the new area). The
 * form follows the 人防工程竣工验收备案表 used by provincial civil air defence offices: 建设单位, 项目与
 * 人防工程名称, 人防报建审批文号, 人防工程建筑面积, 防护类别与抗力级别, 战时与平时用途, 施工、
 * 监理与防护设备单位, 人防工程竣工验收日期, 质量监督机构.
 *
 * 人防工程名称, its 建筑面积 and its own 竣工验收日期 are those of the shelter, not of the whole
 * works, and stay unbound. The department left 建设单位联系人 unbound; the lead department binds it.
 */
export const civilDefenseCompletionFiling: ItemTemplate = {
  code: '430100-ZJHB-009',
  name: '人民防空工程竣工验收备案',
  departmentCode: 'zjhb',
  kind: '备案',
  basis: [
    '《中华人民共和国人民防空法》第二十二条',
    '《建设工程质量管理条例》（国务院令第279号）第四十九条',
    '《人民防空工程建设管理规定》（国人防办字〔2003〕18号）',
    '《湖南省实施〈中华人民共和国人民防空法〉办法》',
  ],
  timeLimit: { legal: 15, promised: 3 },
  fee: '不收费',
  conditions:
    '结合民用建筑修建的防空地下室已按审批的设计文件建成；建设单位已组织人防工程竣工验收合格，' +
    '防护设备经质量检测合格；建设单位自竣工验收合格之日起 15 日内申请备案。',
  form: {
    schema: {
      type: 'object',
      title: '人民防空工程竣工验收备案表',
      required: ['jsdw', 'rfgc', 'cjdw'],
      properties: {
        jsdw: {
          type: 'object',
          title: '建设单位',
          required: ['dwmc', 'dwdm', 'fzr', 'jsdwlxr', 'lxsj'],
          properties: {
            dwmc: {
              type: 'string',
              title: '建设单位名称',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            dwdm: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            fzr: {
              type: 'string',
              title: '法定代表人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            jsdwlxr: {
              type: 'string',
              title: '建设单位联系人',
              maxLength: 50,
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
        rfgc: {
          type: 'object',
          title: '人防工程',
          required: [
            'xmmc',
            'gcdz',
            'rfgcmc',
            'bjwh',
            'rfmj',
            'fhlb',
            'kljb',
            'zsyt',
            'ysrq',
            'zljd',
          ],
          properties: {
            xmmc: {
              type: 'string',
              title: '项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            gcdz: {
              type: 'string',
              title: '工程地址',
              maxLength: 200,
              'x-element': 'project.location',
            },
            rfgcmc: {
              type: 'string',
              title: '人防工程名称',
              maxLength: 100,
              description: '如“××小区 2# 地下室防空地下室”，不是整个工程的名称',
            },
            bjwh: {
              type: 'string',
              title: '人防报建审批文号',
              maxLength: 50,
            },
            rfmj: {
              type: 'number',
              title: '人防工程建筑面积（平方米）',
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
            ysrq: {
              type: 'string',
              title: '人防工程竣工验收日期',
              format: 'date',
            },
            zljd: {
              type: 'string',
              title: '人防工程质量监督机构',
              maxLength: 100,
            },
          },
        },
        cjdw: {
          type: 'object',
          title: '参建单位',
          required: ['sgdw', 'fhsb'],
          properties: {
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
            fhsb: {
              type: 'string',
              title: '防护设备生产安装单位',
              maxLength: 100,
            },
          },
        },
      },
    },
    uiSchema: {
      jsdw: { lxsj: { 'ui:placeholder': '11 位手机号码' } },
      rfgc: {
        fhlb: { 'ui:widget': 'radio' },
        bjwh: { 'ui:help': '结合民用建筑修建防空地下室审批的批准文号' },
        psyt: { 'ui:placeholder': '如：地下汽车库' },
      },
    },
  },
  materials: [
    {
      key: 'civil-defense-filing-form',
      name: '人民防空工程竣工验收备案表',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '申请人填写（部门提供样表）',
    },
    {
      key: 'civil-defense-acceptance-report',
      name: '人民防空工程竣工验收报告',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '建设单位组织编制',
    },
    {
      key: 'protective-equipment-test',
      name: '人防防护设备质量检测报告',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      source: '人防防护设备检测机构出具',
    },
    {
      key: 'civil-defense-as-built-drawings',
      name: '人民防空工程竣工图',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '施工单位编制',
    },
    {
      key: 'civil-defense-quality-report',
      name: '人民防空工程质量监督报告',
      form: 'original',
      copies: 1,
      requirement: 'required',
      source: '人防工程质量监督机构出具',
    },
  ],
}
