import { useEffect, useState } from 'react'
import { qrPayload } from '../../core/qr/payload'
import type { MergedMaterial } from '../../core/types'
import { api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'
import type { PublishedDoc, SubmissionView, Tailored } from '../../ui/published-types'
import { Qr } from '../../ui/Qr'
import { useLocation } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { ErrorBox, Loading } from '../components/Layout'
import { MaterialsList } from '../components/MaterialsList'
import { loadReceipt } from '../state/drafts'

/** `/r/:number`: the receipt: number, QR code, the materials to bring, the PDFs. */
export function ReceiptPage({ number }: { number: string }) {
  const { t } = useI18n()
  const { query } = useLocation()
  const token = query.get('token') ?? loadReceipt(number)?.token
  const n = encodeURIComponent(number)
  const sub = useApi<SubmissionView>(
    token ? `/api/submissions/${n}?token=${encodeURIComponent(token)}` : null,
  )
  const s = sub.data
  const doc = useApi<PublishedDoc>(
    s ? `/api/published/${encodeURIComponent(s.slug)}/${s.version}` : null,
  )
  const [materials, setMaterials] = useState<MergedMaterial[]>()
  useEffect(() => {
    if (!s) return
    api<Tailored>(`/api/published/${encodeURIComponent(s.slug)}/${s.version}/tailor`, {
      body: { answers: s.answers },
    }).then((r) => setMaterials(r.materials))
  }, [s])

  if (!token) return <ErrorBox message={t('receipt.noToken')} />
  if (sub.error) return <ErrorBox message={sub.error.message} />
  if (!s || !doc.data) return <Loading />
  const bring = (materials ?? []).filter((m) => !m.exempt)
  const tk = encodeURIComponent(token)
  return (
    <>
      <h1>{t('receipt.title')}</h1>
      <div className="card row">
        <Qr
          text={qrPayload({
            number: s.number,
            slug: s.slug,
            version: s.version,
            hash: doc.data.hash,
          })}
          label={t('receipt.qr', { n: s.number })}
        />
        <div>
          <p className="muted">
            {doc.data.name} · {t('version', { v: s.version })}
          </p>
          <p>
            {t('receipt.number')}：<span className="receipt-number">{s.number}</span>
          </p>
          <p>
            {t('receipt.status')}：<span className="tag">{t(`status.${s.status}`)}</span>
          </p>
          <p className="muted">
            {t('receipt.token')}：<code>{token}</code>
          </p>
          <p className="muted">{t('receipt.keep')}</p>
          <div className="actions">
            <a className="btn btn-primary" href={`/api/submissions/${n}/pdf?token=${tk}`} download>
              {t('receipt.pdf')}
            </a>
            <a
              className="btn"
              href={`/api/published/${encodeURIComponent(s.slug)}/${s.version}/guide.pdf`}
              download
            >
              {t('guide.guidePdf')}
            </a>
            <button type="button" className="btn" onClick={() => window.print()}>
              {t('receipt.print')}
            </button>
          </div>
        </div>
      </div>
      <section className="card">
        <h2>{t('receipt.bring', { n: bring.length })}</h2>
        {materials ? <MaterialsList materials={bring} /> : <Loading />}
      </section>
    </>
  )
}
