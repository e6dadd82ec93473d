/** The fields, names and materials `generateItems` draws from (realistic Chinese government forms). */
import type { JsonSchema, Material } from '../types'

export type Bound = { id: string; titles: string[]; keys: string[]; schema: JsonSchema }
export type Free = { key: string; title: string; schema: JsonSchema; leaves: number }

const str = (maxLength: number): JsonSchema => ({ type: 'string', maxLength })
const fmt = (format: string): JsonSchema => ({ type: 'string', format })
const num: JsonSchema = { type: 'number', minimum: 0 }
const int: JsonSchema = { type: 'integer', minimum: 0 }

export const BOUND: Bound[] = [
  {
    id: 'applicant.name',
    titles: ['单位名称', '申请单位名称', '建设单位名称'],
    keys: ['dwmc', 'applicantName', 'jsdwmc'],
    schema: str(100),
  },
  {
    id: 'applicant.uscc',
    titles: ['统一社会信用代码', '社会信用代码'],
    keys: ['tyshxydm', 'creditCode', 'uscc'],
    schema: fmt('uscc'),
  },
  {
    id: 'applicant.address',
    titles: ['注册地址', '住所'],
    keys: ['zcdz', 'regAddress'],
    schema: str(200),
  },
  {
    id: 'legalRep.name',
    titles: ['法定代表人', '法定代表人姓名'],
    keys: ['fddbr', 'legalRep'],
    schema: str(50),
  },
  {
    id: 'legalRep.mobile',
    titles: ['法定代表人手机', '法定代表人手机号码'],
    keys: ['fddbrsj', 'legalRepMobile'],
    schema: fmt('cn-mobile'),
  },
  {
    id: 'contact.name',
    titles: ['联系人', '联系人姓名'],
    keys: ['lxr', 'contactName'],
    schema: str(50),
  },
  {
    id: 'contact.mobile',
    titles: ['联系人手机', '联系人手机号码'],
    keys: ['lxrsj', 'contactMobile'],
    schema: fmt('cn-mobile'),
  },
  {
    id: 'contact.phone',
    titles: ['联系电话', '联系人电话'],
    keys: ['lxdh', 'contactPhone'],
    schema: fmt('cn-phone'),
  },
  {
    id: 'contact.email',
    titles: ['电子邮箱', '邮箱'],
    keys: ['dzyx', 'email'],
    schema: fmt('email'),
  },
  {
    id: 'contact.postcode',
    titles: ['邮政编码', '邮编'],
    keys: ['yzbm', 'postcode'],
    schema: fmt('cn-postcode'),
  },
  {
    id: 'project.name',
    titles: ['项目名称', '建设项目名称'],
    keys: ['xmmc', 'projectName'],
    schema: str(100),
  },
  {
    id: 'project.code',
    titles: ['项目代码', '投资项目统一代码'],
    keys: ['xmdm', 'projectCode'],
    schema: fmt('project-code'),
  },
  {
    id: 'project.location',
    titles: ['建设地点', '项目地址'],
    keys: ['jsdd', 'location'],
    schema: str(200),
  },
  {
    id: 'project.scale',
    titles: ['建设规模及内容', '建设内容'],
    keys: ['jsgm', 'scale'],
    schema: str(2000),
  },
  {
    id: 'project.plannedStartDate',
    titles: ['计划开工日期', '拟开工时间'],
    keys: ['jhkgrq', 'startDate'],
    schema: fmt('date'),
  },
  {
    id: 'project.plannedEndDate',
    titles: ['计划竣工日期', '拟竣工日期'],
    keys: ['jhjgrq', 'endDate'],
    schema: fmt('date'),
  },
  {
    id: 'investment.total',
    titles: ['总投资（万元）', '项目总投资'],
    keys: ['ztz', 'totalInvestment'],
    schema: num,
  },
  {
    id: 'land.area',
    titles: ['用地面积（平方米）', '用地面积'],
    keys: ['ydmj', 'landArea'],
    schema: num,
  },
  {
    id: 'building.floorArea',
    titles: ['总建筑面积（平方米）', '总建筑面积'],
    keys: ['zjzmj', 'floorArea'],
    schema: num,
  },
  {
    id: 'building.height',
    titles: ['建筑高度（米）', '建筑高度'],
    keys: ['jzgd', 'height'],
    schema: num,
  },
  { id: 'building.floorsAbove', titles: ['地上层数'], keys: ['dscs', 'floorsAbove'], schema: int },
  {
    id: 'application.date',
    titles: ['申请日期', '填报日期'],
    keys: ['sqrq', 'applyDate'],
    schema: fmt('date'),
  },
]

