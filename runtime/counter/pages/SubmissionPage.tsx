import { useState } from 'react'
import type { JsonSchema, MergedMaterial, Part } from '../../core/types'
import { ApiError, api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'
import type { PublishedDoc, SubmissionView } from '../../ui/published-types'
import { Link } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { SubmittedData } from '../components/SubmittedData'

type StaffView = SubmissionView & {
  parts: Part[]
  materials: MergedMaterial[]
  checklist: string[]
  missing: string[]
  statusReason?: string | null
  statusHistory: {
    at: string
    actor: string
    from: string | null
    to: string
    reason: string | null
  }[]
}

const valueAt = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as never)[k] : undefined), data)

const titleAt = (schema: JsonSchema, path: string): string => {
  let node: JsonSchema | undefined = schema
  const titles: string[] = []
  for (const seg of path.replace(/\[\]/g, '').split('.')) {
    node = node?.properties?.[seg] ?? (node?.items as JsonSchema | undefined)?.properties?.[seg]
    if (node?.title) titles.push(node.title)
  }
  return titles.at(-1) ?? path
}

/** What one department receives: its item's own fields, titled as the applicant saw them. */
function PartView({ doc, part }: { doc: PublishedDoc; part: Part }) {
  const rows = doc.mapping.filter((m) => m.item === part.itemCode)
  const shown = new Set<string>()
  return (
    <dl className="kv">
      {rows.map((m) => {
        const top = m.path.split('[]')[0]!
        if (shown.has(top)) return null
        shown.add(top)
        const v = valueAt(part.data, top)
        return (
          <div key={top} style={{ display: 'contents' }}>
            <dt>
              {titleAt(doc.schema, m.path.includes('[]') ? m.merged.split('[]')[0]! : m.merged)}
            </dt>
            <dd>
              {Array.isArray(v)
                ? `${v.length} 行`
                : v === undefined || v === null || v === ''
                  ? '—'
                  : typeof v === 'boolean'
                    ? v
                      ? '是'
                      : '否'
                    : String(v)}
            </dd>
          </div>
        )
      })}
    </dl>
  )
}

