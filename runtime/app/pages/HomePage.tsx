import { useMemo, useState } from 'react'
import { useI18n } from '../../ui/i18n'
import type { PublishedSummary } from '../../ui/published-types'
import { Link } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { ErrorBox, Loading } from '../components/Layout'

const STAGE_ORDER = ['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收']

const stageRank = (s: string) => {
  const i = STAGE_ORDER.indexOf(s)
  return i < 0 ? STAGE_ORDER.length : i
}

/** `/`: the published 一件事, by stage, filtered by department and a search. */
export function HomePage() {
  const { t } = useI18n()
  const { data, error, loading } = useApi<PublishedSummary[]>('/api/published')
  const [q, setQ] = useState('')
  const [dept, setDept] = useState('')
  const departments = useMemo(
    () => [...new Set((data ?? []).flatMap((b) => b.departments))].sort(),
    [data],
  )
  const shown = (data ?? []).filter((b) => {
    if (dept && !b.departments.includes(dept)) return false
    const needle = q.trim()
    if (!needle) return true
    return [b.name, b.stage, ...b.items.map((i) => `${i.name} ${i.code}`)].some((s) =>
      s.includes(needle),
    )
  })
  const stages = [...new Set(shown.map((b) => b.stage))].sort((a, b) => stageRank(a) - stageRank(b))
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="muted">{t('home.lead')}</p>
      <search className="card row">
        <label className="spacer">
          <span className="muted">{t('home.search')}</span>
          <input
            className="input"
            type="search"
            value={q}
            placeholder={t('home.searchPlaceholder')}
            onChange={(e) => setQ(e.target.value)}
          />
        </label>
        <label>
          <span className="muted">{t('home.department')}</span>
          <select className="input" value={dept} onChange={(e) => setDept(e.target.value)}>
            <option value="">{t('home.allDepartments')}</option>
            {departments.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </label>
      </search>
      {loading && <Loading />}
      {error && <ErrorBox message={error.message} />}
      {data && shown.length === 0 && <p>{t('home.none')}</p>}
      {stages.map((stage) => (
        <section key={stage} aria-labelledby={`stage-${stage}`}>
          <h2 id={`stage-${stage}`}>{stage}</h2>
          {shown
            .filter((b) => b.stage === stage)
            .map((b) => (
              <article className="card" key={b.slug}>
                <h3>
                  <Link href={`/s/${encodeURIComponent(b.slug)}`}>{b.name}</Link>
                </h3>
                <p className="muted">
                  {t('home.lead.dept')}：{b.leadDepartment} ·{' '}
                  {t('home.items', { n: b.items.length })} · {t('version', { v: b.version })}
                </p>
                <p>
                  {b.departments.map((d) => (
                    <span className="tag" key={d}>
                      {d}
                    </span>
                  ))}
                </p>
              </article>
            ))}
        </section>
      ))}
    </>
  )
}
