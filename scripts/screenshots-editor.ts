/**
 * Screenshots of the admin form editor for docs/img (editor-*.png), taken with headless Chromium
 * on a fresh database with the seed templates: `npx tsx scripts/screenshots-editor.ts`.
 * Builds the web apps first when they are stale.
 */
import { mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { launchBrowser } from '../test/e2e/browser'
import { e2eServer } from '../test/e2e/server'
import { ADMIN_PASSWORD } from '../test/setup/app'
import { buildWeb } from './build-web'

const OUT = fileURLToPath(new URL('../docs/img/', import.meta.url))
const ITEM = '建筑工程施工许可证核发'

const shot = async (page: Page, name: string) => {
  await page.waitForTimeout(350) // antd's motion settles
  await page.screenshot({ path: `${OUT}editor-${name}.png` })
  console.log(`docs/img/editor-${name}.png`)
}

/** A mouse drag from the palette onto the canvas; `hold` keeps the button down (for a picture). */
async function drag(page: Page, entry: string, target: string, hold = false) {
  const from = (await page.locator(`[data-palette="${entry}"]`).boundingBox())!
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
  await page.mouse.down()
  await page.mouse.move(from.x + 30, from.y + 30, { steps: 3 })
  const to = page.locator(target).first()
  const box = (await to.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 6, { steps: 8 })
  if (!hold) await page.mouse.up()
}

async function main() {
  mkdirSync(OUT, { recursive: true })
  await buildWeb({ ifStale: true })
  const s = await e2eServer('pglite', { templates: true })
  const browser = await launchBrowser()
  try {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await ctx.newPage()
    await page.goto(`${s.base}/admin`)
    await page.getByLabel('用户名').fill('admin')
    await page.getByLabel('密码').fill(ADMIN_PASSWORD)
    await page.getByRole('button', { name: /登\s*录/ }).click()
    await page.getByRole('heading', { name: '事项列表' }).waitFor()
    await page.locator('.ant-table-row').first().waitFor()
    await shot(page, 'items')

    // the three panes on a real department form, a field selected
    await page.getByRole('link', { name: ITEM }).click()
    await page.locator('.cv-paper').waitFor()
    await page.getByRole('treeitem', { name: '格式文本：统一社会信用代码' }).first().click()
    await shot(page, 'panes')

    // the inspector on a choice column of the 单位工程 table
    const column = page.getByRole('treeitem', { name: '下拉：结构类型' })
    await column.scrollIntoViewIfNeeded()
    await column.click()
    await page.locator('.fe-canvas-scroll').evaluate((el) => el.scrollBy(0, 120))
    await shot(page, 'inspector')

    // a drag in progress: the line shows where the field lands
    await page.locator('.fe-canvas-scroll').evaluate((el) => el.scrollTo(0, 0))
    await drag(page, 'email', '.cv-section >> nth=0 >> .cv-field >> nth=3', true)
    await shot(page, 'drag')
    await page.mouse.up()

    // edits, then the publish dialog with the field-level diff against version 1
    const insp = page.locator('.fe-inspector')
    await page.getByRole('treeitem', { name: '格式文本：电子邮箱' }).click()
    await insp.getByLabel('标题', { exact: true }).fill('建设单位电子邮箱')
    await page.getByRole('treeitem', { name: '单行文本：工程名称' }).click()
    await insp.getByLabel('帮助文字').fill('与施工合同、中标通知书一致，不含“工程”二字以外的简称')
    await page.getByRole('treeitem', { name: '单行文本：联系人' }).click()
    await insp.getByRole('switch', { name: '必填' }).click()
    await page.getByTestId('save-status').filter({ hasText: '已自动保存' }).waitFor()
    await page.getByRole('button', { name: '发布…' }).click()
    await page.locator('.diff-table').waitFor()
    await page.locator('#publish-note').fill('增加建设单位电子邮箱；联系人改为选填')
    await shot(page, 'publish')
    await page.keyboard.press('Escape')

    // the preview at phone width
    await page.getByRole('tab', { name: '预览' }).click()
    await page.getByText('手机（375 px）').click()
    const phone = page.frameLocator('iframe')
    await phone.getByLabel('建设单位', { exact: true }).fill('示例建设有限公司')
    await phone.getByLabel('统一社会信用代码').first().fill('91430100MA4L1XJQ2Y')
    await page.getByRole('button', { name: '校验全部' }).click()
    await phone.getByText('「统一社会信用代码」格式不正确').first().waitFor()
    await shot(page, 'phone')

    // the materials
    await page.getByRole('tab', { name: '申请材料' }).click()
    await shot(page, 'materials')

    // someone else saved first: both versions, the admin chooses
    const id = page.url().split('/').pop()!
    const cur = await s.call('GET', `/api/items/${id}`, { token: s.token })
    const { id: _i, status, latestVersion, revision, hash, updatedAt, ...doc } = cur.json
    doc.name = `${doc.name}（窗口同事修改）`
    doc.form.schema.properties.jsdw.properties.lxdh.title = '联系电话'
    await s.call('PUT', `/api/items/${id}`, {
      token: s.token,
      body: doc,
      headers: { 'if-match': cur.headers.get('etag')! },
    })
    await page.getByRole('tab', { name: '表单设计' }).click()
    await page.getByRole('treeitem', { name: '单行文本：联系人' }).click()
    await insp.getByLabel('占位提示').fill('填写经办人姓名')
    await page.locator('.ant-modal-title', { hasText: '草稿已被他人修改' }).waitFor()
    await shot(page, 'conflict')
    await page.getByRole('button', { name: '保留我的版本（覆盖）' }).click()

    // English
    await page.getByText('EN', { exact: true }).click()
    await page.getByRole('treeitem').nth(3).click()
    await shot(page, 'english')
    await page.getByText('中文', { exact: true }).click()
    await ctx.close()
  } finally {
    await browser.close()
    await s.close()
  }
}

await main()
