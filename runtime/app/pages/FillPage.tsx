import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiError, api } from '../../ui/api'
import { decorateUi } from '../../ui/form/decorate-ui'
import { loadDivisions, usesDivision } from '../../ui/form/division-data'
import { createValidator, type FormValidator } from '../../ui/form/validator'
import { useI18n } from '../../ui/i18n'
import type { PublishedDoc, Receipt, Tailored } from '../../ui/published-types'
import { Link, navigate } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { FillForm } from '../components/FillForm'
import { ErrorBox, Loading } from '../components/Layout'
import { PrefillPanel, setPath } from '../components/PrefillPanel'
import { ResumePanel } from '../components/ResumePanel'
import { clearDraft, type Draft, loadDraft, saveDraft, saveReceipt } from '../state/drafts'
import { migrateDraft } from '../state/migrate-draft'

const LOCAL_SAVE_MS = 400
const SERVER_SAVE_MS = 3000

type DraftSaved = { code: string; updatedAt: string; expiresAt: string }

/** `/s/:slug/fill`: the tailored 一张表 of the applicant's draft, autosaved, then submitted. */
export function FillPage({ slug }: { slug: string }) {
  const { t, locale } = useI18n()
  const [draft, setDraft] = useState<Draft | undefined>(() => loadDraft(slug))
  const latest = useApi<PublishedDoc>(`/api/published/${encodeURIComponent(slug)}`)
  const [notice, setNotice] = useState<string>()
  const [form, setForm] = useState<{ tailored: Tailored; validator: FormValidator }>()
  const [failure, setFailure] = useState<string>()
  const data = useRef<Record<string, unknown>>(draft?.data ?? {})
  const [revision, setRevision] = useState(0)
  const [savedAt, setSavedAt] = useState<Date>()
  const [syncing, setSyncing] = useState(false)
  const [syncError, setSyncError] = useState<string>()
  const localTimer = useRef<number>(undefined)
  const serverTimer = useRef<number>(undefined)
  const draftRef = useRef(draft)
  draftRef.current = draft

  useEffect(() => {
    if (!draft?.answered) navigate(`/s/${encodeURIComponent(slug)}/start`, { replace: true })
  }, [draft, slug])

  // An older draft moves to the newest version when its values still fit; else it keeps its own.
  useEffect(() => {
    const doc = latest.data
    const d = draftRef.current
    if (!doc || !d || d.version >= doc.version) return
    const valueErrors = (schema: unknown, value: Record<string, unknown>) =>
      createValidator()
        .validateFormData(value, schema as never)
        .errors.filter((e) => e.name !== 'required')
        .map((e) => e.message ?? '')
    const m = migrateDraft(d, doc, valueErrors)
    if (m.migrated) {
      saveDraft(m.draft)
      setDraft(m.draft)
      setNotice(t('fill.migrated', { v: doc.version }))
    } else setNotice(t('fill.kept', { v: d.version, latest: doc.version }))
  }, [latest.data, t])

  const version = latest.data && draft ? draft.version : undefined
  const answersKey = JSON.stringify(draft?.answers ?? {})
  useEffect(() => {
    if (version === undefined) return
    let live = true
    const answers = JSON.parse(answersKey)
    api<Tailored>(`/api/published/${encodeURIComponent(slug)}/${version}/tailor`, {
      body: { answers },
    })
      .then(async (tailored) => {
        const divisions = usesDivision(tailored.schema) ? await loadDivisions() : undefined
        if (live) setForm({ tailored, validator: createValidator(divisions?.isCnDivision) })
      })
      .catch((e: unknown) => live && setFailure(e instanceof ApiError ? e.message : String(e)))
    return () => {
      live = false
    }
  }, [slug, version, answersKey])

  const uiSchema = useMemo(
    () => (form ? decorateUi(form.tailored.schema, form.tailored.uiSchema) : {}),
    [form],
  )

  const pushToServer = useCallback(async (d: Draft) => {
    if (!d.resumeCode) return
    setSyncing(true)
    try {
      await api<DraftSaved>(`/api/drafts/${encodeURIComponent(d.resumeCode)}`, {
        method: 'PUT',
        body: { slug: d.slug, version: d.version, answers: d.answers, data: d.data },
      })
      setSyncError(undefined)
    } catch (e) {
      setSyncError(e instanceof ApiError ? e.message : String(e))
    } finally {
      setSyncing(false)
    }
  }, [])

  /** Called on every change: saves locally soon, and to the server (with a resume code) later. */
  const onData = useCallback(() => {
    window.clearTimeout(localTimer.current)
    localTimer.current = window.setTimeout(() => {
      const d = draftRef.current
      if (!d) return
      const next = { ...d, data: data.current }
      draftRef.current = next
      saveDraft(next)
      setSavedAt(new Date())
      if (next.resumeCode) {
        window.clearTimeout(serverTimer.current)
        serverTimer.current = window.setTimeout(() => void pushToServer(next), SERVER_SAVE_MS)
      }
    }, LOCAL_SAVE_MS)
  }, [pushToServer])

  const change = (patch: Partial<Draft>) => {
    const d = draftRef.current
    if (!d) return
    const next = { ...d, ...patch, data: data.current }
    saveDraft(next)
    setDraft(next)
  }

  const createResumeCode = async () => {
    const d = draftRef.current
    if (!d) return
    try {
      const saved = await api<DraftSaved>('/api/drafts', {
        body: { slug: d.slug, version: d.version, answers: d.answers, data: data.current },
      })
      change({ resumeCode: saved.code })
      setSyncError(undefined)
    } catch (e) {
      setSyncError(e instanceof ApiError ? e.message : String(e))
    }
  }

  const submit = async () => {
    const d = draftRef.current
    if (!d) return undefined
    const key = d.idempotencyKey ?? crypto.randomUUID()
    if (!d.idempotencyKey) change({ idempotencyKey: key })
    try {
      const receipt = await api<Receipt>(
        `/api/published/${encodeURIComponent(slug)}/${d.version}/submissions`,
        {
          body: { answers: d.answers, data: data.current },
          headers: { 'idempotency-key': key },
        },
      )
      saveReceipt({ ...receipt, slug, version: d.version })
      clearDraft(slug)
      navigate(`/r/${encodeURIComponent(receipt.number)}`)
      return undefined
    } catch (e) {
      if (e instanceof ApiError && e.details.length) {
        // the content was refused: a corrected submit is another request with another key
        change({ idempotencyKey: undefined })
        return e.details
      }
      setFailure(e instanceof ApiError ? e.message : String(e))
      return undefined
    }
  }

  if (latest.error) return <ErrorBox message={latest.error.message} />
  if (!draft || !latest.data || !form) return failure ? <ErrorBox message={failure} /> : <Loading />
  return (
    <>
      <p className="muted">
        <Link href={`/s/${encodeURIComponent(slug)}`}>{latest.data.name}</Link> ›{' '}
        <Link href={`/s/${encodeURIComponent(slug)}/start`}>{t('sit.title')}</Link> ›{' '}
        {t('fill.title')}
      </p>
      <h1>{t('fill.title')}</h1>
      {notice && <div className="alert info">{notice}</div>}
      {failure && <ErrorBox message={failure} />}
      <p className="muted" aria-live="polite">
        {t('version', { v: draft.version })} ·{' '}
        {savedAt
          ? t('fill.saved', { time: savedAt.toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en') })
          : t('fill.autosave')}
      </p>
      <ResumePanel
        code={draft.resumeCode}
        syncing={syncing}
        error={syncError}
        onCreate={createResumeCode}
      />
      <PrefillPanel
        schema={form.tailored.schema}
        data={data.current}
        onApply={(values) => {
          for (const [path, value] of Object.entries(values)) setPath(data.current, path, value)
          change({})
          setRevision((r) => r + 1)
        }}
      />
      <FillForm
        schema={form.tailored.schema}
        uiSchema={uiSchema}
        validator={form.validator}
        data={data.current}
        revision={revision}
        step={draft.step}
        mode={draft.mode}
        onData={onData}
        onStep={(step) => change({ step })}
        onMode={(mode) => change({ mode })}
        onSubmit={submit}
      />
    </>
  )
}
