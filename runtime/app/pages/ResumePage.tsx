import { useState } from 'react'
import type { Answers } from '../../core/types'
import { ApiError, api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'
import { navigate } from '../../ui/router'
import { loadDraft, newDraft, saveDraft } from '../state/drafts'

type ServerDraft = {
  code: string
  slug: string
  version: number
  answers: Answers
  data: Record<string, unknown>
}

/** `/resume`: a draft saved on another device, fetched by its resume code. */
export function ResumePage() {
  const { t } = useI18n()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string>()
  const [busy, setBusy] = useState(false)
  const open = async () => {
    setBusy(true)
    setError(undefined)
    try {
      const d = await api<ServerDraft>(`/api/drafts/${encodeURIComponent(code.trim())}`)
      const local = loadDraft(d.slug)
      if (local && local.resumeCode !== d.code && !window.confirm(t('resume.replace'))) return
      saveDraft({
        ...newDraft(d.slug, d.version),
        answers: d.answers,
        data: d.data,
        answered: true,
        resumeCode: d.code,
      })
      navigate(`/s/${encodeURIComponent(d.slug)}/fill`)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <h1>{t('resume.nav')}</h1>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault()
          void open()
        }}
      >
        <label>
          {t('resume.enter')}
          <input
            className="input resume-code"
            value={code}
            autoComplete="off"
            placeholder="XXXX-XXXX-XXXX"
            onChange={(e) => setCode(e.target.value)}
          />
        </label>
        {error && (
          <p className="alert error" role="alert">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !code.trim()}>
            {t('resume.open')}
          </button>
        </div>
      </form>
    </>
  )
}
