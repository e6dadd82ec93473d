/**
 * 基本信息 and 成员事项: name, slug, stage, lead department; the member items pinned to published
 * versions; a newer version is offered as an upgrade with its diff and its effect on the merge.
 */
import { Alert, App, Button, Empty, Modal, Select, Space, Spin, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { ApiError } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  addableItems,
  bundleCommands as cmd,
  memberItems,
  STAGES,
  type UpgradeOffer,
  type UpgradePreview,
  upgradeOffers,
  upgradePreview,
} from '../../core/bundle'
import { DiffTable } from '../item/DiffTable'
import { departmentName, useSession } from '../session'
import { loadItemVersion } from './bundle-store'
import { useBundle, useBundleStore, usePresent } from './hooks'
import { TextInput } from './inputs'

export function MembersTab() {
  const { t } = useI18n()
  const store = useBundleStore()
  const { message } = App.useApp()
  const { user, departments } = useSession()
  const state = usePresent()
  const catalogue = useBundle((s) => s.catalogue)
  const doc = state.doc
  const members = memberItems(state)
  const offers = useMemo(() => upgradeOffers(members, catalogue), [members, catalogue])
  const addable = useMemo(() => addableItems(state, catalogue), [state, catalogue])
  const [adding, setAdding] = useState<string>()
  const [upgrade, setUpgrade] = useState<UpgradeOffer | null>(null)

  const add = async (id: string) => {
    const row = catalogue.find((i) => i.id === id)
    if (!row) return
    setAdding(id)
    try {
      const item = await loadItemVersion(id, row.latestVersion)
      if (store.dispatch(cmd.addMember(item)))
        message.success(t('members.added', { name: item.name }))
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setAdding(undefined)
    }
  }

  return (
    <div className="bundle-pane">
      <section className="b-card">
        <Typography.Title level={5}>{t('members.basics')}</Typography.Title>
        <div className="catalogue-grid">
          <div className="b-field">
            <span>{t('bundle.name')}</span>
            <TextInput
              aria-label={t('bundle.name')}
              value={doc.name}
              maxLength={200}
              onText={(name) => store.dispatch(cmd.setMeta({ name }))}
            />
          </div>
          <div className="b-field">
            <span>slug</span>
            <TextInput
              aria-label="slug"
              className="mono"
              value={doc.slug}
              maxLength={80}
              onText={(slug) => store.dispatch(cmd.setMeta({ slug }))}
            />
          </div>
          <div className="b-field">
            <span>{t('bundle.stage')}</span>
            <Select
              aria-label={t('bundle.stage')}
              value={doc.stage}
              onChange={(stage) => store.dispatch(cmd.setMeta({ stage }))}
              options={STAGES.map((s) => ({ value: s, label: s }))}
            />
          </div>
          <div className="b-field">
            <span>{t('bundle.lead')}</span>
            <Select
              aria-label={t('bundle.lead')}
              value={doc.leadDepartmentId}
              disabled={user.role !== 'admin'}
              onChange={(leadDepartmentId) => store.dispatch(cmd.setMeta({ leadDepartmentId }))}
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </div>
        </div>
      </section>
      <section className="b-card">
        <div className="b-card-head">
          <Typography.Title level={5}>{t('bundle.members')}</Typography.Title>
          <span className="admin-spacer" />
          <Select
            showSearch
            aria-label={t('members.add')}
            placeholder={t('members.add')}
            value={null}
            loading={!!adding}
            style={{ minWidth: 360 }}
            optionFilterProp="label"
            onChange={(id: string) => void add(id)}
            options={addable.map((i) => ({
              value: i.id,
              label: `${i.code} ${i.name}（${departmentName(departments, i.departmentId)} · v${i.latestVersion}）`,
            }))}
          />
        </div>
        {offers.length > 0 && (
          <Alert
            type="info"
            showIcon
            className="b-gap"
            title={t('members.offers', { n: offers.length })}
          />
        )}
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={members}
          locale={{ emptyText: <Empty description={t('members.none')} /> }}
          columns={[
            {
              title: t('cat.code'),
              dataIndex: 'code',
              width: 190,
              render: (c: string) => <code className="item-code">{c}</code>,
            },
            { title: t('cat.name'), dataIndex: 'name' },
            { title: t('cat.department'), dataIndex: 'department', width: 140 },
            {
              title: t('items.version'),
              dataIndex: 'version',
              width: 170,
              render: (v: number, m) => {
                const offer = offers.find((o) => o.itemId === m.id)
                return (
                  <Space size="small">
                    <span>v{v}</span>
                    {offer && (
                      <Button size="small" type="link" onClick={() => setUpgrade(offer)}>
                        {t('members.upgrade', { v: offer.to })}
                      </Button>
                    )}
                  </Space>
                )
              },
            },
            {
              title: '',
              width: 170,
              render: (_, m, i) => (
                <Space size={0}>
                  <Button
                    size="small"
                    type="text"
                    aria-label={t('moveUp')}
                    disabled={i === 0}
                    onClick={() => store.dispatch(cmd.moveMember(m.id, i - 1))}
                  >
                    ↑
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    aria-label={t('moveDown')}
                    disabled={i === members.length - 1}
                    onClick={() => store.dispatch(cmd.moveMember(m.id, i + 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    size="small"
                    type="link"
                    danger
                    onClick={() => store.dispatch(cmd.removeMember(m.id))}
                  >
                    {t('members.remove')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" className="b-gap">
          {t('members.note', { n: doc.items.length })}
        </Typography.Paragraph>
      </section>
      <UpgradeDialog offer={upgrade} onClose={() => setUpgrade(null)} />
    </div>
  )
}

function UpgradeDialog({ offer, onClose }: { offer: UpgradeOffer | null; onClose: () => void }) {
  const { t } = useI18n()
  const store = useBundleStore()
  const [preview, setPreview] = useState<{ key: string; p?: UpgradePreview; error?: string }>()
  const key = offer ? `${offer.itemId}@${offer.to}` : ''
  if (offer && preview?.key !== key) {
    setPreview({ key })
    loadItemVersion(offer.itemId, offer.to).then(
      (next) => setPreview({ key, p: upgradePreview(store.state, next, store.trialMerger) }),
      (e: unknown) => setPreview({ key, error: e instanceof ApiError ? e.message : String(e) }),
    )
  }
  const p = preview?.key === key ? preview.p : undefined
  return (
    <Modal
      open={!!offer}
      width={900}
      title={
        offer && t('members.upgradeTitle', { name: offer.name, from: offer.from, to: offer.to })
      }
      onCancel={onClose}
      okText={t('members.upgradeOk')}
      okButtonProps={{ disabled: !p }}
      onOk={async () => {
        if (!offer) return
        const next = await loadItemVersion(offer.itemId, offer.to)
        if (store.dispatch(cmd.upgradeMember(next))) onClose()
      }}
      destroyOnHidden
    >
      {preview?.error && <Alert type="error" showIcon title={preview.error} />}
      {!p && !preview?.error && <Spin />}
      {p && (
        <>
          {p.trial.added.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="b-gap"
              title={t('members.upgradeConflicts', { n: p.trial.added.length })}
              description={p.trial.added.map((c) => (
                <div key={`${c.element}:${c.kind}`}>
                  {c.element} · {c.detail}
                </div>
              ))}
            />
          )}
          {p.lostBindings.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="b-gap"
              title={t('members.lostBindings', {
                list: p.lostBindings.map((b) => b.path).join('、'),
              })}
            />
          )}
          <DiffTable
            fields={p.diff.fields}
            values={p.diff.values}
            beforeLabel={`v${offer?.from}`}
            afterLabel={`v${offer?.to}`}
          />
          {p.trial.added.length === 0 && (
            <Tag color="green" className="b-gap">
              {t('members.upgradeClean')}
            </Tag>
          )}
        </>
      )}
    </Modal>
  )
}
