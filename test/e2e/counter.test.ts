import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoData, publishedBundle } from '../fixtures/bundle'
import { ADMIN_PASSWORD } from '../setup/app'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

describe.each(dbKinds)('counter desk in Chromium (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  const numbers: string[] = []
  const tokens: string[] = []
  beforeAll(async () => {
    s = await e2eServer(kind)
    // a paper business licence (not in the e-licence library): one material to tick at the counter
    const { version } = await publishedBundle(s, {
      overrides: { materials: { 营业执照: { eLicense: '纸质营业执照' } } },
    })
    for (let i = 0; i < 2; i++) {
      const r = await s.call('POST', `/api/published/demo/${version}/submissions`, {
        body: { answers: {}, data: demoData() },
      })
      expect(r.status).toBe(201)
      numbers.push(r.json.number)
      tokens.push(r.json.token)
    }
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('signs in, finds a submission by number and by a photo of its QR code, ticks, accepts', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()

    // the applicant's receipt page: its QR code, photographed
    await page.goto(`${s.base}/r/${numbers[1]}?token=${tokens[1]}`)
    const qr = page.locator('svg.qr')
    await qr.waitFor()
    const photo = await qr.screenshot()

    await page.goto(`${s.base}/counter`)
    await page.getByLabel('用户名').fill('admin')
    await page.getByLabel('密码').fill(ADMIN_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByRole('heading', { name: '窗口受理' }).waitFor()

    // the list masks the credit code
    const row = page.getByRole('row', { name: new RegExp(numbers[0]!) })
    await row.waitFor()
    const text = (await row.textContent()) ?? ''
    expect(text).not.toContain(demoData().applicant.uscc)
    expect(text).toMatch(/9143\*+JQ2X/)

    // typed (a USB scanner types too), then Enter
    await page.getByLabel('扫描二维码或输入申请编号').fill(numbers[0]!)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: new RegExp(numbers[0]!) }).waitFor()
    await page.getByText(demoData().applicant.uscc).first().waitFor()

    // back to the desk: the QR photo opens the other submission
    await page.getByRole('link', { name: '窗口受理' }).first().click()
    await page.locator('input[type=file][accept="image/*"]').setInputFiles({
      name: 'qr.png',
      mimeType: 'image/png',
      buffer: photo,
    })
    await page.getByRole('heading', { name: new RegExp(numbers[1]!) }).waitFor()

    // tick the materials, save, accept
    const boxes = page.locator('#checklist-h ~ ul input[type=checkbox]:not([disabled])')
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check()
    await page.getByRole('button', { name: '保存核对结果' }).click()
    await page.getByText('材料核对已保存').waitFor()
    await page.getByRole('button', { name: '受理', exact: true }).click()
    await page.getByText('已受理').first().waitFor()

    const detail = await s.call('GET', `/api/submissions/${numbers[1]}`, { token: s.token })
    expect(detail.json.status).toBe('accepted')
    expect(detail.json.missing).toEqual([])
    const audit = await s.call('GET', '/api/audit?limit=500', { token: s.token })
    const entries = JSON.stringify(audit.json)
    expect(entries).toContain('"action":"status"')
    expect(entries).toContain('"to":"accepted"')
    await ctx.close()
  })

  it('turns a PDF filled offline into a new submission after checking it', async () => {
    const pdf = await s.app.request(`/api/submissions/${numbers[0]}/pdf?token=${tokens[0]}`)
    expect(pdf.status).toBe(200)
    const bytes = Buffer.from(await pdf.arrayBuffer())
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`${s.base}/counter/import`)
    await page.getByLabel('用户名').fill('admin')
    await page.getByLabel('密码').fill(ADMIN_PASSWORD)
    await page.getByRole('button', { name: '登录' }).click()
    await page.getByRole('heading', { name: '导入离线填写的 PDF' }).waitFor()
    await page.locator('input[type=file][accept="application/pdf"]').setInputFiles({
      name: 'filled.pdf',
      mimeType: 'application/pdf',
      buffer: bytes,
    })
    // the server's first PDF read starts a worker thread and parses the CJK font: on a loaded CI
    // machine that alone has taken over 30 s
    await page.getByText('读取完成').waitFor({ timeout: 90_000 })
    await expect(
      page.getByRole('textbox', { name: '申请单位名称' }).first().inputValue(),
    ).resolves.toBe(demoData().applicant.name)
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.waitForURL(/\/counter\/s\//)
    const number = decodeURIComponent(page.url().split('/counter/s/')[1]!)
    expect(numbers).not.toContain(number)
    const detail = await s.call('GET', `/api/submissions/${number}`, { token: s.token })
    expect(detail.json.data).toEqual(demoData())
    await ctx.close()
  }, 150_000)
})
