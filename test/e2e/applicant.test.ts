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

/** Presses Tab until the focused element's label or text matches (keyboard users' way there). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab')
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null
      if (!el) return ''
      const label = el.labels?.[0]?.textContent ?? ''
      return `${label}|${el.getAttribute('aria-label') ?? ''}|${el.textContent ?? ''}|${el.value ?? ''}`
    })
    if (typeof name === 'string' ? text.split('|').some((t) => t.trim() === name) : name.test(text))
      return
  }
  throw new Error(`Tab never reached ${name}`)
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

  it('can be completed with the keyboard alone', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`${s.base}/s/demo`)
    await page.getByRole('heading', { name: '示例一件事' }).waitFor()
    await tabTo(page, '开始办理')
    await page.keyboard.press('Enter')
    await page.getByText('是否涉及新增建设用地').waitFor()
    // a radio group is one Tab stop; the arrow keys choose within it
    await tabTo(page, '是')
    await page.keyboard.press('ArrowDown')
    await expect(page.getByRole('radio', { name: '否' }).isChecked()).resolves.toBe(true)
    await tabTo(page, '下一题')
    await page.keyboard.press('Enter')
    await tabTo(page, '开始填表')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
    await tabTo(page, '申请单位名称')
    await page.keyboard.type('键盘科技有限公司')
    await tabTo(page, '统一社会信用代码')
    await page.keyboard.type(VALID_USCC)
    await tabTo(page, '下一步')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /第 2 步/ }).waitFor()
    await tabTo(page, '提交申请')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/r\//)
    await ctx.close()
  })

  it('keeps every key typed at scanner speed right after leaving a field', async () => {
    // leaving a field validates it; that render once took the next field's first keys with it.
    // A slowed CPU and a fresh page (validator not yet compiled) widen the window it needed.
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    const cdp = await ctx.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await answerAndStart(page, s.base)
    const name = page.getByLabel('申请单位名称')
    const uscc = page.getByLabel('统一社会信用代码', { exact: true })
    for (let i = 0; i < 8; i++) {
      await page.reload()
      await page.getByRole('heading', { name: /第 1 步/ }).waitFor()
      // what the draft brought back is selected and typed over, as a scanner user would
      await name.focus()
      await page.keyboard.press('Control+A')
      await page.keyboard.type(`扫码枪科技有限公司${i}`)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Control+A')
      await page.keyboard.type(VALID_USCC)
      expect(await uscc.inputValue()).toBe(VALID_USCC)
    }
    await ctx.close()
  })

  it('offers the values of an earlier submission and fills in only the chosen ones', async () => {
    const earlier = await s.call('POST', '/api/published/demo/1/submissions', {
      body: {
        answers: { land: 'no' },
        data: { applicant: { name: '旧申请有限公司', uscc: VALID_USCC } },
      },
    })
    expect(earlier.status).toBe(201)
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await answerAndStart(page, s.base)
    await page.getByText('用以往申请的信息填写（减证办）').click()
    await page.getByLabel('统一社会信用代码/身份证号').fill(VALID_USCC)
    await page.getByLabel('以往申请编号').fill(earlier.json.number)
    await page.getByLabel('查询凭证').fill(earlier.json.token)
    await page.getByRole('button', { name: '查找' }).click()
    // offered, not inserted: the field stays empty until the applicant applies the choice
    await page.getByText('申请单位名称：旧申请有限公司').waitFor()
    const name = page.getByRole('textbox', { name: '申请单位名称' })
    await expect(name.inputValue()).resolves.toBe('')
    await page.getByRole('checkbox', { name: /统一社会信用代码：/ }).uncheck()
    await page.getByRole('button', { name: '填入所选 1 项' }).click()
    await expect(name.inputValue()).resolves.toBe('旧申请有限公司')
    await expect(page.getByLabel('统一社会信用代码', { exact: true }).inputValue()).resolves.toBe(
      '',
    )
    await ctx.close()
  })
})
