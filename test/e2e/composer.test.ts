import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_PASSWORD } from '../setup/app'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

/** Two published seed items of two departments; the merge suggests one binding between them. */
const PLANNING = '430100-GTGH-003' // 建设工程规划许可证核发 (国土规划局)
const GREENING = '430100-ZJHB-005' // 建设工程附属绿化工程设计方案审查 (住建环保局)

async function login(page: Page, base: string) {
  await page.goto(`${base}/admin/bundles`)
  await page.getByLabel('用户名').fill('admin')
  await page.getByLabel('密码').fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await page.getByRole('heading', { name: '一件事列表' }).waitFor()
}

const savedStatus = (page: Page) =>
  page
    .getByTestId('save-status')
    .filter({ hasText: /已自动保存|已保存/ })
    .waitFor()

describe.each(dbKinds)('bundle composer in Chromium (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  beforeAll(async () => {
    s = await e2eServer(kind, { templates: true })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('composes, accepts a suggestion, resolves a conflict, adds a situation, fills the guide and publishes', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const page = await ctx.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await login(page, s.base)

    // compose: name, slug, stage and two published items (pinned to their latest versions)
    await page.getByRole('button', { name: /新建一件事/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('一件事名称').fill('规划与绿化联办一件事')
    await dialog.getByLabel('slug').fill('e2e-compose')
    const members = dialog.getByRole('combobox', { name: '成员事项' })
    for (const code of [PLANNING, GREENING]) {
      await members.click()
      await members.fill(code)
      await page.locator('.ant-select-item-option', { hasText: code }).click()
    }
    await dialog.locator('.ant-modal-title').click() // closes the dropdown
    await dialog.getByRole('button', { name: '创建并编排' }).click()
    await page.getByRole('heading', { name: '规划与绿化联办一件事' }).waitFor()

    // the merged form: one suggestion (建设单位（盖章） → 申请单位名称); accepting binds it in the bundle
    const suggestion = page.getByTestId('suggestion').filter({ hasText: '建设单位（盖章）' })
    await suggestion.getByRole('button', { name: /^接\s*受$/ }).click()
    await expect.poll(() => page.getByTestId('suggestion').count()).toBe(0)
    await page.keyboard.press('Control+z') // undo brings it back
    await suggestion.waitFor()
    await page.keyboard.press('Control+Shift+Z') // and redo accepts it again
    await expect.poll(() => suggestion.count()).toBe(0)

    // a conflict: bind 种植乔木数量 (an integer) to the text element 项目名称
    const field = page.locator('.m-fields tr', { hasText: '种植乔木数量' })
    await field.getByRole('button', { name: '绑定…' }).click()
    const picker = page.getByRole('dialog')
    await picker.getByRole('searchbox').fill('project.name')
    await picker
      .locator('.picker-row', { has: page.locator('code', { hasText: /^project\.name$/ }) })
      .getByRole('button', { name: /^绑\s*定$/ })
      .click()
    const conflict = page.getByTestId('conflict')
    await conflict.waitFor()
    await conflict.getByText('类型', { exact: true }).waitFor()
    // resolve it with the action it offers on our binding (marked ✓: it resolves)
    await conflict.getByRole('button', { name: /✓ 撤销一件事对.*种植乔木数量/ }).click()
    await expect.poll(() => conflict.count()).toBe(0)
    await page.getByText('没有合并冲突').waitFor()

    // 情形引导: a question, its title, and a rule that makes the greening item apply
    await page.getByRole('tab', { name: '情形引导' }).click()
    await page.getByRole('button', { name: /添加问题/ }).click()
    const question = page.getByTestId('question')
    await question.getByLabel('问题', { exact: true }).fill('是否配套建设附属绿化工程')
    const rule = page.locator('tr', { has: page.locator(`[data-target="item:${GREENING}"]`) })
    await rule.getByRole('button', { name: /设置条件/ }).click()
    await rule.getByText('是否配套建设附属绿化工程').waitFor()
    const coverage = page.getByTestId('coverage')
    await coverage.getByText('2 种回答组合').waitFor()

    // 办事指南: fill the defaults from the members, then edit elements by hand
    await page.getByRole('tab', { name: '办事指南' }).click()
    await page.getByRole('button', { name: '补全默认值' }).click()
    await expect.poll(() => page.getByTestId('process-step').count()).toBe(4)
    await page.getByLabel('location').fill('湘江新区政务服务中心一楼')
    await page.getByLabel('consultPhone').fill('0731-88880000')
    await page.getByRole('button', { name: '无中介服务' }).click()
    await page.getByTestId('completeness').getByText(/还缺/).waitFor()
    await savedStatus(page)

    // publish: missing guide elements need a confirmation; the diff lists the form fields
    await page.getByRole('button', { name: /发\s*布/ }).click()
    const publish = page.getByRole('dialog')
    await publish.getByText('这是首次发布').waitFor()
    await publish.getByText(/办事指南还缺/).waitFor()
    const ok = publish.getByRole('button', { name: /确认发布/ })
    expect(await ok.isDisabled()).toBe(true)
    await publish.getByText('我已知晓，仍然发布').click()
    await ok.click()
    await page.getByText('已发布第 1 版').waitFor()

    // the published version carries the binding, the situation and its rule, and the guide
    const list = await s.call('GET', '/api/bundles', { token: s.token })
    const id = (list.json as { id: string; slug: string }[]).find(
      (b) => b.slug === 'e2e-compose',
    )!.id
    const draft = await s.call('GET', `/api/bundles/${id}`, { token: s.token })
    expect(draft.json.bindings).toContainEqual({
      item: GREENING,
      path: 'applicant.applyUnit',
      element: 'applicant.name',
    })
    const v = await s.call('GET', '/api/published/e2e-compose/1')
    expect(v.status).toBe(200)
    const published = v.json
    expect(published.mapping).toContainEqual(
      expect.objectContaining({
        item: GREENING,
        path: 'applicant.applyUnit',
        merged: 'applicant.name',
      }),
    )
    expect(published.situations).toEqual([
      expect.objectContaining({ title: '是否配套建设附属绿化工程', kind: 'single' }),
    ])
    const q = published.situations[0].id
    expect(published.rules).toContainEqual({
      target: { type: 'item', id: GREENING },
      when: { q, eq: 'yes' },
    })
    expect(published.guide.location).toBe('湘江新区政务服务中心一楼')
    expect(published.guide.consultPhone).toBe('0731-88880000')
    expect(published.guide.intermediaries).toEqual([])
    expect(published.guide.process).toHaveLength(4)
    expect(published.guide.fee).toBeTruthy()
    expect(errors).toEqual([])
    await ctx.close()
  }, 90_000)
})
