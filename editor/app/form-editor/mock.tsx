/**
 * What a field looks like on the canvas: a light, inert picture of the control the applicant will
 * get (the live preview renders the real one). Kept to a few elements per field, so a 500-field
 * form renders quickly.
 */
import { memo } from 'react'
import { type EditorNode, fieldTypeOf, readOptions } from '../../core'

const FORMAT_HINTS: Record<string, string> = {
  'cn-id': '18 位身份证号码',
  uscc: '18 位统一社会信用代码',
  'cn-mobile': '11 位手机号码',
  'cn-phone': '区号-电话号码',
  'cn-postcode': '6 位邮政编码',
  email: 'name@example.com',
  'project-code': '如 2019-430104-47-01-012345',
  'cn-division': '省 / 市 / 区县',
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '')

export const Mock = memo(function Mock({ node }: { node: EditorNode }) {
  const { schema, ui } = node
  const type = fieldTypeOf(schema, ui)
  const placeholder = text(ui['ui:placeholder'])
  switch (type) {
    case 'textarea':
      return <div className="cv-input cv-textarea">{placeholder}</div>
    case 'number':
      return <div className="cv-input">{placeholder}</div>
    case 'money':
      return (
        <div className="cv-unit-row">
          <div className="cv-input">{placeholder}</div>
          <span className="cv-unit">{text(schema['x-money']) || '元'}</span>
        </div>
      )
    case 'date':
      return <div className="cv-input cv-muted">年 / 月 / 日</div>
    case 'dateRange':
      return (
        <div className="cv-pair">
          <div className="cv-input cv-muted">开始日期</div>
          <span className="cv-muted">至</span>
          <div className="cv-input cv-muted">结束日期</div>
        </div>
      )
    case 'radio':
    case 'checkboxes':
    case 'boolean': {
      const options =
        type === 'boolean' ? booleanLabels(ui) : readOptions(schema, ui).map((o) => label(o))
      const mark = type === 'checkboxes' ? '☐' : '○'
      return (
        <div className="cv-choices">
          {options.length === 0 && <span className="cv-muted">（暂无选项）</span>}
          {options.slice(0, 12).map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: labels may repeat while being edited
            <span key={i} className="cv-choice">
              {mark} {o}
            </span>
          ))}
          {options.length > 12 && <span className="cv-muted">… 共 {options.length} 项</span>}
        </div>
      )
    }
    case 'select':
      return <div className="cv-input cv-select">{placeholder || '请选择'}</div>
    case 'formatted':
      if (schema.format === 'cn-division')
        return (
          <div className="cv-division">
            <div className="cv-input cv-select">请选择省</div>
            <div className="cv-input cv-select">请选择市</div>
            <div className="cv-input cv-select">请选择区县</div>
          </div>
        )
      return (
        <div className="cv-input cv-muted">
          {placeholder || FORMAT_HINTS[text(schema.format)] || ''}
        </div>
      )
    case 'note':
      return null
    case 'list':
    case 'other':
      return <div className="cv-input cv-muted">（复杂字段，可在 JSON 中查看）</div>
    default:
      return <div className="cv-input">{placeholder}</div>
  }
})

const label = (o: { value: unknown; label?: string }) =>
  o.label ?? (typeof o.value === 'string' ? o.value : JSON.stringify(o.value))

function booleanLabels(ui: EditorNode['ui']): string[] {
  const names = ui['ui:enumNames']
  if (Array.isArray(names) && names.length >= 2) return names.map(String)
  return ['是', '否']
}
