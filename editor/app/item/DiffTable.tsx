/** Field-level differences (runtime/core/diff) as a table an administrator can read. */
import { Empty, Table, Tag } from 'antd'
import type { ChangeKind, FieldChange, ValueChange } from '../../../runtime/core/diff'
import { useI18n } from '../../../runtime/ui/i18n'

const COLORS: Record<ChangeKind, string> = {
  added: 'green',
  removed: 'red',
  changed: 'blue',
  moved: 'purple',
}

const brief = (v: unknown): string => {
  if (v === undefined) return '—'
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s.length > 160 ? `${s.slice(0, 157)}…` : s
}

/** `before`/`after` of one side: changed keywords line by line, a position, or the field's type. */
function sideText(c: FieldChange, side: 'before' | 'after'): string {
  const v = c[side]
  if (v === undefined) return ''
  if (c.change === 'moved') return `#${Number(v) + 1}`
  if (c.change === 'changed' && v && typeof v === 'object')
    return (c.keywords ?? [])
      .map((k) => `${k}: ${brief((v as Record<string, unknown>)[k])}`)
      .join('\n')
  return brief(typeLabel(v))
}

const typeLabel = (v: unknown) => {
  if (!v || typeof v !== 'object') return v
  const o = v as Record<string, unknown>
  return [o.type, o.format, o['x-element']].filter(Boolean).join(' · ')
}

type Row = {
  key: string
  change: ChangeKind
  what: string
  path: string
  before: string
  after: string
}

export function DiffTable({
  fields,
  values = [],
  beforeLabel,
  afterLabel,
}: {
  fields: FieldChange[]
  values?: ValueChange[]
  beforeLabel: string
  afterLabel: string
}) {
  const { t } = useI18n()
  const rows: Row[] = [
    ...fields.map((c, i) => ({
      key: `f${i}`,
      change: c.change,
      what: c.title ?? c.path,
      path: c.path,
      before: sideText(c, 'before'),
      after: sideText(c, 'after'),
    })),
    ...values.map((c, i) => ({
      key: `v${i}`,
      change: c.change,
      what: t(`diff.key.${c.path.split('.')[0]}`),
      path: c.path,
      before: brief(c.before),
      after: brief(c.after),
    })),
  ]
  if (!rows.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('diff.none')} />
  return (
    <Table<Row>
      size="small"
      className="diff-table"
      rowKey="key"
      pagination={rows.length > 50 ? { pageSize: 50 } : false}
      dataSource={rows}
      columns={[
        {
          title: t('diff.change'),
          dataIndex: 'change',
          width: 80,
          render: (c: ChangeKind) => <Tag color={COLORS[c]}>{t(`diff.${c}`)}</Tag>,
        },
        {
          title: t('diff.what'),
          dataIndex: 'what',
          render: (w: string, r) => (
            <>
              <div>{w.startsWith('diff.key.') ? r.path : w}</div>
              <code className="diff-path">{r.path}</code>
            </>
          ),
        },
        { title: beforeLabel, dataIndex: 'before', className: 'diff-cell' },
        { title: afterLabel, dataIndex: 'after', className: 'diff-cell' },
      ]}
    />
  )
}
