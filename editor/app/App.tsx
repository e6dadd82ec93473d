import {
  App as AntApp,
  Button,
  ConfigProvider,
  Layout,
  Segmented,
  Space,
  Spin,
  Typography,
} from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import { lazy, type ReactNode, Suspense } from 'react'
import { useI18n } from '../../runtime/ui/i18n'
import { Link, match, useLocation } from '../../runtime/ui/router'
import { ItemsPage } from './pages/ItemsPage'
import { LoginPage } from './pages/LoginPage'
import { departmentName, SessionContext, useSessionState } from './session'

/** The editor (core, dnd-kit, pinyin, the preview) loads when an item is opened. */
const ItemPage = lazy(() => import('./pages/ItemPage').then((m) => ({ default: m.ItemPage })))
/** The bundle composer (its core, the merge, the applicant renderer) loads when a bundle is opened. */
const BundlesPage = lazy(() =>
  import('./bundles/BundlesPage').then((m) => ({ default: m.BundlesPage })),
)
const BundlePage = lazy(() =>
  import('./bundles/BundlePage').then((m) => ({ default: m.BundlePage })),
)

type Route = [pattern: string, page: (p: Record<string, string>) => ReactNode]

const ROUTES: Route[] = [
  ['/admin', () => <ItemsPage />],
  ['/admin/items', () => <ItemsPage />],
  ['/admin/items/:id', (p) => <ItemPage key={p.id} id={p.id!} />],
  ['/admin/bundles', () => <BundlesPage />],
  ['/admin/bundles/:id', (p) => <BundlePage key={p.id} id={p.id!} />],
]

const THEME = {
  token: {
    fontFamily:
      'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif',
  },
}

export function App() {
  const { locale } = useI18n()
  return (
    <ConfigProvider locale={locale === 'zh' ? zhCN : enUS} theme={THEME}>
      <AntApp>
        <Shell />
      </AntApp>
    </ConfigProvider>
  )
}

function Shell() {
  const { t, locale, setLocale } = useI18n()
  const { path } = useLocation()
  const session = useSessionState()
  const { user } = session
  let page: ReactNode = <Typography.Paragraph>{t('notFound')}</Typography.Paragraph>
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, path.replace(/\/$/, '') || '/')
    if (params) {
      page = render(params)
      break
    }
  }
  const role = user ? t(`role.${user.role}`) : ''
  const dept = user ? departmentName(session.departments, user.departmentId) : ''
  return (
    <SessionContext.Provider value={session}>
      <Layout className="admin-layout">
        <Layout.Header className="admin-header">
          <Link className="admin-brand" href="/admin">
            {t('brand')}
          </Link>
          {user && (
            <Link className="admin-nav" href="/admin">
              {t('nav.items')}
            </Link>
          )}
          {user && (
            <Link className="admin-nav" href="/admin/bundles">
              {t('nav.bundles')}
            </Link>
          )}
          <span className="admin-spacer" />
          {user && (
            <Space size="middle" className="admin-user">
              <span data-testid="current-user">
                {user.displayName || user.username}
                <span className="admin-user-dept">
                  {' · '}
                  {dept || role}
                </span>
              </span>
              <Button size="small" ghost onClick={() => void session.logout()}>
                {t('logout')}
              </Button>
            </Space>
          )}
          <Segmented
            size="small"
            aria-label={t('language')}
            value={locale}
            onChange={(v) => setLocale(v as 'zh' | 'en')}
            options={[
              { value: 'zh', label: '中文' },
              { value: 'en', label: 'EN' },
            ]}
          />
        </Layout.Header>
        <Layout.Content className="admin-content">
          {user === undefined ? (
            <div className="admin-loading">
              <Spin />
            </div>
          ) : user === null ? (
            <LoginPage onDone={session.refresh} />
          ) : (
            <Suspense
              fallback={
                <div className="admin-loading">
                  <Spin />
                </div>
              }
            >
              {page}
            </Suspense>
          )}
        </Layout.Content>
      </Layout>
    </SessionContext.Provider>
  )
}
