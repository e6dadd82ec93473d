import type { ReactNode } from 'react'
import { LocaleSwitch, useI18n } from '../../ui/i18n'
import { Link } from '../../ui/router'

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <header className="topbar">
        <div className="inner">
          <Link className="brand" href="/">
            {t('brand')}
          </Link>
          <Link href="/resume">{t('resume.nav')}</Link>
          <LocaleSwitch />
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  )
}

export function Loading() {
  const { t } = useI18n()
  return (
    <p className="muted" aria-live="polite">
      {t('loading')}
    </p>
  )
}

export function ErrorBox({ message }: { message: string }) {
  return (
    <div className="alert error" role="alert">
      {message}
    </div>
  )
}
