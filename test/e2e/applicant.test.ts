import { readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishedBundle, VALID_USCC } from '../fixtures/bundle'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

/** A bundle with one situation question: 涉及新增用地 brings in the land item (B-1). */
const SITUATIONS = {
  situations: [
    {
      id: 'land',
      title: '是否涉及新增建设用地',
      kind: 'single',
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
    },
  ],
  rules: [{ target: { type: 'item', id: 'B-1' }, when: { q: 'land', eq: 'yes' } }],
}

async function answerAndStart(page: Page, base: string) {
  await page.goto(`${base}/`)
  await page.getByRole('link', { name: '示例一件事' }).click()
  await page.getByRole('heading', { name: '示例一件事' }).waitFor()
  await page.getByRole('link', { name: '开始办理' }).click()
  await page.getByText('是否涉及新增建设用地').waitFor()
  await page.getByRole('radio', { name: '是' }).check()
  await page.getByRole('button', { name: '下一题' }).click()
  await page.getByText(/您需要 \d+ 份材料/).waitFor()
  await page.getByRole('button', { name: '开始填表' }).click()
  await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
}

describe.each(dbKinds)('applicant runtime in Chromium (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  beforeAll(async () => {
    s = await e2eServer(kind)
    await publishedBundle(s, SITUATIONS)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('guide → situations → fill → errors → fix → submit → receipt → PDF', async () => {
    const ctx = await browser.newContext({ acceptDownloads: true })
    const page = await ctx.newPage()
    await answerAndStart(page, s.base)

    // 提交 on the last step checks every step: the applicant's name (step 1) is still missing
    expect(await page.locator('.step-index li').count()).toBe(3)
    await page.getByRole('button', { name: /^3\./ }).click()
    await page.getByRole('button', { name: '提交申请' }).click()
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('「申请单位名称」为必填项')
    await alert.getByRole('link', { name: '「申请单位名称」为必填项' }).click()
    await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
    await expect(
      page.getByLabel('申请单位名称').evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true)

    // step 1: a wrong credit code is flagged when the field is left, and cleared when fixed
    await page.getByLabel('申请单位名称').fill('示例科技有限公司')
    const uscc = page.getByLabel('统一社会信用代码', { exact: true })
    await uscc.fill('91430100MA4L1XJQ2Y')
    await uscc.blur()
    const wrong = page.getByText('「统一社会信用代码」格式不正确')
    await wrong.first().waitFor()
    await uscc.fill(VALID_USCC)
    await uscc.blur()
    await wrong.first().waitFor({ state: 'detached' })
    await page.getByRole('button', { name: '下一步' }).click()

    // step 2 (item A) and step 3 (item B, brought in by the situation answer)
    await page.getByLabel('项目名称').fill('示例项目')
    await page.getByLabel('总投资（万元）').fill('1200')
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByLabel('用地面积（平方米）').fill('5000')

    // a double click sends one submission (one Idempotency-Key)
    await page.getByRole('button', { name: '提交申请' }).dblclick()
    await page.waitForURL(/\/r\//)
    const number = decodeURIComponent(page.url().split('/r/')[1]!.split('?')[0]!)
    await page.getByText(number).first().waitFor()
    expect(await page.locator('svg.qr path').count()).toBe(1)
    const list = await s.call('GET', '/api/submissions', { token: s.token })
    expect(list.json.total).toBe(1)

    // the stored data is what was typed, split per department
    const parts = await s.call('GET', `/api/submissions/${number}/parts`, { token: s.token })
    expect(parts.json.map((p: { itemCode: string }) => p.itemCode).sort()).toEqual(['A-1', 'B-1'])

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: '下载已填写的申请表（PDF）' }).click(),
    ])
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
    await ctx.close()
  })

  it('resumes a draft on a second browser with its resume code', async () => {
    const first = await browser.newContext()
    const page = await first.newPage()
    await answerAndStart(page, s.base)
    await page.getByLabel('申请单位名称').fill('续填测试有限公司')
    await page.getByRole('button', { name: '获取续填码' }).click()
    const code = (await page.locator('.resume-code').textContent())!.trim()
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    await first.close()

    const second = await browser.newContext()
    const other = await second.newPage()
    await other.goto(`${s.base}/resume`)
    await other.getByLabel('输入续填码').fill(code.toLowerCase())
    await other.getByRole('button', { name: '继续填写' }).click()
    await other.getByRole('heading', { name: /第 1 步/ }).waitFor()
    await expect(other.getByLabel('申请单位名称').inputValue()).resolves.toBe('续填测试有限公司')
    await second.close()
  })

  it('keeps the draft in local storage across a reload and fits a 375 px screen', async () => {
    const ctx = await browser.newContext({ viewport: { width: 375, height: 740 } })
    const page = await ctx.newPage()
    await answerAndStart(page, s.base)
    await page.getByLabel('申请单位名称').fill('刷新也不丢')
    await page.waitForTimeout(600)
    await page.reload()
    await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
    await expect(page.getByLabel('申请单位名称').inputValue()).resolves.toBe('刷新也不丢')
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await ctx.close()
  })
})
