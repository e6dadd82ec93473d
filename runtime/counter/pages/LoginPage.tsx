import { useState } from 'react'
import { ApiError, api } from '../../ui/api'
import { useI18n } from '../../ui/i18n'

export function LoginPage({ onDone }: { onDone: () => void }) {
  const { t } = useI18n()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [error, setError] = useState<string>()
  return (
    <form
      className="card"
      style={{ maxWidth: 420, margin: '3rem auto' }}
      onSubmit={async (e) => {
        e.preventDefault()
        setError(undefined)
        try {
          await api('/api/auth/login', { body: { username, password } })
          onDone()
        } catch (err) {
          setError(err instanceof ApiError ? err.message : String(err))
        }
      }}
    >
      <h1>{t('login.title')}</h1>
      <label className="field">
        <span className="label">{t('login.username')}</span>
        <input
          className="input"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="label">{t('login.password')}</span>
        <input
          className="input"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="btn btn-primary">
        {t('login.submit')}
      </button>
    </form>
  )
}
