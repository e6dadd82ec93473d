import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ELEMENTS, publishBundle, VALID_USCC } from '../fixtures/bundle'
import { department, publishedItem } from '../fixtures/forms'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

/**
 * One item whose 补充说明 shows only once the credit code is answered. The credit code is bound to
 * a data element, so merge moves it to the common section and rewrites the rule to its merged
 * path: until it is answered, the item's own section has nothing to show and is no step at all.
 */
const FORM = {
  type: 'object',
  required: ['name', 'detail'],
  properties: {
    name: { type: 'string', title: '单位名称', 'x-element': 'applicant.name' },
    uscc: { type: 'string', title: '统一社会信用代码', 'x-element': 'applicant.uscc' },
    detail: {
      type: 'string',
      title: '补充说明',
      'x-visible-when': { q: 'uscc', answered: true },
    },
  },
}

describe.each(dbKinds)('visibility rules in the applicant runtime (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  beforeAll(async () => {
    s = await e2eServer(kind)
    for (const e of ELEMENTS) await s.call('POST', '/api/elements', { token: s.token, body: e })
    const dept = await department(s)
    const item = await publishedItem(s, 'V-1', dept, FORM)
    await publishBundle(s, {
      slug: 'vis',
      name: '条件显示一件事',
      leadDepartmentId: dept,
      items: [{ itemId: item.id, version: item.version }],
    })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('skips a section the rules empty, shows it once the answer comes, and submits without it', async () => {
    const ctx = await browser.newContext()
    const page = await ctx.newPage()
    await page.goto(`${s.base}/s/vis`)
    await page.getByRole('link', { name: '开始办理' }).click()
    await page.getByRole('button', { name: '开始填表' }).click()
    await page.getByRole('heading', { name: /第 1 步 \/ 共 1 步/ }).waitFor()
    const index = page.locator('.step-index li:not([hidden])')
    expect(await index.count()).toBe(1)
    await expect(page.getByRole('button', { name: '下一步' }).count()).resolves.toBe(0)

    // the answer the rule reads brings the item's section back as step 2
    await page.getByLabel('申请单位名称').fill('示例科技有限公司')
    const uscc = page.getByLabel('统一社会信用代码', { exact: true })
    await uscc.fill(VALID_USCC)
    await uscc.blur()
    await page.getByRole('heading', { name: /第 1 步 \/ 共 2 步/ }).waitFor()
    expect(await index.count()).toBe(2)
    await page.getByRole('button', { name: '下一步' }).click()
    await page.getByRole('heading', { name: /第 2 步 \/ 共 2 步/ }).waitFor()
    await page.getByLabel('补充说明').waitFor()

    // cleared again: the section goes, and the submission does not need its required field
    await page.getByRole('button', { name: '上一步' }).click()
    await uscc.fill('')
    await uscc.blur()
    await page.getByRole('heading', { name: /第 1 步 \/ 共 1 步/ }).waitFor()
    await page.getByRole('button', { name: '提交申请' }).click()
    await page.waitForURL(/\/r\//)
    const number = decodeURIComponent(page.url().split('/r/')[1]!.split(/[?#]/)[0]!)
    const stored = await s.call('GET', `/api/submissions/${number}`, { token: s.token })
    expect(stored.json.data.applicant).toEqual({ name: '示例科技有限公司' })
    expect(stored.json.data.item_V_1 ?? {}).toEqual({})
    await ctx.close()
  })
})
