import { useI18n } from '../../ui/i18n'

/** The resume code: the same draft opens on another device at /resume. */
export function ResumePanel({
  code,
  syncing,
  error,
  onCreate,
}: {
  code?: string
  syncing: boolean
  error?: string
  onCreate: () => void
}) {
  const { t } = useI18n()
  return (
    <div className="card no-print">
      <div className="row">
        <strong>{t('resume.title')}</strong>
        {code ? (
          <span>
            {t('resume.code')}：<span className="resume-code">{code}</span>{' '}
            <span className="muted">{syncing ? t('resume.syncing') : t('resume.synced')}</span>
          </span>
        ) : (
          <button type="button" className="btn" onClick={onCreate}>
            {t('resume.create')}
          </button>
        )}
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
    </div>
  )
}
