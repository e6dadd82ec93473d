import { useMemo, useRef, useState } from 'react'
import { FillForm } from '../../app/components/FillForm'
import type { FillMode } from '../../app/state/drafts'
import type { Answers } from '../../core/types'
import { ApiError, api } from '../../ui/api'
import { decorateUi } from '../../ui/form/decorate-ui'
import type { PathMessage } from '../../ui/form/error-schema'
import { createValidator } from '../../ui/form/validator'
import { useI18n } from '../../ui/i18n'
import type { PublishedSummary, Receipt, Tailored } from '../../ui/published-types'
import { navigate } from '../../ui/router'
import { useApi } from '../../ui/use-api'

type Imported = { answers: Answers; data: Record<string, unknown>; errors: PathMessage[] }

/**
 * `/counter/import`: a PDF the applicant filled offline becomes a submission. What it read is
 * shown in the form with its errors, for the staff to fix with the applicant, then submitted.
 */
export function ImportPage() {
  const { t } = useI18n()
  const published = useApi<PublishedSummary[]>('/api/published')
  const [slug, setSlug] = useState('')
  const [error, setError] = useState<string>()
  const [form, setForm] = useState<{ imported: Imported; tailored: Tailored; version: number }>()
  const data = useRef<Record<string, unknown>>({})
  const [step, setStep] = useState(0)
  const [mode, setMode] = useState<FillMode>('long')
  const validator = useMemo(() => createValidator(), [])
  const bundle = published.data?.find((b) => b.slug === slug) ?? published.data?.[0]

  const upload = async (file: File) => {
    if (!bundle) return
    setError(undefined)
    try {
      const base = `/api/published/${encodeURIComponent(bundle.slug)}/${bundle.version}`
      const imported = await api<Imported>(`${base}/pdf/import`, {
        raw: await file.arrayBuffer(),
      })
      const tailored = await api<Tailored>(`${base}/tailor`, {
        body: { answers: imported.answers },
      })
      data.current = imported.data
      setForm({ imported, tailored, version: bundle.version })
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }

  const submit = async (): Promise<PathMessage[] | undefined> => {
    if (!form || !bundle) return undefined
    try {
      const r = await api<Receipt>(
        `/api/published/${encodeURIComponent(bundle.slug)}/${form.version}/submissions`,
        { body: { answers: form.imported.answers, data: data.current } },
      )
      navigate(`/counter/s/${encodeURIComponent(r.number)}`)
      return undefined
    } catch (e) {
      if (e instanceof ApiError && e.details.length) return e.details
      setError(e instanceof ApiError ? e.message : String(e))
      return undefined
    }
  }

  return (
    <>
      <h1>{t('import.title')}</h1>
      <div className="card row">
        <label>
          {t('import.bundle')}{' '}
          <select
            className="input"
            value={bundle?.slug ?? ''}
            onChange={(e) => setSlug(e.target.value)}
          >
            {(published.data ?? []).map((b) => (
              <option key={b.slug} value={b.slug}>
                {b.name}（{t('version', { v: b.version })}）
              </option>
            ))}
          </select>
        </label>
        <label className="btn btn-primary">
          {t('import.choose')}
          <input
            type="file"
            accept="application/pdf"
            hidden
            onChange={(e) => {
              const f = e.target.files?.[0]
              if (f) void upload(f)
            }}
          />
        </label>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {form && (
        <>
          <div className={`alert ${form.imported.errors.length ? 'warn' : 'ok'}`} role="status">
            {form.imported.errors.length
              ? t('import.errors', { n: form.imported.errors.length })
              : t('import.ok')}
            <ul>
              {form.imported.errors.slice(0, 20).map((e) => (
                <li key={`${e.path}:${e.message}`}>{e.message}</li>
              ))}
            </ul>
          </div>
          <FillForm
            schema={form.tailored.schema}
            uiSchema={decorateUi(form.tailored.schema, form.tailored.uiSchema)}
            validator={validator}
            data={data.current}
            revision={0}
            step={step}
            mode={mode}
            onData={() => undefined}
            onStep={setStep}
            onMode={setMode}
            onSubmit={submit}
          />
        </>
      )}
    </>
  )
}
