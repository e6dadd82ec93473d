import type { ReactNode } from 'react'
import { printGuide } from '../../core/guide/guide-doc'
import { useI18n } from '../../ui/i18n'
import type { PublishedDoc } from '../../ui/published-types'
import { Link } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { Flowchart } from '../components/Flowchart'
import { ErrorBox, Loading } from '../components/Layout'
import { MaterialsList } from '../components/MaterialsList'

const SECTIONS = ['basic', 'materials', 'process', 'limits', 'place', 'intermediaries', 'faq']

function Section({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useI18n()
  return (
    <section className="card" id={`g-${id}`} aria-labelledby={`g-${id}-h`}>
      <h2 id={`g-${id}-h`}>{t(`guide.${id}`)}</h2>
      {children}
    </section>
  )
}

/** `/s/:slug`: the 办事指南 of the latest version, the blank form and 开始办理. */
export function GuidePage({ slug }: { slug: string }) {
  const { t } = useI18n()
  const {
    data: doc,
    error,
    loading,
  } = useApi<PublishedDoc>(`/api/published/${encodeURIComponent(slug)}`)
  if (loading) return <Loading />
  if (error || !doc) return <ErrorBox message={error?.message ?? t('notFound')} />
  // a guide is free JSON in drafts: read it defensively, as the printed guide does
  const g = printGuide(doc.guide)
  const days = (n: number | undefined) => (n === undefined ? '—' : t('days', { n }))
  const base = `/api/published/${encodeURIComponent(doc.slug)}/${doc.version}`
  return (
    <>
      <h1>{doc.name}</h1>
      <p className="muted">
        {doc.stage} · {t('home.lead.dept')}：{doc.leadDepartment} ·{' '}
        {t('version', { v: doc.version })}
      </p>
      <div className="actions">
        <Link className="btn btn-primary" href={`/s/${encodeURIComponent(doc.slug)}/start`}>
          {t('guide.start')}
        </Link>
        <a className="btn" href={`${base}/pdf`} download>
          {t('guide.blankPdf')}
        </a>
        <a className="btn" href={`${base}/guide.pdf`} download>
          {t('guide.guidePdf')}
        </a>
      </div>
      <nav className="card" aria-label={t('guide.index')}>
        <div className="row">
          {SECTIONS.map((s) => (
            <a key={s} href={`#g-${s}`}>
              {t(`guide.${s}`)}
            </a>
          ))}
        </div>
      </nav>
      <Section id="basic">
        <dl className="kv">
          <dt>{t('guide.items')}</dt>
          <dd>
            <ul>
              {doc.items.map((i) => (
                <li key={i.code}>
                  {i.name}（{i.code}，{i.department}）
                </li>
              ))}
            </ul>
          </dd>
          <dt>{t('guide.implementer')}</dt>
          <dd>{g.implementer}</dd>
          <dt>{t('guide.joint')}</dt>
          <dd>{g.jointDepartments.join('、')}</dd>
          <dt>{t('guide.targets')}</dt>
          <dd>{g.targets}</dd>
          <dt>{t('guide.basisList')}</dt>
          <dd>
            <ul>
              {g.basis.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          </dd>
          <dt>{t('guide.conditions')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{g.conditions}</dd>
          <dt>{t('guide.result')}</dt>
          <dd>{g.result.name}</dd>
        </dl>
      </Section>
      <Section id="materials">
        <p className="muted">{t('guide.materialsLead')}</p>
        <MaterialsList materials={doc.materials} />
      </Section>
      <Section id="process">
        <Flowchart steps={g.process} />
        <ol>
          {g.process.map((s) => (
            <li key={`${s.title}-${s.department}`}>
              <strong>{s.title}</strong>（{s.department}，{days(s.days)}）
              {s.description ? `：${s.description}` : ''}
            </li>
          ))}
        </ol>
      </Section>
      <Section id="limits">
        <dl className="kv">
          <dt>{t('guide.legal')}</dt>
          <dd>{days(g.legal)}</dd>
          <dt>{t('guide.promised')}</dt>
          <dd>{days(g.promised)}</dd>
          <dt>{t('guide.fee')}</dt>
          <dd>{g.fee || '不收费'}</dd>
          <dt>{t('guide.visits')}</dt>
          <dd>{g.visits ?? '—'}</dd>
        </dl>
      </Section>
      <Section id="place">
        <dl className="kv">
          <dt>{t('guide.location')}</dt>
          <dd>{g.location}</dd>
          <dt>{t('guide.hours')}</dt>
          <dd>{g.hours}</dd>
          <dt>{t('guide.window')}</dt>
          <dd>{g.window}</dd>
          <dt>{t('guide.online')}</dt>
          <dd>{g.onlineUrl}</dd>
          <dt>{t('guide.consult')}</dt>
          <dd>{g.consultPhone}</dd>
          <dt>{t('guide.complaint')}</dt>
          <dd>{g.complaintPhone}</dd>
        </dl>
      </Section>
      <Section id="intermediaries">
        {g.intermediaries.length === 0 ? (
          <p>{t('guide.noIntermediaries')}</p>
        ) : (
          <ul>
            {g.intermediaries.map((m) => (
              <li key={m.name}>
                {m.name}
                {m.required ? '' : `（${t('guide.optional')}）`}
                {m.basis ? ` — ${m.basis}` : ''}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="faq">
        {g.faq.map((f) => (
          <details key={f.q}>
            <summary>{f.q}</summary>
            <p>{f.a}</p>
          </details>
        ))}
      </Section>
    </>
  )
}
