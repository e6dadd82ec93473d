/** Realistic member items of two 一件事 for golden tests (the expected outputs are in the tests). */
import type { Binding, Item, JsonSchema, Material, UiSchema } from '../../types'
import { USCC_PATTERN } from './fixture-elements'

const item = (
  code: string,
  name: string,
  department: string,
  schema: JsonSchema,
  uiSchema: UiSchema = {},
  materials: Material[] = [],
): Item => ({
  code,
  name,
  department,
  kind: '行政许可',
  basis: ['《中华人民共和国行政许可法》'],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions: '',
  form: { schema, uiSchema },
  materials,
})

/** 企业投资项目备案 (发改): flat, pinyin keys, bound by its own `x-element`s, one `$ref`. */
export const filing = item(
  '330100-FG-001',
  '企业投资项目备案',
  '发展和改革局',
  {
    type: 'object',
    required: ['dwmc', 'tyshxydm', 'xmmc', 'lxr'],
    $defs: { money: { type: 'number', minimum: 0 } },
    properties: {
      dwmc: { type: 'string', title: '单位名称', maxLength: 100, 'x-element': 'applicant.name' },
      tyshxydm: {
        type: 'string',
        title: '统一社会信用代码',
        pattern: USCC_PATTERN,
        'x-element': 'applicant.uscc',
      },
      xmmc: { type: 'string', title: '项目名称', maxLength: 150, 'x-element': 'project.name' },
      ztz: { $ref: '#/$defs/money', title: '总投资（万元）', 'x-element': 'project.investment' },
      lxr: { type: 'string', title: '联系人', 'x-element': 'contact.name' },
      fddbr: { type: 'string', title: '法定代表人', 'x-element': 'legalRep.name' },
      jsnr: { type: 'string', title: '建设规模及内容', maxLength: 2000 },
    },
  },
  {
    'ui:order': ['xmmc', '*'],
    dwmc: { 'ui:placeholder': '与营业执照一致' },
    jsnr: { 'ui:widget': 'textarea', 'ui:options': { rows: 4 } },
  },
  [
    {
      key: 'business-license',
      name: '营业执照（副本）',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      eLicense: '营业执照',
    },
    { name: '项目备案申请表', form: 'original', copies: 1, requirement: 'required' },
  ],
)

/**
 * 建设用地规划许可证核发 (自然资源): English keys in a nested object bound by the bundle, a look-alike
 * 联系人 that is other data, an optional 委托代理人 group that requires its fields (kept whole), and a
 * table with a bound column (tables stay in their section).
 */
export const landPermit = item(
  '330100-ZR-002',
  '建设用地规划许可证核发',
  '自然资源和规划局',
  {
    type: 'object',
    required: ['applicant', 'landUse', 'parcels'],
    properties: {
      applicant: {
        type: 'object',
        title: '申请单位',
        required: ['name'],
        properties: {
          name: { type: 'string', title: '申请单位名称', maxLength: 60 },
          creditCode: { type: 'string', title: '统一社会信用代码', format: 'uscc' },
          siteContact: { type: 'string', title: '现场联系人', maxLength: 20 },
        },
      },
      projectName: { type: 'string', title: '项目名称', 'x-element': 'project.name' },
      landUse: {
        type: 'string',
        title: '用地性质',
        enum: ['住宅用地', '商业用地', '工业用地'],
        'x-element': 'project.landUse',
      },
      agent: {
        type: 'object',
        title: '委托代理人（委托办理时填写）',
        required: ['name', 'mobile'],
        properties: {
          name: { type: 'string', title: '姓名', 'x-element': 'contact.name' },
          mobile: {
            type: 'string',
            title: '手机',
            format: 'cn-mobile',
            'x-element': 'contact.mobile',
          },
        },
      },
      parcels: {
        type: 'array',
        title: '宗地信息',
        minItems: 1,
        items: {
          type: 'object',
          required: ['parcelNo'],
          properties: {
            parcelNo: { type: 'string', title: '宗地代码', maxLength: 19 },
            owner: { type: 'string', title: '权利人', 'x-element': 'applicant.name' },
          },
        },
      },
    },
  },
  {
    applicant: { name: { 'ui:help': '以营业执照为准' }, siteContact: { 'ui:placeholder': '姓名' } },
    parcels: { items: { parcelNo: { 'ui:placeholder': '19 位宗地代码' } } },
  },
  [
    { name: '营业执照(副本)。', form: 'original', copies: 2, requirement: 'conditional' },
    { name: '授权委托书', form: 'original', copies: 1, requirement: 'tolerated' },
  ],
)

export const landBindings: Binding[] = [
  { item: '330100-ZR-002', path: 'applicant.name', element: 'applicant.name' },
  { item: '330100-ZR-002', path: 'applicant.creditCode', element: 'applicant.uscc' },
]
