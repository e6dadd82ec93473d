import type { MergedMaterial } from '../types'
import type { TailorInput, TailorMappingEntry } from './types'

/**
 * A realistic merged bundle for tests (企业投资项目开工前审批): 备案 applies to enterprise
 * investment, 规划许可 always, 人防 only when 是否涉及人防 = 是; the 政府投资 section and the
 * 可研批复 material only for government investment, 专项债券 material only with bond funding.
 */
export const FG = 'FG-BA-001'
export const GT = 'GT-XK-002'
export const ZJ = 'ZJ-RF-003'

const text = (title: string, extra: Record<string, unknown> = {}) => ({
  type: 'string',
  title,
  ...extra,
})

const m = (item: string, path: string, merged: string, required = false): TailorMappingEntry =>
  required ? { item, path, merged, required: true } : { item, path, merged }

const material = (
  key: string,
  name: string,
  items: string[],
  requirement: MergedMaterial['requirement'] = 'required',
): MergedMaterial => ({ key, name, items, requirement, form: 'copy', copies: 1, exempt: false })

export const bundleFixture = (): TailorInput => ({
  schema: {
    type: 'object',
    properties: {
      applicant: {
        type: 'object',
        title: '申请单位',
        properties: {
          name: text('单位名称', { maxLength: 100 }),
          uscc: text('统一社会信用代码', { format: 'uscc' }),
          legalPerson: text('法定代表人'),
          contact: {
            type: 'object',
            title: '联系人',
            properties: {
              name: text('联系人姓名'),
              phone: text('联系电话', { format: 'cn-mobile' }),
            },
            required: ['name', 'phone'],
          },
        },
        required: ['name', 'uscc', 'legalPerson', 'contact'],
      },
      project: {
        type: 'object',
        title: '项目信息',
        properties: {
          name: text('项目名称'),
          code: text('项目代码'),
          address: text('建设地点'),
          landArea: { type: 'number', title: '用地面积（平方米）', minimum: 0 },
          buildingArea: { type: 'number', title: '总建筑面积（平方米）', minimum: 0 },
          investment: { type: 'number', title: '总投资（万元）', minimum: 0 },
        },
        required: ['name', 'code', 'address', 'landArea', 'buildingArea', 'investment'],
      },
      government: {
        type: 'object',
        title: '政府投资信息',
        properties: { approvalNo: text('可行性研究报告批复文号') },
      },
      [`item_${FG}`]: {
        type: 'object',
        title: '企业投资项目备案（经济发展局）',
        properties: {
          industry: text('所属行业', { enum: ['制造业', '服务业', '其他'] }),
          capacity: text('建设规模及内容'),
        },
        required: ['industry', 'capacity'],
      },
      [`item_${GT}`]: {
        type: 'object',
        title: '建设用地规划许可（国土规划局）',
        properties: {
          landUse: text('用地性质', { enum: ['工业用地', '商业用地', '居住用地'] }),
          parcels: {
            type: 'array',
            title: '宗地信息',
            items: {
              type: 'object',
              properties: {
                parcelNo: text('宗地号'),
                area: { type: 'number', title: '面积（平方米）' },
              },
              required: ['parcelNo'],
            },
          },
        },
        required: ['landUse'],
      },
      [`item_${ZJ}`]: {
        type: 'object',
        title: '结合民用建筑修建防空地下室审批（住建环保局）',
        properties: {
          shelterArea: { type: 'number', title: '防空地下室面积（平方米）' },
          shelterClass: text('防护等级', { enum: ['核5级', '核6级', '常6级'] }),
          design: {
            type: 'object',
            title: '设计单位',
            properties: { unit: text('设计单位名称'), certNo: text('资质证书编号') },
            required: ['unit'],
          },
        },
        required: ['shelterArea'],
      },
    },
    required: ['applicant', 'project', `item_${FG}`, `item_${GT}`, `item_${ZJ}`],
  },
  uiSchema: {
    'ui:order': ['applicant', 'project', 'government', `item_${FG}`, `item_${GT}`, `item_${ZJ}`],
    applicant: {
      'ui:order': ['name', 'uscc', 'legalPerson', 'contact'],
      contact: { 'ui:order': ['name', 'phone'], phone: { 'ui:placeholder': '11 位手机号' } },
    },
    project: { 'ui:order': ['name', 'code', '*'], investment: { 'ui:help': '单位：万元' } },
    [`item_${FG}`]: { capacity: { 'ui:widget': 'textarea' } },
    [`item_${GT}`]: { parcels: { items: { 'ui:order': ['parcelNo', 'area'] } } },
    [`item_${ZJ}`]: { 'ui:order': ['shelterArea', 'shelterClass', 'design', '*'] },
  },
  mapping: [
    m(FG, 'unit.name', 'applicant.name', true),
    m(FG, 'unit.uscc', 'applicant.uscc', true),
    m(FG, 'unit.legalPerson', 'applicant.legalPerson', true),
    m(FG, 'unit.phone', 'applicant.contact.phone'),
    m(FG, 'project.name', 'project.name', true),
    m(FG, 'project.code', 'project.code', true),
    m(FG, 'project.place', 'project.address'),
    m(FG, 'project.total', 'project.investment', true),
    m(FG, 'industry', `item_${FG}.industry`, true),
    m(FG, 'capacity', `item_${FG}.capacity`, true),
    m(GT, 'applicant.name', 'applicant.name', true),
    m(GT, 'applicant.creditCode', 'applicant.uscc', true),
    m(GT, 'projectName', 'project.name', true),
    m(GT, 'projectCode', 'project.code', true),
    m(GT, 'site', 'project.address', true),
    m(GT, 'landArea', 'project.landArea', true),
    m(GT, 'floorArea', 'project.buildingArea'),
    m(GT, 'approvalNo', 'government.approvalNo'),
    m(GT, 'landUse', `item_${GT}.landUse`, true),
    m(GT, 'parcels[].parcelNo', `item_${GT}.parcels[].parcelNo`, true),
    m(GT, 'parcels[].area', `item_${GT}.parcels[].area`),
    m(ZJ, 'builder.name', 'applicant.name', true),
    m(ZJ, 'builder.uscc', 'applicant.uscc', true),
    m(ZJ, 'builder.contact', 'applicant.contact.name', true),
    m(ZJ, 'builder.mobile', 'applicant.contact.phone', true),
    m(ZJ, 'project.name', 'project.name', true),
    m(ZJ, 'project.address', 'project.address', true),
    m(ZJ, 'project.area', 'project.buildingArea', true),
    m(ZJ, 'shelterArea', `item_${ZJ}.shelterArea`, true),
    m(ZJ, 'shelterClass', `item_${ZJ}.shelterClass`),
    m(ZJ, 'design.unit', `item_${ZJ}.design.unit`, true),
    m(ZJ, 'design.certNo', `item_${ZJ}.design.certNo`),
  ],
  materials: [
    material('business-license', '营业执照', [FG, GT, ZJ]),
    material('record-form', '企业投资项目备案申请表', [FG]),
    material('red-line-map', '建设项目用地红线图', [GT]),
    material('feasibility-approval', '可行性研究报告批复', [GT], 'conditional'),
    material('bond-plan', '专项债券资金安排文件', [GT], 'conditional'),
    material('shelter-drawings', '防空地下室施工图设计文件', [ZJ]),
  ],
  situations: [
    {
      id: 'invest',
      title: '是否政府投资项目',
      kind: 'single',
      options: [
        { value: 'government', label: '政府投资' },
        { value: 'enterprise', label: '企业投资' },
      ],
    },
    {
      id: 'funding',
      title: '资金来源',
      kind: 'multiple',
      options: [
        { value: 'central', label: '中央预算内资金' },
        { value: 'local', label: '地方财政资金' },
        { value: 'bond', label: '专项债券' },
      ],
      when: { q: 'invest', eq: 'government' },
    },
    {
      id: 'civilDefense',
      title: '是否涉及人防',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
    },
  ],
  rules: [
    { target: { type: 'item', id: FG }, when: { q: 'invest', eq: 'enterprise' } },
    { target: { type: 'item', id: ZJ }, when: { q: 'civilDefense', eq: 'yes' } },
    { target: { type: 'section', id: 'government' }, when: { q: 'invest', eq: 'government' } },
    {
      target: { type: 'material', id: 'feasibility-approval' },
      when: { q: 'invest', eq: 'government' },
    },
    { target: { type: 'material', id: 'bond-plan' }, when: { q: 'funding', eq: 'bond' } },
  ],
  items: [
    { code: FG, name: '企业投资项目备案', department: '经济发展局', version: 3 },
    { code: GT, name: '建设用地规划许可', department: '国土规划局', version: 2 },
    { code: ZJ, name: '结合民用建筑修建防空地下室审批', department: '住建环保局', version: 1 },
  ],
})
