/**
 * One 一件事: members, the merged 一张表 with suggestions and conflicts, 情形引导, 材料, 办事指南 and
 * versions, autosaved with If-Match; undo/redo through the composer core's history.
 */
import { Alert, App, Button, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { Element } from '../../../runtime/core/types'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { Link } from '../../../runtime/ui/router'
import { BundleStateError } from '../../core/bundle'
import { time } from '../format'
import { getWithEtag } from '../http'
import { useSession } from '../session'
import type { ItemSummary } from '../types'
import { BundleConflictDialog } from './BundleConflictDialog'
import { BundleStore, loadBundleState } from './bundle-store'
import './bundles.css'
import { GuideTab } from './GuideTab'
import { BundleContext, useBundle } from './hooks'
import { MaterialsTab } from './MaterialsTab'
import { MembersTab } from './MembersTab'
import { MergedTab } from './MergedTab'
import { BundlePublishDialog } from './PublishDialog'
import { SituationsTab } from './SituationsTab'
import type { BundleView } from './types'
import { BundleVersions } from './VersionsTab'

type Loaded = { store: BundleStore } | { error: string }

export function BundlePage({ id }: { id: string }) {
  const { t } = useI18n()
  const { departments } = useSession()
  const [loaded, setLoaded] = useState<Loaded>()
  useEffect(() => {
    let live = true
    let store: BundleStore | undefined
    Promise.all([
      getWithEtag<BundleView>(`/api/bundles/${id}`),
      api<Element[]>('/api/elements'),
      api<ItemSummary[]>('/api/items?published=true'),
    ])
      .then(async ([{ data, etag }, elements, catalogue]) => {
        const state = await loadBundleState(data)
        if (!live) return
        store = new BundleStore(data, state, etag, {
          elements,
          catalogue,
          departments,
          fetchCurrent: () => getWithEtag<BundleView>(`/api/bundles/${id}`),
        })
        setLoaded({ store })
      })
      .catch((e: unknown) => {
        if (!live) return
        setLoaded({
          error:
            e instanceof ApiError || e instanceof BundleStateError
              ? t('bundle.unusable', { error: e.message })
              : String(e),
        })
      })
    return () => {
      live = false
      store?.dispose()
    }
  }, [id, t, departments])
  if (!loaded)
    return (
      <div className="admin-loading">
        <Spin />
      </div>
    )
  if ('error' in loaded)
    return (
      <div className="page">
        <Alert type="error" showIcon title={loaded.error} />
        <Link href="/admin/bundles">← {t('bundle.back')}</Link>
      </div>
    )
  return (
    <BundleContext.Provider value={loaded.store}>
      <BundleWorkspace store={loaded.store} />
    </BundleContext.Provider>
  )
}

const EDITABLE = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

function BundleWorkspace({ store }: { store: BundleStore }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [tab, setTab] = useState('merged')
  const [publishing, setPublishing] = useState(false)
  const [versionsReload, setVersionsReload] = useState(0)
  const name = useBundle((s) => s.h.present.doc.name)
  const slug = useBundle((s) => s.h.present.doc.slug)
  const info = useBundle((s) => s.info)
  const refusal = useBundle((s) => s.refusal)

  useEffect(() => {
    if (refusal) message.error(refusal.message)
  }, [refusal, message])

  // undo / redo / save from anywhere on the page; text inputs keep their own undo
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return
      const key = e.key.toLowerCase()
      const own = !EDITABLE(e.target)
      if (key === 's') {
        e.preventDefault()
        void store.save()
      } else if (own && key === 'z') {
        e.preventDefault()
        if (e.shiftKey) store.redo()
        else store.undo()
      } else if (own && key === 'y') {
        e.preventDefault()
        store.redo()
      }
    }
    const onUnload = (e: BeforeUnloadEvent) => {
      if (store.dirty || store.status.kind === 'saving' || store.status.kind === 'conflict')
        e.preventDefault()
    }
    document.addEventListener('keydown', onKey)
    window.addEventListener('beforeunload', onUnload)
    return () => {
      document.removeEventListener('keydown', onKey)
      window.removeEventListener('beforeunload', onUnload)
    }
  }, [store])

  useEffect(() => {
    document.title = `${name} · ${t('brand')}`
  }, [name, t])

  return (
    <div className="workspace bundle-ws">
      <div className="ws-head">
        <Link href="/admin/bundles" className="ws-back">
          ← {t('bundle.back')}
        </Link>
        <div className="ws-title">
          <code className="item-code">{slug}</code>
          <Typography.Title level={4} className="ws-name">
            {name || t('bundle.untitled')}
          </Typography.Title>
          {info.status === 'published' ? (
            <Tag color="green">
              {t('status.published')} v{info.latestVersion}
            </Tag>
          ) : (
            <Tag color="orange">{t('status.draft')}</Tag>
          )}
        </div>
        <span className="admin-spacer" />
        <SaveIndicator store={store} />
        <UndoRedo store={store} />
        <Button onClick={() => void store.save()}>{t('item.save')}</Button>
        <Button type="primary" onClick={() => setPublishing(true)}>
          {t('item.publish')}
        </Button>
      </div>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        className="ws-tabs"
        destroyOnHidden
        items={[
          { key: 'members', label: t('btab.members'), children: <MembersTab /> },
          { key: 'merged', label: t('btab.merged'), children: <MergedTab /> },
          { key: 'situations', label: t('btab.situations'), children: <SituationsTab /> },
          { key: 'materials', label: t('btab.materials'), children: <MaterialsTab /> },
          { key: 'guide', label: t('btab.guide'), children: <GuideTab /> },
          {
            key: 'versions',
            label: t('tab.versions'),
            children: <BundleVersions reload={versionsReload} />,
          },
        ]}
      />
      <BundleConflictDialog store={store} />
      <BundlePublishDialog
        store={store}
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublished={() => setVersionsReload((n) => n + 1)}
      />
    </div>
  )
}

