/**
 * Screenshots of the applicant runtime and the counter desk on the seed bundles, into docs/img/:
 *   npx tsx scripts/screenshots-runtime.ts [outDir]
 * Starts the real server on a throwaway PGlite database (templates loaded) and drives Chromium.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { sampleData as validSample } from '../bench/lib/sample-data'
import { getAt, setAt } from '../runtime/core/schema'
import { visibleSituations } from '../runtime/core/situations/visible-situations'
import type { Answers, JsonSchema, Situation } from '../runtime/core/types'
import { validate } from '../runtime/core/validation'
import { launchBrowser } from '../test/e2e/browser'
import { sampleData } from '../test/pdf/sample-data'
import { buildWeb } from './build-web'
import { startServer } from './lib/start-server'

const OUT = process.argv[2] ?? 'docs/img'
const PORT = 3200 + (process.pid % 500)
const BASE = `http://127.0.0.1:${PORT}`
const PASSWORD = 'screenshots-only'

/** The first option of every question the applicant is shown, as the UI would collect them. */
function firstAnswers(situations: Situation[]): Answers {
  const answers: Answers = {}
  for (let changed = true; changed; ) {
    changed = false
    for (const q of visibleSituations(situations, answers)) {
      if (answers[q.id] !== undefined || !q.options[0]) continue
      answers[q.id] = q.kind === 'multiple' ? [q.options[0].value] : q.options[0].value
      changed = true
    }
  }
  return answers
}

async function answerQuestions(page: Page) {
  for (let i = 0; i < 20; i++) {
    const next = page.getByRole('button', { name: '下一题' })
    const summary = page.getByRole('button', { name: '开始填表' })
    await next.or(summary).first().waitFor()
    if (await summary.count()) return
    const legend = await page.locator('.question').textContent()
    await page.locator('.option input').first().check()
    await next.click()
    // the next screen shows another question (or the summary)
    await page.waitForFunction(
      (t) => document.querySelector('.question')?.textContent !== t,
      legend,
    )
  }
}

const api = async (path: string, body?: unknown) => {
  const r = await fetch(`${BASE}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'content-type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  })
  return r.json()
}

await buildWeb({ ifStale: true })
const dir = mkdtempSync(join(tmpdir(), 'yzb-shots-'))
const server = await startServer(dir, PORT, PASSWORD)
const browser = await launchBrowser()
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: join(OUT, `${name}.png`), fullPage })
try {
  const bundles = (await api('/api/published')) as { slug: string }[]
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  for (const { slug } of bundles) {
    const short = slug.split('-')[0]
    const page = await desktop.newPage()
    await page.goto(`${BASE}/s/${slug}`, { waitUntil: 'networkidle' })
    await shot(page, `runtime-${short}-guide`)
    await page.getByRole('link', { name: '开始办理' }).click()
    await answerQuestions(page)
    await page.getByRole('button', { name: '开始填表' }).waitFor()
    await shot(page, `runtime-${short}-materials`)
    await page.getByRole('button', { name: '开始填表' }).click()
    await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
    await page.waitForTimeout(300)
    await shot(page, `runtime-${short}-form`)
    await page.close()
  }

  // a phone: the guide, and a step with its errors after 下一步
  const phone = await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true })
  const p = await phone.newPage()
  await p.goto(`${BASE}/s/qiye-kaiban`, { waitUntil: 'networkidle' })
  await shot(p, 'runtime-phone-guide')
  await p.getByRole('link', { name: '开始办理' }).click()
  await answerQuestions(p)
  await p.getByRole('button', { name: '开始填表' }).click()
  await p.getByLabel('申请单位名称').fill('长沙湘江智造科技有限公司')
  await p.getByRole('button', { name: '下一步' }).click()
  await p.getByRole('alert').waitFor()
  await shot(p, 'runtime-phone-errors')

  // a submission made with the seed's sample data: its receipt, and the counter's view of it
  const doc = await api('/api/published/qiye-kaiban')
  const answers = firstAnswers(doc.situations as Situation[])
  const tailored = await api(`/api/published/qiye-kaiban/${doc.version}/tailor`, { answers })
  // readable sample values, with any the sample gets wrong taken from a generated valid record
  const schema = tailored.schema as JsonSchema
  const data = sampleData(schema) as Record<string, unknown>
  const valid = validSample(schema)
  for (const e of validate(schema, data)) setAt(data, e.path, getAt(valid, e.path))
  const receipt = await api(`/api/published/qiye-kaiban/${doc.version}/submissions`, {
    answers,
    data,
  })
  if (!receipt.number) throw new Error(`submission refused: ${JSON.stringify(receipt)}`)
  const r = await desktop.newPage()
  await r.goto(`${BASE}/r/${receipt.number}?token=${receipt.token}`, { waitUntil: 'networkidle' })
  await shot(r, 'runtime-receipt')
  await p.goto(`${BASE}/r/${receipt.number}?token=${receipt.token}`, { waitUntil: 'networkidle' })
  await shot(p, 'runtime-phone-receipt')

  await r.goto(`${BASE}/counter`)
  await r.getByLabel('用户名').fill('admin')
  await r.getByLabel('密码').fill(PASSWORD)
  await r.getByRole('button', { name: '登录' }).click()
  await r.getByRole('heading', { name: '窗口受理' }).waitFor()
  await r.waitForTimeout(300)
  await shot(r, 'counter-desk')
  await r.getByRole('link', { name: receipt.number }).click()
  await r.getByRole('heading', { name: new RegExp(receipt.number) }).waitFor()
  await r.waitForTimeout(300)
  await shot(r, 'counter-detail')
  console.log(`screenshots in ${OUT}`)
} finally {
  await browser.close()
  server.kill()
  rmSync(dir, { recursive: true, force: true })
}
