import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements } from '../../api/services/seed'
import { ADMIN_PASSWORD } from '../setup/app'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

/** Every built-in palette entry but the layout ones, in palette order. */
const FIELD_ENTRIES = [
  'text',
  'textarea',
  'number',
  'money-yuan',
  'money-wan',
  'date',
  'date-range',
  'boolean',
  'radio',
  'checkboxes',
  'select',
  'cn-id',
  'uscc',
  'cn-mobile',
  'cn-phone',
  'cn-postcode',
  'email',
  'division',
  'address',
  'project-code',
  'note',
]

async function login(page: Page, base: string) {
  await page.goto(`${base}/admin`)
  await page.getByLabel('用户名').fill('admin')
  await page.getByLabel('密码').fill(ADMIN_PASSWORD)
  await page.getByRole('button', { name: /登\s*录/ }).click()
  await page.getByRole('heading', { name: '事项列表' }).waitFor()
}

/**
 * A mouse drag past dnd-kit's activation distance, dropped just inside the top or bottom edge of
 * `to` (a container's body: its start or end; a field: before or after it).
 */
async function drag(page: Page, from: Locator, to: Locator, where: 'top' | 'bottom' = 'bottom') {
  await to.evaluate((el, w) => el.scrollIntoView({ block: w === 'top' ? 'start' : 'end' }), where)
  // hover waits until `from` is stable: a palette group the search just opened is still sliding
  await from.hover()
  const a = (await from.boundingBox())!
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2)
  await page.mouse.down()
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 12, { steps: 2 })
  const b = (await to.boundingBox())!
  const y = where === 'top' ? b.y + 3 : b.y + b.height - 6
  await page.mouse.move(b.x + b.width / 2, y, { steps: 3 })
  await page.mouse.move(b.x + b.width / 2, y + 1)
  await page.mouse.up()
  // dnd-kit's pointer sensor clears every text selection for 50 ms after a drop (a timer in its
  // detach): an input filled within that time (no person types that fast) gets nothing
  await page.waitForTimeout(60)
}

/** antd's modal by its title (its aria-labelledby id is `test-id` when built with NODE_ENV=test). */
/**
 * Starts a keyboard drag and waits until it listens: dnd-kit's keyboard sensor adds its key listener
 * in a timer after the pick-up, so keys typed before that timer ran (no person types that fast)
 * would go to the page instead. A timer queued now runs after the sensor's.
 */
async function pickUp(page: Page, key: string, title: string) {
  await page.keyboard.press(key)
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)))
  await page.locator('[aria-live]', { hasText: `已拿起「${title}」` }).waitFor()
}

const dialogTitled = (page: Page, title: string) =>
  page.getByRole('dialog').filter({ has: page.locator('.ant-modal-title', { hasText: title }) })
const inspector = (page: Page) => page.locator('.fe-inspector')
/** Titles the node just dropped, once the inspector shows it (by its default key), not the one before. */
async function titleNew(page: Page, key: string, title: string) {
  await inspector(page)
    .locator('.insp-path', { hasText: new RegExp(`^${key}$`) })
    .waitFor()
  await inspector(page).getByLabel('标题', { exact: true }).fill(title)
}
const node = (page: Page, name: string) => page.getByRole('treeitem', { name, exact: true })
const savedStatus = (page: Page) =>
  page
    .getByTestId('save-status')
    .filter({ hasText: /已自动保存|已保存/ })
    .waitFor()

async function itemVia(s: E2eServer, departmentId: string, code: string, form: unknown) {
  const r = await s.call('POST', '/api/items', {
    token: s.token,
    body: { code, name: `事项${code}`, departmentId, form },
  })
  expect(r.status).toBe(201)
  return r.json.id as string
}