function SaveIndicator({ store }: { store: BundleStore }) {
  const { t, locale } = useI18n()
  const status = useBundle((s) => s.status)
  const dirty = useBundle((s) => s.dirty)
  let text: string
  let cls = 'save-status'
  switch (status.kind) {
    case 'saving':
      text = t('save.saving')
      break
    case 'error':
      text = t('save.error', { message: status.message })
      cls += ' error'
      break
    case 'conflict':
      text = t('save.conflict')
      cls += ' error'
      break
    case 'dirty':
      text = t('save.dirty')
      cls += ' dirty'
      break
    default:
      text = dirty
        ? t('save.dirty')
        : status.at
          ? t('save.savedAt', { at: time(status.at, locale) })
          : t('save.saved')
      if (dirty) cls += ' dirty'
  }
  return (
    <span className={cls} role="status" data-testid="save-status">
      {(status.kind === 'dirty' || dirty) && <span className="dirty-dot" aria-hidden="true" />}
      {text}
      {status.kind === 'error' && (
        <Button size="small" type="link" onClick={() => void store.save()}>
          {t('save.retry')}
        </Button>
      )}
    </span>
  )
}

function UndoRedo({ store }: { store: BundleStore }) {
  const { t } = useI18n()
  const undoable = useBundle((s) => s.h.past.length > 0)
  const redoable = useBundle((s) => s.h.future.length > 0)
  return (
    <Space.Compact>
      <Button
        aria-label={t('undo')}
        title={`${t('undo')}（Ctrl+Z）`}
        disabled={!undoable}
        onClick={() => store.undo()}
      >
        ↶ {t('undo')}
      </Button>
      <Button
        aria-label={t('redo')}
        title={`${t('redo')}（Ctrl+Shift+Z）`}
        disabled={!redoable}
        onClick={() => store.redo()}
      >
        ↷ {t('redo')}
      </Button>
    </Space.Compact>
  )
}