const leaf = (key: string, title: string, schema: JsonSchema): Free => ({
  key,
  title,
  schema: { ...schema, title },
  leaves: 1,
})
const choice = (values: string[]): JsonSchema => ({ type: 'string', enum: values })

export const FREE: Free[] = [
  leaf('scyj', '审查意见', str(500)),
  leaf('bz', '备注', str(500)),
  leaf('sqly', '申请理由', str(1000)),
  leaf('rfdj', '人防工程防护等级', choice(['甲类', '乙类'])),
  leaf('kzld', '抗震设防烈度', choice(['6 度', '7 度', '8 度', '9 度'])),
  leaf('psqx', '排水去向', choice(['市政管网', '自然水体', '其他'])),
  leaf('sfwb', '是否涉及文物保护', { type: 'boolean' }),
  leaf('tcw', '机动车停车位（个）', int),
  leaf('lhmj', '绿化面积（平方米）', num),
  leaf('ysl', '日用水量（吨）', num),
  leaf('ydfh', '用电负荷（千瓦）', num),
  leaf('hbss', '环保设施运行情况', str(1000)),
  leaf('xfss', '消防设施配置', str(1000)),
  leaf('jzjn', '建筑节能标准', choice(['65%', '75%', '近零能耗'])),
  leaf('wscl', '污水处理方式', str(200)),
  leaf('zgrs', '职工人数', int),
  leaf('ghtj', '规划条件编号', str(50)),
  leaf('dtmj', '地下室面积（平方米）', num),
  {
    key: 'sizhi',
    title: '用地四至',
    leaves: 4,
    schema: {
      type: 'object',
      title: '用地四至',
      required: ['east', 'west'],
      properties: {
        east: { type: 'string', title: '东至', maxLength: 100 },
        south: { type: 'string', title: '南至', maxLength: 100 },
        west: { type: 'string', title: '西至', maxLength: 100 },
        north: { type: 'string', title: '北至', maxLength: 100 },
      },
    },
  },
  {
    key: 'cjdw',
    title: '参建单位',
    leaves: 3,
    schema: {
      type: 'array',
      title: '参建单位',
      maxItems: 10,
      items: {
        type: 'object',
        required: ['dwmc'],
        properties: {
          dwmc: { type: 'string', title: '单位名称', maxLength: 100 },
          dwlx: choice(['勘察', '设计', '施工', '监理']),
          fzr: { type: 'string', title: '项目负责人', maxLength: 50 },
        },
      },
    },
  },
  {
    key: 'sbqd',
    title: '主要设备清单',
    leaves: 3,
    schema: {
      type: 'array',
      title: '主要设备清单',
      items: {
        type: 'object',
        properties: {
          mc: { type: 'string', title: '设备名称', maxLength: 100 },
          sl: { type: 'integer', title: '数量', minimum: 1 },
          dj: { type: 'number', title: '单价（万元）', minimum: 0 },
        },
      },
    },
  },
]

export const DEPARTMENTS = [
  '发展和改革局',
  '自然资源和规划局',
  '住房和城乡建设局',
  '生态环境局',
  '市场监督管理局',
  '人民防空办公室',
  '消防救援支队',
  '水务局',
]
export const ITEM_NAMES = [
  '企业投资项目备案',
  '建设用地规划许可证核发',
  '建设工程规划许可证核发',
  '建筑工程施工许可证核发',
  '环境影响评价文件审批',
  '人防工程建设审批',
  '特殊建设工程消防设计审查',
  '水土保持方案审批',
  '城镇污水排入排水管网许可',
  '建设工程竣工验收备案',
]

export const MATERIALS: Material[] = [
  {
    key: 'business-license',
    name: '营业执照',
    form: 'copy',
    copies: 1,
    requirement: 'required',
    eLicense: '营业执照',
  },
  { key: 'filing-proof', name: '项目备案证明', form: 'copy', copies: 1, requirement: 'required' },
  { name: '授权委托书', form: 'original', copies: 1, requirement: 'conditional' },
  { name: '建设工程设计方案（总平面图）', form: 'original', copies: 2, requirement: 'required' },
  {
    name: '不动产权证书',
    form: 'copy',
    copies: 1,
    requirement: 'required',
    eLicense: '不动产权证书',
  },
  { name: '施工图设计文件审查合格书', form: 'electronic', copies: 0, requirement: 'tolerated' },
]
