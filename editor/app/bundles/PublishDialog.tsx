/**
 * 发布一件事: saves the draft, refuses while the merge has conflicts (or situations / draft issues,
 * listed), asks for confirmation when guide elements are missing, shows the diff against the last
 * published version (form fields, materials, guide, situations, rules, items), asks for a change
 * note and publishes an immutable version.
 */
import { Alert, App, Checkbox, Input, Modal, Spin, Tabs, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import type { BundleDiff, BundleSnapshot } from '../../../runtime/core/diff'
import type { Conflict } from '../../../runtime/core/types'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { diffCounts, type PublishCheck, publishCheck, publishDiff } from '../../core/bundle'
import { DiffTable } from '../item/DiffTable'
import type { BundleStore } from './bundle-store'

type Phase =
  | { kind: 'checking' }
  | { kind: 'blocked'; check: PublishCheck }
  | { kind: 'failed'; message: string; conflicts?: Conflict[] }
  | { kind: 'ready'; diff: BundleDiff; latest: number; check: PublishCheck }

export function BundlePublishDialog({
  store,
  open,
  onClose,
  onPublished,
}: {
  store: BundleStore
  open: boolean
  onClose: () => void
  onPublished: (version: number) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState(false)
  const [confirmed, setConfirmed] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!open) return
    let live = true
    setPhase({ kind: 'checking' })
    setNote('')
    setNoteError(false)
    setConfirmed(false)
    void (async () => {
      const check = publishCheck(store.state, store.merged())
      if (!check.canPublish) {
        setPhase({ kind: 'blocked', check })
        return
      }
      const saved = await store.save()
      if (!live) return
      if (!saved) {
        const s = store.status
        setPhase({
          kind: 'failed',
          message: s.kind === 'error' ? s.message : t('publish.saveFirst'),
        })
        return
      }
      try {
        const latest = store.info.latestVersion
        const last = latest
          ? await api<BundleSnapshot>(`/api/bundles/${store.info.id}/versions/${latest}`)
          : null
        if (!live) return
        setPhase({
          kind: 'ready',
          latest,
          check,
          diff: publishDiff(last, store.state, store.merged()),
        })
        if (!latest) setNote(t('publish.firstNote'))
      } catch (e) {
        if (live)
          setPhase({ kind: 'failed', message: e instanceof ApiError ? e.message : String(e) })
      }
    })()
    return () => {
      live = false
    }
  }, [open, store, t])

  const counts = phase.kind === 'ready' ? diffCounts(phase.diff) : null
  const unchanged = phase.kind === 'ready' && phase.latest > 0 && counts?.total === 0
  const needsConfirm = phase.kind === 'ready' && phase.check.needsConfirmation

  const publish = async () => {
    if (!note.trim()) {
      setNoteError(true)
      return
    }
    setBusy(true)
    try {
      const { version } = await api<{ version: number }>(`/api/bundles/${store.info.id}/publish`, {
        body: { note: note.trim() },
      })
      store.published(version)
      message.success(t('publish.done', { v: version }))
      onPublished(version)
      onClose()
    } catch (e) {
      if (e instanceof ApiError && e.status === 409)
        setPhase({
          kind: 'failed',
          message: e.message,
          conflicts: e.details as unknown as Conflict[],
        })
      else message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  const part = (key: keyof BundleDiff, label: string) => {
    if (phase.kind !== 'ready') return null
    const n = counts?.[key] ?? 0
    return {
      key,
      label: (
        <span>
          {label} {n > 0 && <Tag color="blue">{n}</Tag>}
        </span>
      ),
      children:
        key === 'fields' ? (
          <DiffTable
            fields={phase.diff.fields}
            beforeLabel={phase.latest ? t('publish.beforeCol', { v: phase.latest }) : '—'}
            afterLabel={t('publish.afterCol')}
          />
        ) : (
          <DiffTable
            fields={[]}
            values={phase.diff[key] as BundleDiff['materials']}
            beforeLabel={phase.latest ? t('publish.beforeCol', { v: phase.latest }) : '—'}
            afterLabel={t('publish.afterCol')}
          />
        ),
    }
  }

  return (
    <Modal
      open={open}
      title={t('bpublish.title')}
      width={960}
      onCancel={onClose}
      onOk={() => void publish()}
      okText={t('publish.ok')}
      okButtonProps={{
        disabled: phase.kind !== 'ready' || unchanged || (needsConfirm && !confirmed),
        loading: busy,
      }}
      destroyOnHidden
    >
      {phase.kind === 'checking' && (
        <div className="center-pad">
          <Spin /> {t('publish.checking')}
        </div>
      )}
      {phase.kind === 'blocked' && (
        <>
          <Alert type="error" showIcon title={t('bpublish.blocked')} />
          <ul className="b-list b-gap" data-testid="publish-blockers">
            {phase.check.conflicts.map((c) => (
              <li key={`${c.element}:${c.kind}:${c.detail}`}>
                <Tag color="red">{t('bpublish.conflict')}</Tag>
                {c.element} · {c.detail}
              </li>
            ))}
            {[...phase.check.situationIssues, ...phase.check.draftIssues].map((x) => (
              <li key={`${x.path}:${x.message}`}>
                <Tag color="orange">{x.path}</Tag>
                {x.message}
              </li>
            ))}
          </ul>
        </>
      )}
      {phase.kind === 'failed' && (
        <>
          <Alert type="error" showIcon title={phase.message} />
          {phase.conflicts && (
            <ul className="b-list b-gap">
              {phase.conflicts.map((c) => (
                <li key={`${c.element}:${c.kind}:${c.detail}`}>
                  {c.element} · {c.detail}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {phase.kind === 'ready' && (
        <>
          <Typography.Paragraph>
            {phase.latest
              ? t('publish.against', { v: phase.latest, next: phase.latest + 1 })
              : t('publish.first')}
          </Typography.Paragraph>
          {phase.check.needsConfirmation && (
            <Alert
              type="warning"
              showIcon
              className="b-gap"
              title={t('bpublish.missing', { n: phase.check.missingGuideElements.length })}
              description={
                <>
                  <div className="b-gap-sm">
                    {phase.check.missingGuideElements.map((m) => (
                      <Tag key={m.key} color="orange">
                        {m.title}
                      </Tag>
                    ))}
                  </div>
                  <Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)}>
                    {t('bpublish.confirm')}
                  </Checkbox>
                </>
              }
            />
          )}
          {unchanged ? (
            <Alert type="info" showIcon title={t('publish.unchanged', { v: phase.latest })} />
          ) : (
            <Tabs
              size="small"
              items={[
                part('fields', t('bpublish.fields')),
                part('materials', t('btab.materials')),
                part('guide', t('btab.guide')),
                part('situations', t('btab.situations')),
                part('rules', t('sit.rules')),
                part('items', t('bundle.members')),
              ].filter((x) => x !== null)}
            />
          )}
          <label className="json-label" htmlFor="bundle-publish-note">
            {t('publish.note')}
          </label>
          <Input.TextArea
            id="bundle-publish-note"
            value={note}
            status={noteError ? 'error' : undefined}
            onChange={(e) => {
              setNote(e.target.value)
              setNoteError(false)
            }}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('publish.notePlaceholder')}
          />
          {noteError && <div className="insp-error">{t('publish.noteRequired')}</div>}
        </>
      )}
    </Modal>
  )
}
