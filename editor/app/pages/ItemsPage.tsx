import {
  App,
  Button,
  Empty,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd'
import { useEffect, useMemo, useState } from 'react'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { Link, navigate } from '../../../runtime/ui/router'
import { dateTime } from '../format'
import { CatalogueForm, type CatalogueValues, normalize } from '../item/CatalogueForm'
import { departmentName, useSession } from '../session'
import type { ItemSummary, ItemView } from '../types'

type Status = 'all' | 'draft' | 'published'

/** The items of the administrator's department (all departments for `admin`). */
export function ItemsPage() {
  const { t, locale } = useI18n()
  const { user, departments } = useSession()
  const [q, setQ] = useState('')
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<Status>('all')
  const [dept, setDept] = useState<string>()
  const [rows, setRows] = useState<ItemSummary[]>()
  const [error, setError] = useState<string>()
  const [creating, setCreating] = useState(false)

  // search as the admin types (debounced): code or name, on the server
  useEffect(() => {
    const timer = setTimeout(() => setQuery(q.trim()), 250)
    return () => clearTimeout(timer)
  }, [q])
  useEffect(() => {
    let live = true
    const params = new URLSearchParams()
    if (query) params.set('q', query)
    if (dept) params.set('departmentId', dept)
    api<ItemSummary[]>(`/api/items${params.size ? `?${params}` : ''}`).then(
      (r) => {
        if (!live) return
        setRows(r)
        setError(undefined)
      },
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [query, dept])

  const shown = useMemo(
    () => (rows ?? []).filter((r) => status === 'all' || r.status === status),
    [rows, status],
  )

  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3}>{t('items.title')}</Typography.Title>
        <Typography.Text type="secondary">
          {user.role === 'admin'
            ? t('items.scopeAll')
            : t('items.scopeDept', { dept: departmentName(departments, user.departmentId) })}
        </Typography.Text>
      </div>
      <div className="toolbar">
        <Input.Search
          allowClear
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder={t('items.search')}
          aria-label={t('items.search')}
          style={{ maxWidth: 320 }}
        />
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'all', label: t('items.all') },
            { value: 'draft', label: t('status.draft') },
            { value: 'published', label: t('status.published') },
          ]}
        />
        {user.role === 'admin' && (
          <Select
            allowClear
            placeholder={t('items.allDepartments')}
            value={dept}
            onChange={setDept}
            style={{ minWidth: 180 }}
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
            aria-label={t('cat.department')}
          />
        )}
        <span className="admin-spacer" />
        <Button type="primary" onClick={() => setCreating(true)}>
          ＋ {t('items.create')}
        </Button>
      </div>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Table<ItemSummary>
        rowKey="id"
        loading={rows === undefined && !error}
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('items.empty')} /> }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/admin/items/${r.id}`) })}
        columns={[
          {
            title: t('cat.code'),
            dataIndex: 'code',
            width: 190,
            render: (code: string) => <code className="item-code">{code}</code>,
          },
          {
            title: t('cat.name'),
            dataIndex: 'name',
            render: (name: string, r) => <Link href={`/admin/items/${r.id}`}>{name}</Link>,
          },
          {
            title: t('cat.department'),
            dataIndex: 'departmentId',
            width: 150,
            render: (id: string) => departmentName(departments, id),
          },
          { title: t('cat.kind'), dataIndex: 'kind', width: 120 },
          {
            title: t('items.status'),
            dataIndex: 'status',
            width: 100,
            render: (s: ItemSummary['status']) =>
              s === 'published' ? (
                <Tag color="green">{t('status.published')}</Tag>
              ) : (
                <Tag color="orange">{t('status.draft')}</Tag>
              ),
          },
          {
            title: t('items.version'),
            dataIndex: 'latestVersion',
            width: 90,
            render: (v: number) => (v > 0 ? `v${v}` : '—'),
          },
          {
            title: t('items.updated'),
            dataIndex: 'updatedAt',
            width: 170,
            render: (d: string) => dateTime(d, locale),
          },
        ]}
      />
      <CreateItemDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}

function CreateItemDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { user, departments } = useSession()
  const [form] = Form.useForm<CatalogueValues>()
  const [busy, setBusy] = useState(false)
  const initial: CatalogueValues = {
    code: '',
    name: '',
    departmentId: user.departmentId ?? departments[0]?.id ?? '',
    kind: '行政许可',
    basis: [],
    timeLimit: { legal: 20, promised: 10 },
    fee: '不收费',
    conditions: '',
  }
  const create = async () => {
    let values: CatalogueValues
    try {
      values = normalize(await form.validateFields())
    } catch {
      return // the form shows what is missing
    }
    setBusy(true)
    try {
      const item = await api<ItemView>('/api/items', {
        body: {
          ...values,
          materials: [],
          form: {
            schema: { type: 'object', title: `${values.name}申请表`, properties: {} },
            uiSchema: {},
          },
        },
      })
      message.success(t('items.created'))
      onClose()
      navigate(`/admin/items/${item.id}`)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'DUPLICATE')
        form.setFields([{ name: 'code', errors: [e.message] }])
      else if (e instanceof ApiError && e.details.length)
        form.setFields(
          e.details.map((d) => ({ name: d.path.split('.'), errors: [d.message] })) as never,
        )
      else message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={t('items.createTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => void create()}
      okText={t('items.createOk')}
      confirmLoading={busy}
      destroyOnHidden
      width={720}
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary">{t('items.createIntro')}</Typography.Paragraph>
        <CatalogueForm form={form} initial={initial} />
      </Space>
    </Modal>
  )
}
