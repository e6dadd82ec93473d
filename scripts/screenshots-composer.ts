/**
 * Screenshots of the bundle composer (/admin/bundles/:id) into docs/img/composer-*.png:
 *   npx tsx scripts/screenshots-composer.ts [outDir]
 * Starts the real server on a throwaway PGlite database (templates loaded), composes a bundle of
 * two seed items through the API (one suggestion, one conflict, a situation whose rule hides a
 * section) and drives Chromium through the merged form, situations, guide and publish dialog.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../test/e2e/browser'
import { buildWeb } from './build-web'
import { startServer } from './lib/start-server'

const OUT = process.argv[2] ?? 'docs/img'
const PORT = 3300 + (process.pid % 400)
const BASE = `http://127.0.0.1:${PORT}`
const PASSWORD = 'screenshots-only'

let token = ''
async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const r = await fetch(`${BASE}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await r.json().catch(() => undefined)
  if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(json)}`)
  return { json, etag: r.headers.get('etag') ?? '' }
}

await buildWeb({ ifStale: true })
const dir = mkdtempSync(join(tmpdir(), 'yzb-composer-shots-'))
const server = await startServer(dir, PORT, PASSWORD)
const browser = await launchBrowser()
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(OUT, `composer-${name}.png`) })
try {
  token = (await call('POST', '/api/auth/login', { username: 'admin', password: PASSWORD })).json
    .token
  const items = (await call('GET', '/api/items?published=true')).json as {
    id: string
    code: string
    departmentId: string
    latestVersion: number
  }[]
  const pick = (code: string) => items.find((i) => i.code === code)!
  const planning = pick('430100-GTGH-003')
  const greening = pick('430100-ZJHB-005')
  // 国土规划局 leads; the greening item's 种植乔木数量 bound to 项目名称 is a type conflict
  const composed = (
    await call('POST', '/api/bundles', {
      name: '规划与绿化联办一件事',
      slug: 'guihua-lvhua',
      leadDepartmentId: planning.departmentId,
      stage: '工程建设许可',
      items: [planning, greening].map((i) => ({ itemId: i.id, version: i.latestVersion })),
      bindings: [{ item: greening.code, path: 'greening.treeCount', element: 'project.name' }],
      situations: [
        {
          id: 'green',
          title: '是否配套建设附属绿化工程？',
          kind: 'single',
          options: [
            { value: 'yes', label: '是' },
            { value: 'no', label: '否' },
          ],
        },
      ],
      rules: [
        {
          target: { type: 'section', id: 'item_430100_ZJHB_005' },
          when: { q: 'green', eq: 'yes' },
        },
      ],
    })
  ).json as { id: string }

  const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
  const page = await ctx.newPage()
  await page.goto(`${BASE}/admin/bundles`)
  await page.getByLabel('用户名').fill('admin')
  await page.getByLabel('密码').fill(PASSWORD)
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await page.getByRole('heading', { name: '一件事列表' }).waitFor()

  // 一张表: the item section with the suggestion's field, the suggestion and the conflict
  await page.goto(`${BASE}/admin/bundles/${composed.id}`)
  await page.getByTestId('conflict').waitFor()
  await page
    .locator('.m-section', { hasText: '建设单位（盖章）' })
    .evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await page.waitForTimeout(300)
  await shot(page, 'merged')

  // 情形引导: the rule table and the coverage table with its flagged combination
  await page.getByRole('tab', { name: '情形引导' }).click()
  await page.getByTestId('coverage').waitFor()
  await page.getByTestId('coverage').evaluate((el) => el.scrollIntoView({ block: 'end' }))
  await page.waitForTimeout(300)
  await shot(page, 'situations')

  // 办事指南: defaults filled in, the completeness meter with what is missing, the flowchart
  await page.getByRole('tab', { name: '办事指南' }).click()
  await page.getByRole('button', { name: '补全默认值' }).click()
  await page.getByTestId('process-step').first().waitFor()
  await page.locator('.ant-message-notice').waitFor({ state: 'detached' })
  await page.waitForTimeout(300)
  await shot(page, 'guide')

  // 发布: a seed bundle edited (a section title, a guide element removed): the diff and the confirmation
  const seed = ((await call('GET', '/api/bundles')).json as { id: string; slug: string }[]).find(
    (b) => b.slug === 'gongcheng-jianshe',
  )!
  const { json: draft, etag } = await call('GET', `/api/bundles/${seed.id}`)
  const {
    id: _i,
    status: _s,
    latestVersion: _l,
    revision: _r,
    hash: _h,
    updatedAt: _u,
    ...input
  } = draft
  input.overrides = {
    ...input.overrides,
    sections: { ...input.overrides?.sections, project: { title: '建设项目基本信息' } },
  }
  input.guide = { ...input.guide, hours: '', location: '湘江新区政务服务中心二楼综合窗口' }
  await call('PUT', `/api/bundles/${seed.id}`, input, { 'if-match': etag })
  await page.goto(`${BASE}/admin/bundles/${seed.id}`)
  await page.getByRole('button', { name: /发\s*布/ }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByText(/办事指南还缺/).waitFor()
  await dialog.getByRole('tab', { name: /办事指南/ }).click()
  await dialog.locator('#bundle-publish-note').fill('调整办理地点，项目信息分区更名')
  await page.waitForTimeout(300)
  await shot(page, 'publish')
  console.log(`screenshots in ${OUT}`)
} finally {
  await browser.close()
  server.kill()
  rmSync(dir, { recursive: true, force: true })
}
