/** 一件事列表 and 新建一件事: name, slug, lead department, stage and members pinned to published versions. */
import { App, Button, Empty, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { Link, navigate } from '../../../runtime/ui/router'
import { STAGES } from '../../core/bundle'
import { dateTime } from '../format'
import { departmentName, useSession } from '../session'
import type { ItemSummary } from '../types'
import type { BundleSummary, BundleView } from './types'

export function BundlesPage() {
  const { t, locale } = useI18n()
  const { departments } = useSession()
  const [rows, setRows] = useState<BundleSummary[]>()
  const [error, setError] = useState<string>()
  const [creating, setCreating] = useState(false)
  useEffect(() => {
    let live = true
    api<BundleSummary[]>('/api/bundles').then(
      (r) => live && setRows(r),
      (e: unknown) => live && setError(e instanceof ApiError ? e.message : String(e)),
    )
    return () => {
      live = false
    }
  }, [])
  useEffect(() => {
    document.title = `${t('bundles.title')} · ${t('brand')}`
  }, [t])
  return (
    <div className="page">
      <div className="page-head">
        <Typography.Title level={3}>{t('bundles.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('bundles.intro')}</Typography.Text>
      </div>
      <div className="toolbar">
        <span className="admin-spacer" />
        <Button type="primary" onClick={() => setCreating(true)}>
          ＋ {t('bundles.create')}
        </Button>
      </div>
      {error && <Typography.Paragraph type="danger">{error}</Typography.Paragraph>}
      <Table<BundleSummary>
        rowKey="id"
        loading={rows === undefined && !error}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: <Empty description={t('bundles.empty')} /> }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/admin/bundles/${r.id}`) })}
        columns={[
          {
            title: t('bundle.name'),
            dataIndex: 'name',
            render: (name: string, r) => <Link href={`/admin/bundles/${r.id}`}>{name}</Link>,
          },
          {
            title: 'slug',
            dataIndex: 'slug',
            width: 200,
            render: (s: string) => <code className="item-code">{s}</code>,
          },
          { title: t('bundle.stage'), dataIndex: 'stage', width: 150 },
          {
            title: t('bundle.lead'),
            dataIndex: 'leadDepartmentId',
            width: 150,
            render: (id: string) => departmentName(departments, id),
          },
          {
            title: t('bundle.members'),
            dataIndex: 'items',
            width: 90,
            render: (items: unknown[]) => items.length,
          },
          {
            title: t('items.status'),
            dataIndex: 'status',
            width: 110,
            render: (s: string, r) =>
              s === 'published' ? (
                <Tag color="green">
                  {t('status.published')} v{r.latestVersion}
                </Tag>
              ) : (
                <Tag color="orange">{t('status.draft')}</Tag>
              ),
          },
          {
            title: t('items.updated'),
            dataIndex: 'updatedAt',
            width: 170,
            render: (d: string) => dateTime(d, locale),
          },
        ]}
      />
      <CreateBundleDialog open={creating} onClose={() => setCreating(false)} />
    </div>
  )
}

type CreateValues = {
  name: string
  slug: string
  leadDepartmentId: string
  stage: string
  items: string[]
}

function CreateBundleDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { user, departments } = useSession()
  const [form] = Form.useForm<CreateValues>()
  const [busy, setBusy] = useState(false)
  const [catalogue, setCatalogue] = useState<ItemSummary[]>([])
  useEffect(() => {
    if (!open) return
    api<ItemSummary[]>('/api/items?published=true').then(setCatalogue, () => setCatalogue([]))
  }, [open])
  const create = async () => {
    let v: CreateValues
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      const byId = new Map(catalogue.map((i) => [i.id, i]))
      const bundle = await api<BundleView>('/api/bundles', {
        body: {
          name: v.name.trim(),
          slug: v.slug.trim(),
          leadDepartmentId: v.leadDepartmentId,
          stage: v.stage,
          items: (v.items ?? []).map((id) => ({
            itemId: id,
            version: byId.get(id)!.latestVersion,
          })),
        },
      })
      message.success(t('bundles.created'))
      onClose()
      navigate(`/admin/bundles/${bundle.id}`)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'DUPLICATE')
        form.setFields([{ name: 'slug', errors: [e.message] }])
      else if (e instanceof ApiError && e.details.length)
        form.setFields(
          e.details.map((d) => ({ name: d.path.split('.')[0], errors: [d.message] })) as never,
        )
      else message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal
      title={t('bundles.createTitle')}
      open={open}
      onCancel={onClose}
      onOk={() => void create()}
      okText={t('bundles.createOk')}
      confirmLoading={busy}
      destroyOnHidden
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('bundles.createIntro')}</Typography.Paragraph>
      <Form<CreateValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          leadDepartmentId: user.departmentId ?? departments[0]?.id,
          stage: STAGES[0],
          items: [],
        }}
      >
        <Form.Item
          name="name"
          label={t('bundle.name')}
          rules={[{ required: true, whitespace: true, message: t('bundle.nameRequired') }]}
        >
          <Input placeholder={t('bundle.namePlaceholder')} maxLength={200} />
        </Form.Item>
        <Form.Item
          name="slug"
          label="slug"
          extra={t('bundle.slugHelp')}
          rules={[
            { required: true, message: t('bundle.slugRequired') },
            { pattern: /^[a-z0-9][a-z0-9-]+$/, message: t('bundle.slugPattern') },
          ]}
        >
          <Input className="mono" placeholder="gongcheng-jianshe-xuke" maxLength={80} />
        </Form.Item>
        <div className="catalogue-grid">
          <Form.Item name="leadDepartmentId" label={t('bundle.lead')} rules={[{ required: true }]}>
            <Select
              disabled={user.role !== 'admin'}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
          <Form.Item name="stage" label={t('bundle.stage')}>
            <Select options={STAGES.map((s) => ({ value: s, label: s }))} />
          </Form.Item>
        </div>
        <Form.Item name="items" label={t('bundle.members')} extra={t('bundles.membersHelp')}>
          <Select
            mode="multiple"
            aria-label={t('bundle.members')}
            optionFilterProp="label"
            options={catalogue.map((i) => ({
              value: i.id,
              label: `${i.code} ${i.name}（${departmentName(departments, i.departmentId)} · v${i.latestVersion}）`,
            }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  )
}
