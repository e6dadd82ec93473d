/**
 * 发布: refuses while the core finds errors (listing them), saves the draft, shows the field-level
 * diff against the last published version, asks for a change note and publishes.
 */
import { Alert, App, Input, Modal, Spin, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { diffItems, type ItemDiff } from '../../../runtime/core/diff'
import { ApiError, api } from '../../../runtime/ui/api'
import { useI18n } from '../../../runtime/ui/i18n'
import { hasErrors, type Problem } from '../../core'
import { ProblemsList } from '../form-editor/ProblemsPanel'
import { useSession } from '../session'
import type { ItemVersion, VersionRow } from '../types'
import { DiffTable } from './DiffTable'
import type { ItemStore } from './item-store'

type Phase =
  | { kind: 'checking' }
  | { kind: 'blocked'; problems: Problem[] }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; diff: ItemDiff; latest: number }

/** A published version as a draft-shaped document (the department name is the version's own). */
const asDraft = ({ department: _d, ...v }: ItemVersion) => v

export function PublishDialog({
  store,
  open,
  onClose,
  onPublished,
}: {
  store: ItemStore
  open: boolean
  onClose: () => void
  onPublished: (version: number) => void
}) {
  const { t } = useI18n()
  const { message } = App.useApp()
  const { departments } = useSession()
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' })
  const [note, setNote] = useState('')
  const [busy, setBusy] = useState(false)
  const [noteError, setNoteError] = useState(false)

  useEffect(() => {
    if (!open) return
    let live = true
    setPhase({ kind: 'checking' })
    setNote('')
    setNoteError(false)
    void (async () => {
      const problems = store.refreshProblems()
      if (hasErrors(problems)) {
        setPhase({ kind: 'blocked', problems: problems.filter((p) => p.severity === 'error') })
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
        const id = store.info.id
        const versions = await api<VersionRow[]>(`/api/items/${id}/versions`)
        const latest = versions[0]?.version ?? 0
        const before = latest
          ? asDraft(await api<ItemVersion>(`/api/items/${id}/versions/${latest}`))
          : { form: { schema: {}, uiSchema: {} } }
        if (!live) return
        // the department by its name, as the catalogue form shows it, not by its id
        const names = new Map(departments.map((d) => [d.id, d.name]))
        const named = <T extends object>(v: T): T =>
          'departmentId' in v && typeof v.departmentId === 'string'
            ? { ...v, departmentId: names.get(v.departmentId) ?? v.departmentId }
            : v
        setPhase({ kind: 'ready', latest, diff: diffItems(named(before), named(store.input())) })
        if (!latest) setNote(t('publish.firstNote'))
      } catch (e) {
        if (live)
          setPhase({ kind: 'failed', message: e instanceof ApiError ? e.message : String(e) })
      }
    })()
    return () => {
      live = false
    }
  }, [open, store, t, departments])

  const unchanged =
    phase.kind === 'ready' &&
    phase.latest > 0 &&
    phase.diff.fields.length === 0 &&
    phase.diff.values.length === 0

  const publish = async () => {
    if (!note.trim()) {
      setNoteError(true)
      return
    }
    setBusy(true)
    try {
      const { version } = await api<{ version: number }>(`/api/items/${store.info.id}/publish`, {
        body: { note: note.trim() },
      })
      store.published(version)
      message.success(t('publish.done', { v: version }))
      onPublished(version)
      onClose()
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal
      open={open}
      title={t('publish.title')}
      width={900}
      onCancel={onClose}
      onOk={() => void publish()}
      okText={t('publish.ok')}
      okButtonProps={{ disabled: phase.kind !== 'ready' || unchanged, loading: busy }}
      destroyOnHidden
    >
      {phase.kind === 'checking' && (
        <div className="center-pad">
          <Spin /> {t('publish.checking')}
        </div>
      )}
      {phase.kind === 'blocked' && (
        <>
          <Alert type="error" showIcon title={t('publish.blocked', { n: phase.problems.length })} />
          <ProblemsList problems={phase.problems} />
        </>
      )}
      {phase.kind === 'failed' && <Alert type="error" showIcon title={phase.message} />}
      {phase.kind === 'ready' && (
        <>
          <Typography.Paragraph>
            {phase.latest
              ? t('publish.against', { v: phase.latest, next: phase.latest + 1 })
              : t('publish.first')}
          </Typography.Paragraph>
          {unchanged ? (
            <Alert type="info" showIcon title={t('publish.unchanged', { v: phase.latest })} />
          ) : (
            <DiffTable
              fields={phase.diff.fields}
              values={phase.diff.values}
              beforeLabel={phase.latest ? t('publish.beforeCol', { v: phase.latest }) : '—'}
              afterLabel={t('publish.afterCol')}
            />
          )}
          <label className="json-label" htmlFor="publish-note">
            {t('publish.note')}
          </label>
          <Input.TextArea
            id="publish-note"
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
