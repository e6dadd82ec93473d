import type { ItemTemplate } from '../../types'

/**
 * 建设工程规划许可证核发 (国土规划局). The form follows the 建设工程规划许可申请表 that Hunan's
 * natural resources and planning departments publish (建设单位, 项目名称, 建设位置, 用地与不动产
 * 权属证明, 总体技术经济指标, 单体建筑一览) and the 建设工程规划许可证 template of
 * 自然资规〔2019〕2号 (建设单位、建设项目名称、建设位置、建设规模、附图及附件名称).
 */
export const buildingPlanningPermit: ItemTemplate = {
  code: '430100-GTGH-003',
  name: '建设工程规划许可证核发',
  departmentCode: 'gtgh',
  kind: '行政许可',
  basis: [
    '《中华人民共和国城乡规划法》第四十条',
    '《湖南省实施〈中华人民共和国城乡规划法〉办法》',
    '《自然资源部关于以“多规合一”为基础推进规划用地“多审合一、多证合一”改革的通知》（自然资规〔2019〕2号）',
  ],
  timeLimit: { legal: 20, promised: 7 },
  fee: '不收费',
  conditions:
    '已取得建设用地规划许可证和土地权属证明；建设工程设计方案符合控制性详细规划、规划条件和' +
    '国家及地方技术规定；设计单位具有相应资质；涉及人防、绿化等专项审查的，按并联审批要求同步办理。',
  form: {
    schema: {
      type: 'object',
      title: '建设工程规划许可申请表',
      required: ['applicant', 'project', 'indicators', 'buildings'],
      properties: {
        applicant: {
          type: 'object',
          title: '建设单位',
          required: [
            'builderName',
            'creditCode',
            'legalRepresentative',
            'contactPerson',
            'contactMobile',
          ],
          properties: {
            builderName: {
              type: 'string',
              title: '建设单位（个人）',
              maxLength: 100,
              'x-element': 'applicant.name',
            },
            creditCode: {
              type: 'string',
              title: '统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'applicant.uscc',
            },
            legalRepresentative: {
              type: 'string',
              title: '法定代表人',
              maxLength: 50,
              'x-element': 'legalRep.name',
            },
            contactPerson: {
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
            mailingAddress: {
              type: 'string',
              title: '通讯地址',
              maxLength: 200,
              'x-element': 'contact.address',
            },
          },
        },
        project: {
          type: 'object',
          title: '项目信息',
          required: [
            'projectName',
            'projectCode',
            'constructionSite',
            'landPlanningPermitNo',
            'realEstateCertNo',
            'designUnit',
          ],
          properties: {
            projectName: {
              type: 'string',
              title: '建设项目名称',
              maxLength: 100,
              'x-element': 'project.name',
            },
            projectCode: {
              type: 'string',
              title: '项目代码',
              format: 'project-code',
              maxLength: 24,
              'x-element': 'project.code',
            },
            constructionSite: {
              type: 'string',
              title: '建设位置',
              maxLength: 200,
              'x-element': 'project.location',
            },
            landPlanningPermitNo: {
              type: 'string',
              title: '建设用地规划许可证编号',
              maxLength: 50,
              'x-element': 'land.planningPermitNo',
            },
            realEstateCertNo: {
              type: 'string',
              title: '不动产权证书号',
              maxLength: 50,
              description: '尚未办理不动产登记的，填写土地出让合同或划拨决定书编号并在备注中说明',
              'x-element': 'certificate.realEstateNo',
            },
            designUnit: {
              type: 'string',
              title: '设计单位',
              maxLength: 100,
              'x-element': 'parties.designName',
            },
            designUnitCode: {
              type: 'string',
              title: '设计单位统一社会信用代码',
              format: 'uscc',
              maxLength: 18,
              'x-element': 'parties.designUscc',
            },
          },
        },
        indicators: {
          type: 'object',
          title: '总体技术经济指标',
          required: [
            'landArea',
            'totalFloorArea',
            'aboveGroundArea',
            'undergroundArea',
            'plotRatio',
          ],
          properties: {
            landArea: {
              type: 'number',
              title: '总用地面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'land.area',
            },
            totalFloorArea: {
              type: 'number',
              title: '总建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.floorArea',
            },
            aboveGroundArea: {
              type: 'number',
              title: '地上建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.aboveGroundArea',
            },
            undergroundArea: {
              type: 'number',
              title: '地下建筑面积（平方米）',
              minimum: 0,
              'x-unit': '平方米',
              'x-element': 'building.undergroundArea',
            },
            plotRatio: {
              type: 'number',
              title: '容积率',
              minimum: 0,
              'x-element': 'land.plotRatio',
            },
            buildingDensity: {
              type: 'number',
              title: '建筑密度（%）',
              minimum: 0,
              maximum: 100,
              'x-unit': '%',
              'x-element': 'land.buildingDensity',
            },
            greenRatio: {
              type: 'number',
              title: '绿地率（%）',
              minimum: 0,
              maximum: 100,
              'x-unit': '%',
              'x-element': 'land.greeningRate',
            },
            parkingSpaces: {
              type: 'integer',
              title: '机动车停车位（个）',
              minimum: 0,
              'x-unit': '个',
            },
          },
        },
        buildings: {
          type: 'array',
          title: '单体建筑一览表',
          minItems: 1,
          items: {
            type: 'object',
            required: ['buildingNo', 'usage', 'floorArea', 'floorsAbove', 'height'],
            properties: {
              buildingNo: { type: 'string', title: '楼栋号（名称）', maxLength: 50 },
              usage: { type: 'string', title: '使用性质', maxLength: 50 },
              floorArea: {
                type: 'number',
                title: '建筑面积（平方米）',
                minimum: 0,
                'x-unit': '平方米',
              },
              floorsAbove: { type: 'integer', title: '地上层数', minimum: 0, 'x-unit': '层' },
              floorsBelow: { type: 'integer', title: '地下层数', minimum: 0, 'x-unit': '层' },
              height: { type: 'number', title: '建筑高度（米）', minimum: 0, 'x-unit': '米' },
            },
          },
        },
        attachmentList: {
          type: 'string',
          title: '附图及附件名称',
          maxLength: 1000,
          description: '列明总平面图、各层平面图、立面图、剖面图等附图名称',
        },
      },
    },
    uiSchema: {
      applicant: {
        contactMobile: { 'ui:placeholder': '11 位手机号码' },
      },
      project: {
        designUnit: { 'ui:help': '承担建设工程设计方案的设计单位' },
      },
      indicators: {
        plotRatio: { 'ui:help': '计容建筑面积 ÷ 总用地面积，保留两位小数' },
      },
      buildings: {
        'ui:options': { orderable: false },
        items: { usage: { 'ui:placeholder': '如：住宅、商业、办公' } },
      },
      attachmentList: { 'ui:widget': 'textarea' },
    },
  },
  materials: [
    {
      key: 'building-planning-application',
      name: '建设工程规划许可申请表',
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
      note: '尚未办理的，提交出让合同或划拨决定书',
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
      key: 'design-scheme',
      name: '建设工程设计方案（总平面图、各层平面图、立面图、剖面图及电子报批文件）',
      form: 'original',
      copies: 2,
      requirement: 'required',
      source: '设计单位编制',
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
