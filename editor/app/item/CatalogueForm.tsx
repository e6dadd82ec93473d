import { AutoComplete, Button, Form, type FormInstance, Input, InputNumber, Select } from 'antd'
import { useI18n } from '../../../runtime/ui/i18n'
import { useSession } from '../session'
import type { ItemMeta } from '../types'

/** The kinds of 政务服务事项 of the national catalogue (free text is allowed too). */
export const ITEM_KINDS = [
  '行政许可',
  '行政确认',
  '行政给付',
  '行政裁决',
  '行政奖励',
  '行政征收',
  '其他行政权力',
  '公共服务',
]

export type CatalogueValues = Pick<
  ItemMeta,
  'code' | 'name' | 'departmentId' | 'kind' | 'basis' | 'timeLimit' | 'fee' | 'conditions'
>

export const CODE_PATTERN = /^[\w.\-/]+$/

type Props = {
  form: FormInstance<CatalogueValues>
  initial: CatalogueValues
  /** edit mode: every change is reported (the draft autosaves) */
  onChange?: (values: CatalogueValues) => void
}

/** 事项编码, 名称, 部门, 类型, 设定依据, 法定/承诺时限, 收费, 受理条件. */
export function CatalogueForm({ form, initial, onChange }: Props) {
  const { t } = useI18n()
  const { user, departments } = useSession()
  const deptOptions = departments
    .filter((d) => user.role === 'admin' || d.id === user.departmentId)
    .map((d) => ({ value: d.id, label: d.name }))
  return (
    <Form<CatalogueValues>
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={(_, all) => onChange?.(normalize(all))}
      className="catalogue-form"
    >
      <Form.Item
        label={t('cat.code')}
        name="code"
        tooltip={t('cat.codeHelp')}
        rules={[
          { required: true, whitespace: true, message: t('cat.codeRequired') },
          { pattern: CODE_PATTERN, message: t('cat.codePattern') },
          { max: 64 },
        ]}
      >
        <Input placeholder="430100-GTGH-003" />
      </Form.Item>
      <Form.Item
        label={t('cat.name')}
        name="name"
        rules={[{ required: true, whitespace: true, message: t('cat.nameRequired') }, { max: 200 }]}
      >
        <Input placeholder={t('cat.namePlaceholder')} />
      </Form.Item>
      <div className="catalogue-grid">
        <Form.Item label={t('cat.department')} name="departmentId" rules={[{ required: true }]}>
          <Select options={deptOptions} disabled={user.role !== 'admin'} />
        </Form.Item>
        <Form.Item label={t('cat.kind')} name="kind" rules={[{ required: true }]}>
          <AutoComplete options={ITEM_KINDS.map((k) => ({ value: k }))} />
        </Form.Item>
        <Form.Item
          label={t('cat.legal')}
          name={['timeLimit', 'legal']}
          rules={[{ required: true, type: 'integer', min: 0, max: 3650 }]}
        >
          <InputNumber min={0} max={3650} precision={0} suffix={t('cat.workdays')} />
        </Form.Item>
        <Form.Item
          label={t('cat.promised')}
          name={['timeLimit', 'promised']}
          dependencies={[['timeLimit', 'legal']]}
          rules={[
            { required: true, type: 'integer', min: 0, max: 3650 },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                typeof v === 'number' && v > (getFieldValue(['timeLimit', 'legal']) ?? 0)
                  ? Promise.reject(new Error(t('cat.promisedTooLong')))
                  : Promise.resolve(),
              warningOnly: true,
            }),
          ]}
        >
          <InputNumber min={0} max={3650} precision={0} suffix={t('cat.workdays')} />
        </Form.Item>
      </div>
      <Form.Item label={t('cat.fee')} name="fee" rules={[{ max: 1000 }]}>
        <Input placeholder="不收费" />
      </Form.Item>
      <Form.Item label={t('cat.basis')} tooltip={t('cat.basisHelp')} required={false}>
        <Form.List name="basis">
          {(fields, { add, remove, move }) => (
            <div className="basis-list">
              {fields.map((f, i) => (
                <div key={f.key} className="basis-row">
                  <span className="basis-no">{i + 1}.</span>
                  <Form.Item name={f.name} noStyle rules={[{ max: 1000 }]}>
                    <Input.TextArea
                      autoSize={{ minRows: 1, maxRows: 4 }}
                      aria-label={`${t('cat.basis')} ${i + 1}`}
                      placeholder="《中华人民共和国城乡规划法》第四十条"
                    />
                  </Form.Item>
                  <Button
                    size="small"
                    disabled={i === 0}
                    aria-label={t('moveUp')}
                    onClick={() => move(i, i - 1)}
                  >
                    ↑
                  </Button>
                  <Button size="small" danger onClick={() => remove(f.name)}>
                    {t('delete')}
                  </Button>
                </div>
              ))}
              <Button type="dashed" onClick={() => add('')} block>
                ＋ {t('cat.addBasis')}
              </Button>
            </div>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={t('cat.conditions')} name="conditions" rules={[{ max: 5000 }]}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
      </Form.Item>
    </Form>
  )
}

/** Form values as the API takes them: trimmed text, no blank basis lines, whole numbers. */
export function normalize(v: Partial<CatalogueValues>): CatalogueValues {
  return {
    code: (v.code ?? '').trim(),
    name: (v.name ?? '').trim(),
    departmentId: v.departmentId ?? '',
    kind: (v.kind ?? '').trim() || '行政许可',
    basis: (v.basis ?? []).map((b) => (b ?? '').trim()).filter(Boolean),
    timeLimit: {
      legal: Math.max(0, Math.round(Number(v.timeLimit?.legal ?? 0)) || 0),
      promised: Math.max(0, Math.round(Number(v.timeLimit?.promised ?? 0)) || 0),
    },
    fee: (v.fee ?? '').trim(),
    conditions: (v.conditions ?? '').trim(),
  }
}
