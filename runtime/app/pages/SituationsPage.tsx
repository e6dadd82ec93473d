import { useEffect, useState } from 'react'
import { visibleSituations } from '../../core/situations/visible-situations'
import type { Answers, Situation } from '../../core/types'
import { type ApiError, api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'
import type { PublishedDoc, Tailored } from '../../ui/published-types'
import { Link, navigate } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { ErrorBox, Loading } from '../components/Layout'
import { MaterialsList } from '../components/MaterialsList'
import { newDraft } from '../state/drafts'
import { useDraft } from '../state/use-draft'

function Question({
  q,
  value,
  onChange,
}: {
  q: Situation
  value: Answers[string] | undefined
  onChange: (v: string | string[]) => void
}) {
  const chosen = Array.isArray(value) ? value : value === undefined ? [] : [String(value)]
  return (
    <fieldset>
      <legend className="question">{q.title}</legend>
      {q.help && <p className="muted">{q.help}</p>}
      <div className="options">
        {q.options.map((o) => (
          <label className="option" key={o.value}>
            <input
              type={q.kind === 'multiple' ? 'checkbox' : 'radio'}
              name={`q-${q.id}`}
              value={o.value}
              checked={chosen.includes(o.value)}
              onChange={(e) => {
                if (q.kind !== 'multiple') return onChange(o.value)
                onChange(
                  e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value),
                )
              }}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

/** `/s/:slug/start`: 情形引导, one question per screen, then what this applicant will need. */
export function SituationsPage({ slug }: { slug: string }) {
  const { t } = useI18n()
  const latest = useApi<PublishedDoc>(`/api/published/${encodeURIComponent(slug)}`)
  const { draft, update } = useDraft(slug, latest.data?.version)
  // a draft whose questions are not finished simply restarts on the newest version
  const version = draft?.answered ? draft.version : latest.data?.version
  const docPath = version ? `/api/published/${encodeURIComponent(slug)}/${version}` : null
  const { data: doc, error } = useApi<PublishedDoc>(docPath)
  const [index, setIndex] = useState(0)
  const [summary, setSummary] = useState<Tailored>()
  const [failure, setFailure] = useState<string>()

  const answers = draft?.answers ?? {}
  const questions = doc ? visibleSituations(doc.situations, answers) : []
  const done = doc !== undefined && index >= questions.length

  const answersKey = JSON.stringify(answers)
  useEffect(() => {
    if (!done || !doc) return
    let live = true
    setSummary(undefined)
    api<Tailored>(`/api/published/${encodeURIComponent(slug)}/${doc.version}/tailor`, {
      body: { answers: JSON.parse(answersKey) },
    }).then(
      (r) => live && setSummary(r),
      (e: ApiError) => live && setFailure(e.message),
    )
    return () => {
      live = false
    }
  }, [done, doc, slug, answersKey])

  if (latest.error || error) return <ErrorBox message={(latest.error ?? error)!.message} />
  if (!doc || !draft) return <Loading />
  const q = questions[index]
  const answered = q ? answers[q.id] !== undefined && answers[q.id] !== '' : true

  return (
    <>
      <p className="muted">
        <Link href={`/s/${encodeURIComponent(slug)}`}>{doc.name}</Link> › {t('sit.title')}
      </p>
      <h1>{t('sit.title')}</h1>
      {q && (
        <div className="card">
          <p className="muted" aria-live="polite">
            {t('sit.progress', { i: index + 1, n: questions.length })}
          </p>
          <Question
            key={q.id}
            q={q}
            value={answers[q.id]}
            onChange={(v) =>
              update((d) => {
                const base = d.version === doc.version ? d : newDraft(slug, doc.version)
                return { ...base, answers: { ...base.answers, [q.id]: v }, answered: false }
              })
            }
          />
          <div className="actions">
            <button
              type="button"
              className="btn"
              disabled={index === 0}
              onClick={() => setIndex(index - 1)}
            >
              {t('prev')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={!answered}
              onClick={() => {
                if (q.kind === 'multiple' && answers[q.id] === undefined)
                  update((d) => ({ ...d, answers: { ...d.answers, [q.id]: [] } }))
                setIndex(index + 1)
              }}
            >
              {t('next')}
            </button>
          </div>
        </div>
      )}
      {done && (
        <div className="card">
          {failure && <ErrorBox message={failure} />}
          {!summary && !failure && <Loading />}
          {summary && (
            <>
              <h2>{t('sit.summary')}</h2>
              <p>
                {t('sit.materialsCount', {
                  n: summary.materials.length,
                  m: summary.materials.filter((m) => m.exempt).length,
                })}
              </p>
              <MaterialsList materials={summary.materials} />
              <h3>{t('sit.items')}</h3>
              <ul>
                {summary.items.map((i) => (
                  <li key={i.code}>
                    {i.name}（{i.department}）
                  </li>
                ))}
              </ul>
              <div className="actions">
                {questions.length > 0 && (
                  <button type="button" className="btn" onClick={() => setIndex(0)}>
                    {t('sit.change')}
                  </button>
                )}
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() => {
                    update((d) => ({ ...d, answered: true, version: doc.version }))
                    navigate(`/s/${encodeURIComponent(slug)}/fill`)
                  }}
                >
                  {t('sit.fill')}
                </button>
              </div>
            </>
          )}
        </div>
      )}
    </>
  )
}