/** `/counter/s/:number`: the submission, its parts per department, the checklist, 受理 / 退回. */
export function SubmissionPage({ number }: { number: string }) {
  const { t } = useI18n()
  const [reload, setReload] = useState(0)
  const path = `/api/submissions/${encodeURIComponent(number)}`
  const sub = useApi<StaffView>(`${path}?r=${reload}`)
  const s = sub.data
  const doc = useApi<PublishedDoc>(
    s ? `/api/published/${encodeURIComponent(s.slug)}/${s.version}` : null,
  )
  const [ticked, setTicked] = useState<Set<string>>()
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string>()
  const [saved, setSaved] = useState<string>()
  const [part, setPart] = useState(0)

  if (sub.error)
    return (
      <p className="alert error" role="alert">
        {sub.error.message}
      </p>
    )
  if (!s || !doc.data) return <p className="muted">{t('loading')}</p>
  const received = ticked ?? new Set(s.checklist)
  const act = async (fn: () => Promise<unknown>, done: string) => {
    setError(undefined)
    try {
      await fn()
      setSaved(done)
      setTicked(undefined)
      setReload((n) => n + 1)
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }
  const current = s.parts[part]
  return (
    <>
      <p className="muted">
        <Link href="/counter">{t('desk.title')}</Link> › {s.number}
      </p>
      <h1>
        {t('receipt.number')} {s.number} <span className="tag">{t(`status.${s.status}`)}</span>
      </h1>
      <p className="muted">
        {doc.data.name} · {t('version', { v: s.version })} ·{' '}
        {new Date(s.createdAt).toLocaleString('zh-CN')}
      </p>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {saved && (
        <p className="alert ok" role="status">
          {saved}
        </p>
      )}
      <div className="actions">
        <a className="btn" href={`/api/submissions/${encodeURIComponent(s.number)}/pdf`} download>
          {t('receipt.pdf')}
        </a>
      </div>

      <div className="detail-layout">
        <div>
          <section className="card" aria-labelledby="parts-h">
            <h2 id="parts-h">{t('sub.parts')}</h2>
            <div className="row" role="tablist">
              {s.parts.map((p, i) => (
                <button
                  key={p.itemCode}
                  type="button"
                  role="tab"
                  aria-selected={i === part}
                  className={`btn ${i === part ? 'btn-primary' : ''}`}
                  onClick={() => setPart(i)}
                >
                  {p.department} ·{' '}
                  {doc.data?.items.find((x) => x.code === p.itemCode)?.name ?? p.itemCode}
                </button>
              ))}
            </div>
            {current && (
              <div role="tabpanel">
                <p className="muted">
                  {current.itemCode} · {t('version', { v: current.version })}
                </p>
                <PartView doc={doc.data} part={current} />
              </div>
            )}
          </section>

          <section className="card" aria-labelledby="data-h">
            <h2 id="data-h">{t('sub.data')}</h2>
            <SubmittedData schema={doc.data.schema} data={s.data} />
          </section>

          <section className="card" aria-labelledby="history-h">
            <h2 id="history-h">{t('sub.history')}</h2>
            <ol>
              {s.statusHistory.map((h) => (
                <li key={`${h.at}-${h.to}`}>
                  {new Date(h.at).toLocaleString('zh-CN')} · {h.actor} · {t(`status.${h.to}`)}
                  {h.reason ? `：${h.reason}` : ''}
                </li>
              ))}
            </ol>
          </section>
        </div>
        <aside className="detail-side">
          <section className="card checklist" aria-labelledby="checklist-h">
            <h2 id="checklist-h">{t('sub.checklist')}</h2>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {s.materials.map((m) => (
                <li key={m.key}>
                  <label className="option">
                    <input
                      type="checkbox"
                      disabled={m.exempt}
                      checked={m.exempt || received.has(m.key)}
                      onChange={(e) => {
                        const next = new Set(received)
                        if (e.target.checked) next.add(m.key)
                        else next.delete(m.key)
                        setTicked(next)
                      }}
                    />
                    <span>
                      {m.name}（{t(`mat.${m.form}`)} {m.copies} 份，{t(`mat.${m.requirement}`)}）
                      {m.exempt && <span className="tag green">{t('mat.exempt')}</span>}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            <button
              type="button"
              className="btn"
              disabled={!ticked}
              onClick={() =>
                act(
                  () =>
                    api(`${path}/checklist`, {
                      method: 'PUT',
                      body: {
                        received: [...received].filter((k) =>
                          s.materials.some((m) => m.key === k && !m.exempt),
                        ),
                      },
                    }),
                  t('sub.checklistSaved'),
                )
              }
            >
              {t('sub.saveChecklist')}
            </button>
          </section>

          {s.status === 'submitted' && (
            <section className="card" aria-labelledby="decide-h">
              <h2 id="decide-h">{t('sub.decide')}</h2>
              <label className="field">
                <span className="label">{t('sub.reason')}</span>
                <textarea
                  className="input"
                  value={reason}
                  maxLength={500}
                  onChange={(e) => setReason(e.target.value)}
                />
              </label>
              <div className="actions">
                <button
                  type="button"
                  className="btn btn-primary"
                  onClick={() =>
                    act(
                      () => api(`${path}/status`, { body: { status: 'accepted' } }),
                      t('sub.accepted'),
                    )
                  }
                >
                  {t('sub.accept')}
                </button>
                <button
                  type="button"
                  className="btn btn-danger"
                  disabled={!reason.trim()}
                  onClick={() =>
                    act(
                      () =>
                        api(`${path}/status`, {
                          body: { status: 'returned', reason: reason.trim() },
                        }),
                      t('sub.returned'),
                    )
                  }
                >
                  {t('sub.return')}
                </button>
              </div>
            </section>
          )}
        </aside>
      </div>
    </>
  )
}
