/**
 * Three construction-stage items (施工许可, 消防设计审查, 人防审批) for a golden test: tables and an
 * object bound as a whole, nested common paths (`project.site.*`) reached from different nesting,
 * `definitions` refs, an opaque field, integer ∩ number, enum and length intersections.
 */
import type { Binding, Item, JsonSchema, Material } from '../../types'

const item = (
  code: string,
  name: string,
  department: string,
  schema: JsonSchema,
  materials: Material[] = [],
): Item => ({
  code,
  name,
  department,
  kind: '行政许可',
  basis: [],
  timeLimit: { legal: 15, promised: 5 },
  fee: '不收费',
  conditions: '',
  form: { schema, uiSchema: {} },
  materials,
})

export const construction = item('JS-003', '建筑工程施工许可证核发', '住房和城乡建设局', {
  type: 'object',
  required: ['project', 'units'],
  definitions: {
    unit: {
      type: 'object',
      required: ['name', 'role'],
      properties: {
        name: { type: 'string', title: '单位名称', maxLength: 80 },
        role: { type: 'string', title: '单位类型', enum: ['设计', '施工', '监理'] },
        manager: { type: 'string', title: '项目负责人' },
      },
    },
  },
  properties: {
    project: {
      type: 'object',
      title: '工程信息',
      required: ['name', 'floors'],
      properties: {
        name: { type: 'string', title: '工程名称', maxLength: 120, 'x-element': 'project.name' },
        floors: {
          type: 'integer',
          title: '地上层数',
          minimum: 1,
          maximum: 100,
          'x-element': 'project.floors',
        },
        city: { type: 'string', title: '所在城市', 'x-element': 'project.site.city' },
      },
    },
    units: {
      type: 'array',
      title: '参建单位',
      minItems: 1,
      items: { $ref: '#/definitions/unit' },
      'x-element': 'project.units',
    },
    contractPrice: { type: 'number', title: '合同价格（万元）', minimum: 0 },
  },
})

export const fireReview = item(
  'XF-004',
  '特殊建设工程消防设计审查',
  '消防救援支队',
  {
    type: 'object',
    required: ['xmmc', 'cs', 'dwmc'],
    properties: {
      dwmc: { type: 'string', title: '建设单位名称', maxLength: 80, 'x-element': 'applicant.name' },
      xmmc: { type: 'string', title: '项目名称', 'x-element': 'project.name' },
      cs: { type: 'number', title: '地上层数', 'x-element': 'project.floors' },
      yb: { type: 'string', title: '邮政编码', format: 'cn-postcode' },
      cjdw: {
        type: 'array',
        title: '参建单位',
        items: {
          type: 'object',
          required: ['name'],
          properties: {
            name: { type: 'string', title: '名称' },
            role: { type: 'string', title: '类型', enum: ['施工', '监理'] },
            cert: { type: 'string', title: '资质证书编号' },
          },
        },
        'x-element': 'project.units',
      },
      jzfl: {
        title: '建筑分类',
        oneOf: [
          { const: '一类高层', title: '一类高层' },
          { const: '二类高层', title: '二类高层' },
          { const: '多层', title: '多层' },
        ],
      },
      wtr: {
        type: 'object',
        title: '委托代理人',
        properties: { name: { type: 'string', title: '姓名', maxLength: 20 } },
      },
    },
  },
  [
    {
      key: 'business-license',
      name: '营业执照',
      form: 'copy',
      copies: 1,
      requirement: 'required',
      eLicense: '营业执照',
    },
    { name: '消防设计文件', form: 'electronic', copies: 0, requirement: 'required' },
  ],
)

export const civilDefense = item(
  'RF-005',
  '人防工程建设审批',
  '人民防空办公室',
  {
    type: 'object',
    required: ['site'],
    properties: {
      site: {
        type: 'object',
        title: '项目位置',
        required: ['city'],
        properties: {
          city: { type: 'string', title: '城市', maxLength: 30, 'x-element': 'project.site.city' },
          district: { type: 'string', title: '区县' },
          postcode: { type: 'string', title: '邮编', 'x-element': 'project.site.postcode' },
        },
      },
      floors: { type: 'integer', title: '层数', minimum: 2, 'x-element': 'project.floors' },
      rfmj: { type: 'number', title: '人防面积（平方米）', minimum: 0 },
      agent: {
        type: 'object',
        title: '委托代理人',
        required: ['name', 'mobile'],
        properties: {
          name: { type: 'string', title: '姓名' },
          mobile: { type: 'string', title: '手机', format: 'cn-mobile' },
        },
        'x-element': 'agent.info',
      },
    },
  },
  [
    { name: '营业执照 ', form: 'copy', copies: 2, requirement: 'tolerated' },
    { name: '人防工程设计文件', form: 'original', copies: 1, requirement: 'conditional' },
  ],
)

export const buildBindings: Binding[] = [
  { item: 'XF-004', path: 'yb', element: 'project.site.postcode' },
  { item: 'XF-004', path: 'wtr', element: 'agent.info' },
]
