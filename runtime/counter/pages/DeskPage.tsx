import { useCallback, useState } from 'react'
import { parseQrPayload } from '../../core/qr/payload'
import { useI18n } from '../../ui/i18n'
import { Link, navigate } from '../../ui/router'
import { useApi } from '../../ui/use-api'
import { CameraScanner, decodeImageFile } from '../components/QrScanner'

type Row = {
  number: string
  name: string
  version: number
  status: string
  applicant: string | null
  subject: string | null
  phone: string | null
  createdAt: string
}

/** `/counter`: scan or type a number; the latest submissions below (personal data masked). */
export function DeskPage() {
  const { t } = useI18n()
  const [input, setInput] = useState('')
  const [camera, setCamera] = useState(false)
  const [message, setMessage] = useState<string>()
  const [q, setQ] = useState('')
  const [status, setStatus] = useState('')
  const params = new URLSearchParams({ limit: '50' })
  if (q) params.set('q', q)
  if (status) params.set('status', status)
  const list = useApi<{ total: number; rows: Row[] }>(`/api/submissions?${params}`)

  const open = useCallback(
    (text: string) => {
      const parsed = parseQrPayload(text)
      if (parsed?.number) {
        setCamera(false)
        navigate(`/counter/s/${encodeURIComponent(parsed.number)}`)
      } else if (parsed?.slug) setMessage(t('scan.blank'))
      else setMessage(t('scan.unreadable'))
    },
    [t],
  )

  return (
    <>
      <h1>{t('desk.title')}</h1>
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault()
          open(input)
        }}
      >
        <label className="field">
          <span className="label">{t('scan.label')}</span>
          <input
            className="input"
            // a USB scanner types the QR text and presses Enter here
            // biome-ignore lint/a11y/noAutofocus: the desk's one task starts in this field
            autoFocus
            value={input}
            onChange={(e) => setInput(e.target.value)}
            placeholder={t('scan.placeholder')}
          />
        </label>
        <div className="actions">
          <button type="submit" className="btn btn-primary">
            {t('scan.open')}
          </button>
          <button type="button" className="btn" onClick={() => setCamera(!camera)}>
            {camera ? t('scan.cameraOff') : t('scan.cameraOn')}
          </button>
          <label className="btn">
            {t('scan.image')}
            <input
              type="file"
              accept="image/*"
              hidden
              onChange={async (e) => {
                const file = e.target.files?.[0]
                if (!file) return
                const text = await decodeImageFile(file)
                if (text) open(text)
                else setMessage(t('scan.noQr'))
              }}
            />
          </label>
          <Link className="btn" href="/counter/import">
            {t('import.nav')}
          </Link>
        </div>
        {message && (
          <p className="alert warn" role="status">
            {message}
          </p>
        )}
        {camera && <CameraScanner onText={open} />}
      </form>
      <section className="card">
        <div className="row">
          <h2 className="spacer">{t('desk.list')}</h2>
          <input
            className="input"
            style={{ maxWidth: 240 }}
            type="search"
            aria-label={t('desk.search')}
            placeholder={t('desk.search')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
          />
          <select
            className="input"
            style={{ maxWidth: 160 }}
            aria-label={t('desk.status')}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            <option value="">{t('desk.allStatus')}</option>
            {['submitted', 'accepted', 'returned'].map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        {list.error && <p className="alert error">{list.error.message}</p>}
        <div style={{ overflowX: 'auto' }}>
          <table className="list">
            <thead>
              <tr>
                <th scope="col">{t('receipt.number')}</th>
                <th scope="col">{t('desk.bundle')}</th>
                <th scope="col">{t('desk.applicant')}</th>
                <th scope="col">{t('desk.subject')}</th>
                <th scope="col">{t('desk.phone')}</th>
                <th scope="col">{t('receipt.status')}</th>
                <th scope="col">{t('desk.time')}</th>
              </tr>
            </thead>
            <tbody>
              {(list.data?.rows ?? []).map((r) => (
                <tr key={r.number}>
                  <td>
                    <Link href={`/counter/s/${encodeURIComponent(r.number)}`}>{r.number}</Link>
                  </td>
                  <td>
                    {r.name}（{t('version', { v: r.version })}）
                  </td>
                  <td>{r.applicant ?? '—'}</td>
                  <td>{r.subject ?? '—'}</td>
                  <td>{r.phone ?? '—'}</td>
                  <td>{t(`status.${r.status}`)}</td>
                  <td>{new Date(r.createdAt).toLocaleString('zh-CN')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.data && <p className="muted">{t('desk.total', { n: list.data.total })}</p>}
      </section>
    </>
  )
}
