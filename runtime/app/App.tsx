import type { ReactNode } from 'react'
import { useI18n } from '../ui/i18n'
import { match, useLocation } from '../ui/router'
import { ErrorBox, Layout } from './components/Layout'
import { FillPage } from './pages/FillPage'
import { GuidePage } from './pages/GuidePage'
import { HomePage } from './pages/HomePage'
import { ReceiptPage } from './pages/ReceiptPage'
import { ResumePage } from './pages/ResumePage'
import { SituationsPage } from './pages/SituationsPage'

type Route = [pattern: string, page: (p: Record<string, string>) => ReactNode]

const ROUTES: Route[] = [
  ['/', () => <HomePage />],
  ['/resume', () => <ResumePage />],
  ['/s/:slug', (p) => <GuidePage key={p.slug} slug={p.slug!} />],
  ['/s/:slug/start', (p) => <SituationsPage key={p.slug} slug={p.slug!} />],
  ['/s/:slug/fill', (p) => <FillPage key={p.slug} slug={p.slug!} />],
  ['/r/:number', (p) => <ReceiptPage key={p.number} number={p.number!} />],
]

function Routes() {
  const { path } = useLocation()
  const { t } = useI18n()
  for (const [pattern, page] of ROUTES) {
    const params = match(pattern, path)
    if (params) return page(params)
  }
  return <ErrorBox message={t('notFound')} />
}

export function App() {
  return (
    <Layout>
      <Routes />
    </Layout>
  )
}
