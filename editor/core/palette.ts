/**
 * The field palette: what an administrator drags onto the form. Each entry builds one property
 * schema and its uiSchema; `add` turns it into a node whose key follows its title. Dictionary
 * elements are entries too (palette-elements.ts), created already bound.
 */
import type { Form } from '../../runtime/core/types'
import type { PaletteEntry } from './types'

const GROUPS = {
  basic: ['基础字段', 'Basic fields'],
  choice: ['选择', 'Choices'],
  cn: ['证件与编码', 'IDs and codes'],
  layout: ['布局', 'Layout'],
} as const

const entry = (
  id: string,
  label: string,
  labelEn: string,
  group: keyof typeof GROUPS,
  build: () => Form,
): PaletteEntry => ({
  id,
  label,
  labelEn,
  group: GROUPS[group][0],
  groupEn: GROUPS[group][1],
  build,
})

/** The options a new choice field starts with: placeholders until the administrator edits them. */
export const PLACEHOLDER_OPTIONS: readonly string[] = ['选项一', '选项二']

/** A string in one of the runtime's Chinese formats. */
const formatted =
  (title: string, format: string, maxLength: number, ui: Form['uiSchema'] = {}) =>
  () => ({
    schema: { type: 'string', title, format, maxLength },
    uiSchema: ui,
  })

export const palette: PaletteEntry[] = [
  entry('text', '单行文本', 'Single-line text', 'basic', () => ({
    schema: { type: 'string', title: '单行文本', maxLength: 100 },
    uiSchema: {},
  })),
  entry('textarea', '多行文本', 'Multi-line text', 'basic', () => ({
    schema: { type: 'string', title: '多行文本', maxLength: 2000 },
    uiSchema: { 'ui:widget': 'textarea' },
  })),
  entry('number', '数字', 'Number', 'basic', () => ({
    schema: { type: 'number', title: '数字' },
    uiSchema: {},
  })),
  entry('money-yuan', '金额（元）', 'Amount (yuan)', 'basic', () => ({
    schema: { type: 'number', title: '金额（元）', minimum: 0, 'x-money': '元' },
    uiSchema: {},
  })),
  entry('money-wan', '金额（万元）', 'Amount (10k yuan)', 'basic', () => ({
    schema: { type: 'number', title: '金额（万元）', minimum: 0, 'x-money': '万元' },
    uiSchema: {},
  })),
  entry('date', '日期', 'Date', 'basic', () => ({
    schema: { type: 'string', title: '日期', format: 'date' },
    uiSchema: {},
  })),
  // an object, not a pair of siblings: one node to drag, and `start`/`end` read clearly in the data,
  // on paper (two labelled date fields) and in the split parts. Both dates become required when
  // the range is made required (patch.ts)
  entry('date-range', '日期区间', 'Date range', 'basic', () => ({
    schema: {
      type: 'object',
      title: '起止日期',
      'x-date-range': true,
      properties: {
        start: { type: 'string', title: '开始日期', format: 'date' },
        end: { type: 'string', title: '结束日期', format: 'date' },
      },
    },
    uiSchema: { 'ui:field': 'dateRange', 'ui:order': ['start', 'end'] },
  })),
  entry('boolean', '是/否', 'Yes/No', 'choice', () => ({
    schema: { type: 'boolean', title: '是否' },
    uiSchema: { 'ui:widget': 'radio', 'ui:enumNames': ['是', '否'] },
  })),
  entry('radio', '单选', 'Single choice', 'choice', () => ({
    schema: { type: 'string', title: '单选', enum: [...PLACEHOLDER_OPTIONS] },
    uiSchema: { 'ui:widget': 'radio' },
  })),
  entry('checkboxes', '多选', 'Multiple choice', 'choice', () => ({
    schema: {
      type: 'array',
      title: '多选',
      uniqueItems: true,
      items: { type: 'string', enum: [...PLACEHOLDER_OPTIONS] },
    },
    uiSchema: { 'ui:widget': 'checkboxes' },
  })),
  entry('select', '下拉', 'Drop-down', 'choice', () => ({
    schema: { type: 'string', title: '下拉选择', enum: [...PLACEHOLDER_OPTIONS] },
    uiSchema: { 'ui:widget': 'select' },
  })),
  entry('cn-id', '身份证号', 'ID card number', 'cn', formatted('身份证号码', 'cn-id', 18)),
  entry(
    'uscc',
    '统一社会信用代码',
    'Unified social credit code',
    'cn',
    formatted('统一社会信用代码', 'uscc', 18),
  ),
  entry(
    'cn-mobile',
    '手机号',
    'Mobile number',
    'cn',
    formatted('手机号码', 'cn-mobile', 11, { 'ui:options': { inputType: 'tel' } }),
  ),
  entry(
    'cn-phone',
    '固定电话',
    'Landline',
    'cn',
    formatted('固定电话', 'cn-phone', 20, { 'ui:options': { inputType: 'tel' } }),
  ),
  entry('cn-postcode', '邮编', 'Postcode', 'cn', formatted('邮政编码', 'cn-postcode', 6)),
  entry('email', '电子邮箱', 'Email', 'cn', formatted('电子邮箱', 'email', 100)),
  entry(
    'division',
    '行政区划',
    'Administrative division',
    'cn',
    formatted('行政区划', 'cn-division', 6, { 'ui:widget': 'division' }),
  ),
  // one free-text leaf: the dictionary keeps an address and its 行政区划 code as two elements, so
  // each binds on its own; add a 行政区划 field beside it when the code is needed
  entry('address', '地址', 'Address', 'cn', () => ({
    schema: { type: 'string', title: '地址', maxLength: 200 },
    uiSchema: { 'ui:placeholder': '省、市、县（区）、街道及门牌号' },
  })),
  entry(
    'project-code',
    '项目代码',
    'Project code',
    'cn',
    formatted('项目代码', 'project-code', 24, { 'ui:placeholder': '如 2019-430104-47-01-012345' }),
  ),
  entry('table', '表格', 'Table', 'layout', () => ({
    schema: { type: 'array', title: '表格', items: { type: 'object', properties: {} } },
    uiSchema: {},
  })),
  entry('section', '分组', 'Section', 'layout', () => ({
    schema: { type: 'object', title: '分组', properties: {} },
    uiSchema: {},
  })),
  // see README: a `null` field carries no data; rjsf shows its title and description, and a
  // registered `note` field can render it as a paragraph
  entry('note', '说明文字', 'Note', 'layout', () => ({
    schema: { type: 'null', title: '说明', description: '请在此填写说明文字' },
    uiSchema: { 'ui:field': 'note' },
  })),
]

const byId = new Map(palette.map((e) => [e.id, e]))

/** The built-in palette entry with this id. */
export const paletteEntry = (id: string): PaletteEntry | undefined => byId.get(id)
