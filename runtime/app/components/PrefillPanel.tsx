import { useState } from 'react'
import type { JsonSchema } from '../../core/types'
import { ApiError, api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'

type Prefill = { number: string; values: Record<string, unknown> }

const leafAt = (schema: JsonSchema, path: string): JsonSchema | undefined => {
  let node: JsonSchema | undefined = schema
  for (const seg of path.split('.')) node = node?.properties?.[seg]
  return node && node.type !== 'object' && node.type !== 'array' ? node : undefined
}

const getPath = (data: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as never)[k] : undefined), data)

export const setPath = (data: Record<string, unknown>, path: string, value: unknown): void => {
  const segs = path.split('.')
  let node = data
  for (const k of segs.slice(0, -1)) {
    if (!node[k] || typeof node[k] !== 'object') node[k] = {}
    node = node[k] as Record<string, unknown>
  }
  node[segs.at(-1)!] = value
}

/**
 * 减证办: the applicant proves an earlier submission (its number and token, and the same USCC or ID
 * number); the values it holds for this form's fields are offered, and only ticked ones are filled in.
 */
export function PrefillPanel({
  schema,
  data,
  onApply,
}: {
  schema: JsonSchema
  data: Record<string, unknown>
  onApply: (values: Record<string, unknown>) => void
}) {
  const { t } = useI18n()
  const [subject, setSubject] = useState('')
  const [number, setNumber] = useState('')
  const [token, setToken] = useState('')
  const [offer, setOffer] = useState<{ path: string; title: string; value: unknown }[]>()
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [error, setError] = useState<string>()

  const lookup = async () => {
    setError(undefined)
    try {
      const res = await api<Prefill>('/api/prefill', {
        body: { subject: subject.trim(), number: number.trim(), token: token.trim() },
      })
      const rows = Object.entries(res.values)
        .map(([path, value]) => ({ path, value, node: leafAt(schema, path) }))
        .filter((r) => r.node && JSON.stringify(getPath(data, r.path)) !== JSON.stringify(r.value))
        .map((r) => ({ path: r.path, value: r.value, title: r.node?.title ?? r.path }))
      setOffer(rows)
      setChosen(new Set(rows.map((r) => r.path)))
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e))
    }
  }

  return (
    <details className="card">
      <summary>{t('prefill.title')}</summary>
      <p className="muted">{t('prefill.lead')}</p>
      <div className="row">
        <label>
          {t('prefill.subject')}
          <input className="input" value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label>
          {t('prefill.number')}
          <input className="input" value={number} onChange={(e) => setNumber(e.target.value)} />
        </label>
        <label>
          {t('prefill.token')}
          <input className="input" value={token} onChange={(e) => setToken(e.target.value)} />
        </label>
        <button type="button" className="btn" onClick={lookup} disabled={!subject || !number}>
          {t('prefill.lookup')}
        </button>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      {offer && offer.length === 0 && <p>{t('prefill.nothing')}</p>}
      {offer && offer.length > 0 && (
        <fieldset>
          <legend>{t('prefill.offer')}</legend>
          {offer.map((r) => (
            <label key={r.path} className="option">
              <input
                type="checkbox"
                checked={chosen.has(r.path)}
                onChange={(e) => {
                  const next = new Set(chosen)
                  if (e.target.checked) next.add(r.path)
                  else next.delete(r.path)
                  setChosen(next)
                }}
              />
              {r.title}：{String(r.value)}
            </label>
          ))}
          <div className="actions">
            <button
              type="button"
              className="btn btn-primary"
              disabled={chosen.size === 0}
              onClick={() => {
                onApply(
                  Object.fromEntries(
                    offer.filter((r) => chosen.has(r.path)).map((r) => [r.path, r.value]),
                  ),
                )
                setOffer(undefined)
              }}
            >
              {t('prefill.apply', { n: chosen.size })}
            </button>
          </div>
        </fieldset>
      )}
    </details>
  )
}
