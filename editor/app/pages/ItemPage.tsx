/** One item: the form editor, preview, JSON, materials, catalogue data and versions, autosaved. */
import { Alert, App, Button, Form, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { lazy, Suspense, useEffect, useState } from 'react'
import type { Element } from '../../../runtime/core/types'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { Link } from '../../../runtime/ui/router'
import { ImportError } from '../../core'
import { FormEditor } from '../form-editor/FormEditor'
import { JsonPanel } from '../form-editor/JsonPanel'
import { StoreContext, useStoreValue } from '../form-editor/store-hooks'
import { time } from '../format'
import { getWithEtag } from '../http'
import { CatalogueForm, type CatalogueValues } from '../item/CatalogueForm'
import { ConflictDialog } from '../item/ConflictDialog'
import { ItemStore } from '../item/item-store'
import { MaterialsEditor } from '../item/MaterialsEditor'
import { PublishDialog } from '../item/PublishDialog'
import { VersionsPanel } from '../item/VersionsPanel'
import type { ItemView } from '../types'

/** The preview brings rjsf and ajv's form validator: loaded when first shown. */
const Preview = lazy(() => import('../form-editor/Preview').then((m) => ({ default: m.Preview })))

type Loaded = { store: ItemStore } | { error: string }

export function ItemPage({ id }: { id: string }) {
  const { t } = useI18n()
  const [loaded, setLoaded] = useState<Loaded>()
  useEffect(() => {
    let live = true
    let store: ItemStore | undefined
    Promise.all([getWithEtag<ItemView>(`/api/items/${id}`), api<Element[]>('/api/elements')]).then(
      ([{ data, etag }, elements]) => {
        if (!live) return
        try {
          store = new ItemStore(data, etag, {
            elements,
            fetchCurrent: () => getWithEtag<ItemView>(`/api/items/${id}`),
          })
          setLoaded({ store })
        } catch (e) {
          setLoaded({
            error: e instanceof ImportError ? t('item.unusable', { error: e.message }) : String(e),
          })
        }
      },
      (e: unknown) => live && setLoaded({ error: e instanceof ApiError ? e.message : String(e) }),
    )
    return () => {
      live = false
      store?.dispose()
    }
  }, [id, t])
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
        <Link href="/admin">← {t('item.back')}</Link>
      </div>
    )
  return (
    <StoreContext.Provider value={loaded.store}>
      <ItemWorkspace store={loaded.store} />
    </StoreContext.Provider>
  )
}

const EDITABLE = (el: Element | EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName))

function ItemWorkspace({ store }: { store: ItemStore }) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [tab, setTab] = useState('design')
  const [publishing, setPublishing] = useState(false)
  const [versionsReload, setVersionsReload] = useState(0)
  const name = useStoreValue((s) => s.meta.name)
  const code = useStoreValue((s) => s.meta.code)
  const info = useStoreValue((s) => s.info)
  const refusal = useStoreValue((s) => s.refusal)
  const elements = store.elements

  useEffect(() => {
    if (refusal) message.error(refusal.message)
  }, [refusal, message])

  // undo / redo / save from anywhere on the page; inputs outside the form editor keep their own undo
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod) return
      const key = e.key.toLowerCase()
      const target = e.target as HTMLElement | null
      const own = !EDITABLE(target) || !!target?.closest('.insp, .cv-paper')
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
    <div className="workspace">
      <div className="ws-head">
        <Link href="/admin" className="ws-back">
          ← {t('item.back')}
        </Link>
        <div className="ws-title">
          <code className="item-code">{code}</code>
          <Typography.Title level={4} className="ws-name">
            {name}
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
        items={[
          { key: 'design', label: t('tab.design'), children: <FormEditor elements={elements} /> },
          {
            key: 'preview',
            label: t('tab.preview'),
            children:
              tab === 'preview' ? (
                <Suspense fallback={<Spin />}>
                  <Preview />
                </Suspense>
              ) : null,
          },
          { key: 'json', label: t('tab.json'), children: tab === 'json' ? <JsonPanel /> : null },
          {
            key: 'materials',
            label: t('tab.materials'),
            children: <MaterialsEditor store={store} />,
          },
          { key: 'catalogue', label: t('tab.catalogue'), children: <CatalogueTab store={store} /> },
          {
            key: 'versions',
            label: t('tab.versions'),
            children:
              tab === 'versions' ? <VersionsPanel key={versionsReload} itemId={info.id} /> : null,
          },
        ]}
      />
      <ConflictDialog store={store} />
      <PublishDialog
        store={store}
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublished={() => setVersionsReload((n) => n + 1)}
      />
    </div>
  )
}

function SaveIndicator({ store }: { store: ItemStore }) {
  const { t, locale } = useI18n()
  const status = useStoreValue((s) => s.status)
  const dirty = useStoreValue((s) => s.dirty)
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

function UndoRedo({ store }: { store: ItemStore }) {
  const { t } = useI18n()
  const undoable = useStoreValue((s) => s.h.past.length > 0)
  const redoable = useStoreValue((s) => s.h.future.length > 0)
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

function CatalogueTab({ store }: { store: ItemStore }) {
  const [form] = Form.useForm<CatalogueValues>()
  // the form keeps what is typed; it starts over when the item was replaced from outside (a
  // conflict resolved with theirs)
  const epoch = useStoreValue((s) => s.epoch)
  const { code, name, departmentId, kind, basis, timeLimit, fee, conditions } = store.meta
  const initial = { code, name, departmentId, kind, basis, timeLimit, fee, conditions }
  return (
    <div className="catalogue-tab">
      <CatalogueForm key={epoch} form={form} initial={initial} onChange={(v) => store.setMeta(v)} />
    </div>
  )
}
