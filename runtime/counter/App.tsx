import type { ReactNode } from 'react'
import { LocaleSwitch, useI18n } from '../ui/i18n'
import { Link, match, useLocation } from '../ui/router'
import { DeskPage } from './pages/DeskPage'
import { ImportPage } from './pages/ImportPage'
import { LoginPage } from './pages/LoginPage'
import { SubmissionPage } from './pages/SubmissionPage'
import { useSession } from './session'

type Route = [pattern: string, page: (p: Record<string, string>) => ReactNode]

const ROUTES: Route[] = [
  ['/counter', () => <DeskPage />],
  ['/counter/import', () => <ImportPage />],
  ['/counter/s/:number', (p) => <SubmissionPage key={p.number} number={p.number!} />],
]

export function App() {
  const { t } = useI18n()
  const { path } = useLocation()
  const { user, refresh, logout } = useSession()
  let page: ReactNode = <p className="alert error">{t('notFound')}</p>
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path.replace(/\/$/, '') || '/')
    if (params) {
      page = render(params)
      break
    }
  }
  return (
    <>
      <header className="topbar">
        <div className="inner">
          <Link className="brand" href="/counter">
            {t('brand')}
          </Link>
          {user && (
            <span>
              {user.username}{' '}
              <button type="button" className="link-button" onClick={logout}>
                {t('logout')}
              </button>
            </span>
          )}
          <LocaleSwitch />
        </div>
      </header>
      <main id="main">
        {user === undefined ? (
          <p className="muted">{t('loading')}</p>
        ) : user === null ? (
          <LoginPage onDone={refresh} />
        ) : (
          page
        )}
      </main>
    </>
  )
}