describe.each(dbKinds)('form editor in Chromium (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  let departmentId: string
  beforeAll(async () => {
    s = await e2eServer(kind)
    await seedElements(s.db)
    const d = await s.call('POST', '/api/departments', {
      token: s.token,
      body: { code: 'zjhb', name: '住建环保局' },
    })
    departmentId = d.json.id
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('builds a form of every field type by mouse and keyboard, publishes it, stores that schema', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const page = await ctx.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await login(page, s.base)

    // a new item with its catalogue data
    await page.getByRole('button', { name: /新建事项/ }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByLabel('事项编码').fill('E2E-FORM-001')
    await dialog.getByLabel('事项名称').fill('建筑工程施工许可证核发')
    await dialog.getByRole('button', { name: /添加一条设定依据/ }).click()
    await dialog.getByLabel('设定依据 1').fill('《中华人民共和国建筑法》第八条')
    await dialog.getByLabel('受理条件').fill('已取得建设工程规划许可证')
    await dialog.getByRole('button', { name: '创建并编辑表单' }).click()
    await page.waitForURL(/\/admin\/items\/[0-9a-f-]{36}$/)
    const id = page.url().split('/').pop()!
    const canvas = page.locator('.cv-paper')
    await canvas.waitFor()

    // by mouse: a section, every field kind into it, a table with two columns
    const rootBody = page.locator('.cv-root > .cv-body')
    await drag(page, page.locator('[data-palette="section"]'), rootBody)
    await titleNew(page, 'fenZu', '申请单位')
    const section = page.locator('.cv-section').first()
    const sectionEnd = section.locator('> .cv-body > *').last()
    for (const entry of FIELD_ENTRIES)
      await drag(page, page.locator(`[data-palette="${entry}"]`), sectionEnd)
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length)
    await drag(page, page.locator('[data-palette="table"]'), rootBody)
    await titleNew(page, 'biaoGe', '参建单位')
    const tableBody = page.locator('.cv-table > .cv-body').first()
    await drag(page, page.locator('[data-palette="text"]'), tableBody)
    await drag(page, page.locator('[data-palette="cn-mobile"]'), tableBody)
    await expect(page.locator('.cv-table .cv-field').count()).resolves.toBe(2)

    // a dictionary element, found by search and dropped in already bound
    await page.getByLabel('搜索字段或数据元').fill('applicant.uscc')
    await drag(page, page.locator('[data-palette="element:applicant.uscc"]'), rootBody)
    await page.getByLabel('搜索字段或数据元').fill('')
    // it landed at the form's end, after the table, in neither the section nor the table
    await expect(
      page.locator('.cv-root > .cv-body > *').last().getByText('统一社会信用代码').count(),
    ).resolves.toBeGreaterThan(0)
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length)

    // by keyboard: Enter adds after the selection; Space picks up, arrows choose, Space drops
    await node(page, '单行文本：单行文本').first().click()
    await page.locator('[data-palette="number"]').focus()
    await page.keyboard.press('Enter')
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length + 1)
    await page.locator('[data-palette="date"]').focus()
    await pickUp(page, 'Space', '日期')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Space')
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length + 2)
    // a keyboard drag on the canvas: the bound element into the section, first
    const element = node(page, '格式文本：统一社会信用代码').last()
    await element.click()
    await element.focus()
    await pickUp(page, 'Space', '统一社会信用代码')
    // ↑ walks back through every place, the table's and the section's, to the section's first
    const first = page.locator('[aria-live]', { hasText: '「申请单位」中第 1 个位置' })
    for (let i = 0; i < 60 && !(await first.count()); i++) await page.keyboard.press('ArrowUp')
    await first.waitFor()
    await page.keyboard.press('Space')
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length + 3)

    // keyboard moves on the canvas: the dropped 日期 out of the section and back in
    const date = node(page, '日期：日期').first()
    await date.click()
    await date.press('Alt+ArrowLeft')
    await expect(section.getByRole('treeitem', { name: '日期：日期' }).count()).resolves.toBe(1)
    await page.keyboard.press('Alt+ArrowRight')
    await expect(section.getByRole('treeitem', { name: '日期：日期' }).count()).resolves.toBe(2)
    await expect(section.locator('.cv-field').count()).resolves.toBe(FIELD_ENTRIES.length + 3)
    await node(page, '单行文本：单行文本').first().click()
    await page.keyboard.press('Alt+ArrowDown')

    // properties of the first text field: title (key from pinyin), required, constraints …
    await node(page, '单行文本：单行文本').first().click()
    const insp = inspector(page)
    await insp.getByLabel('标题', { exact: true }).fill('单位名称')
    await expect(insp.getByLabel('字段标识').inputValue()).resolves.toBe('danWeiMingCheng')
    await insp.getByLabel('字段标识').fill('1abc')
    await insp.getByText('字段标识必须以英文字母开头').waitFor()
    await insp.getByLabel('字段标识').fill('unitName')
    await insp.getByRole('switch', { name: '必填' }).click()
    await insp.getByLabel('占位提示').fill('与营业执照一致')
    await insp.getByLabel('帮助文字').fill('填写全称')
    await insp.getByLabel('字数 最多').fill('50')
    await insp.getByLabel('正则表达式').fill('(a+)+$')
    await insp.getByText(/正则表达式存在回溯风险/).waitFor()
    await insp.getByLabel('正则表达式').fill('^[^0-9]+$')
    await expect(insp.getByText(/存在回溯风险/).count()).resolves.toBe(0)
    await insp.getByText('半行', { exact: true }).click()
    // a choice: options edited
    await node(page, '单选：单选').first().click()
    await insp.getByLabel('选项值 1').fill('有限公司')
    await insp.getByRole('button', { name: /添加选项/ }).click()
    // binding by suggestion: 手机号码 → an element of the dictionary
    await node(page, '格式文本：手机号码').first().click()
    await insp.getByLabel('标题', { exact: true }).fill('联系人手机')
    await insp.locator('.insp-suggestion').first().getByRole('button', { name: '绑定' }).click()
    await insp.locator('.insp-bound').waitFor()
    // visibility: the 多行文本 only when 是否 is answered
    await node(page, '多行文本：多行文本').first().click()
    await insp.getByRole('switch', { name: '按条件显示' }).click()
    await insp.getByText('仅当以下条件成立时显示：').waitFor()

    // undo / redo: delete a field, Ctrl+Z brings it back, Ctrl+Shift+Z deletes it again
    const postcode = node(page, '格式文本：邮政编码').first()
    await postcode.click()
    await postcode.press('Delete')
    await expect(node(page, '格式文本：邮政编码').count()).resolves.toBe(0)
    await page.keyboard.press('Control+z')
    await expect(node(page, '格式文本：邮政编码').count()).resolves.toBe(1)
    await page.keyboard.press('Control+Shift+z')
    await expect(node(page, '格式文本：邮政编码').count()).resolves.toBe(0)
    await page.getByRole('button', { name: '撤销' }).click()
    await expect(node(page, '格式文本：邮政编码').count()).resolves.toBe(1)

    // publishing with an error is refused with the core's problem list
    await node(page, '多行文本：多行文本').first().click()
    await insp.getByLabel('标题', { exact: true }).fill('')
    await page.getByRole('button', { name: '发布…' }).click()
    const publish = dialogTitled(page, '发布事项')
    await publish.getByText(/表单有 1 个错误/).waitFor()
    await publish.getByText(/标题/).first().waitFor()
    await publish.getByRole('button', { name: /取\s*消/ }).click()
    await publish.waitFor({ state: 'hidden' })
    await page.keyboard.press('Control+z')
    await node(page, '多行文本：多行文本').waitFor()

    // autosave, then publish: the diff lists the new fields, a note is asked for
    await savedStatus(page)
    await page.getByRole('button', { name: '发布…' }).click()
    await publish.getByText(/这是首次发布/).waitFor()
    // the catalogue rows name the department, not its id
    await publish.locator('.diff-table').getByText('住建环保局').first().waitFor()
    await expect(publish.locator('.diff-table').textContent()).resolves.not.toContain(departmentId)
    await expect(publish.locator('.diff-table tbody tr').count()).resolves.toBeGreaterThan(20)
    await publish.getByRole('button', { name: '确认发布' }).click()
    await page.getByText('已发布第 1 版').waitFor()

    // the stored schema is the one built
    const v = await s.call('GET', `/api/items/${id}/versions/1`, { token: s.token })
    expect(v.status).toBe(200)
    expect(v.json.basis).toEqual(['《中华人民共和国建筑法》第八条'])
    const { schema, uiSchema } = v.json.form
    expect(Object.keys(schema.properties)).toEqual(['shenQingDanWei', 'canJianDanWei'])
    const unit = schema.properties.shenQingDanWei
    expect(Object.keys(unit.properties)[0]).toBe('applicantUscc')
    expect(unit.properties.applicantUscc['x-element']).toBe('applicant.uscc')
    expect(unit.type).toBe('object')
    expect(unit.title).toBe('申请单位')
    const fields = unit.properties
    expect(fields.unitName).toMatchObject({ type: 'string', maxLength: 50, pattern: '^[^0-9]+$' })
    expect(unit.required).toContain('unitName')
    expect(uiSchema.shenQingDanWei.unitName).toMatchObject({
      'ui:placeholder': '与营业执照一致',
      'ui:help': '填写全称',
      'ui:options': { width: 'half' },
    })
    const formats = Object.values(fields).map((f: any) => f.format)
    for (const f of ['cn-id', 'uscc', 'cn-mobile', 'cn-phone', 'cn-postcode', 'email'])
      expect(formats).toContain(f)
    for (const f of ['cn-division', 'project-code', 'date']) expect(formats).toContain(f)
    const all = Object.values(fields) as any[]
    expect(
      all
        .filter((f) => f['x-money'])
        .map((f) => f['x-money'])
        .sort(),
    ).toEqual(['万元', '元'])
    expect(all.some((f) => f['x-date-range'] === true)).toBe(true)
    expect(all.some((f) => f.type === 'null')).toBe(true)
    expect(all.some((f) => f.type === 'boolean')).toBe(true)
    expect(all.some((f) => f.type === 'array' && f.uniqueItems)).toBe(true)
    expect(all.find((f) => f.title === '单选').enum).toEqual(['有限公司', '选项二', '选项3'])
    expect(all.find((f) => f.title === '联系人手机')['x-element']).toMatch(/\.mobile$/)
    expect(all.find((f) => f.title === '多行文本')['x-visible-when']).toBeDefined()
    expect(all.filter((f) => f.format === 'cn-postcode')).toHaveLength(1)
    // the keyboard-added number right after the first field, the moved date back at the end
    expect(Object.keys(fields).indexOf('shuZi2')).toBeGreaterThan(-1)
    const table = schema.properties.canJianDanWei
    expect(table.type).toBe('array')
    expect(Object.values(table.items.properties).map((c: any) => c.format ?? c.type)).toEqual([
      'string',
      'cn-mobile',
    ])

    // the version history names who published
    await page.getByRole('tab', { name: '版本历史' }).click()
    await page.locator('.versions').getByText('首次发布').waitFor()
    expect(errors).toEqual([])
    await ctx.close()
  }, 120_000)

  it('on a 412 shows both versions and keeps mine, or takes theirs (undoable)', async () => {
    const id = await itemVia(s, departmentId, 'E2E-CONFLICT', {
      schema: {
        type: 'object',
        title: '冲突测试',
        properties: { name: { type: 'string', title: '名称' } },
      },
      uiSchema: {},
    })
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await ctx.newPage()
    await login(page, s.base)
    await page.goto(`${s.base}/admin/items/${id}`)
    await page.locator('.cv-paper').waitFor()

    // someone else saves first
    const theirs = async (key: string) => {
      const cur = await s.call('GET', `/api/items/${id}`, { token: s.token })
      const { id: _id, status, latestVersion, revision, hash, updatedAt, ...doc } = cur.json
      doc.form.schema.properties[key] = { type: 'string', title: `对方的字段${key}` }
      const put = await s.call('PUT', `/api/items/${id}`, {
        token: s.token,
        body: doc,
        headers: { 'if-match': cur.headers.get('etag')! },
      })
      expect(put.status).toBe(200)
    }
    await theirs('theirField')
    await page.locator('[data-palette="number"]').click()
    const dialog = dialogTitled(page, '草稿已被他人修改')
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.locator('.diff-path', { hasText: 'theirField' }).waitFor()
    await dialog.locator('.diff-path', { hasText: 'shuZi' }).waitFor()
    await dialog.getByRole('button', { name: '保留我的版本（覆盖）' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await savedStatus(page)
    const mine = await s.call('GET', `/api/items/${id}`, { token: s.token })
    expect(Object.keys(mine.json.form.schema.properties)).toEqual(['name', 'shuZi'])

    // again, and this time theirs is taken; Ctrl+Z still has this session's form
    await theirs('theirField2')
    await page.locator('[data-palette="date"]').click()
    await dialog.waitFor({ timeout: 10_000 })
    await dialog.getByRole('button', { name: '采用对方的版本' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await node(page, '单行文本：对方的字段theirField2').waitFor()
    await expect(node(page, '日期：日期').count()).resolves.toBe(0)
    await page.locator('.cv-form-title').click()
    await page.keyboard.press('Control+z')
    await node(page, '日期：日期').waitFor()
    await ctx.close()
  }, 60_000)
})
