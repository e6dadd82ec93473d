/**
 * The issue's "done when": the four construction-stage bundles of the templates can be rebuilt in
 * the admin UI from their items. For each one, a fresh server holds the templates' published items
 * but not the bundle; the lead department's administrator composes it in Chromium with clicks and
 * typing only, driven by one generic driver reading the BundleTemplate, and publishes. What was
 * published must equal what publishing the template itself (the seed import) yields.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements, seedTemplates } from '../../api/services/seed'
import { createBundleState, ruleTargets, sectionsOf, suggestionsOf } from '../../editor/core/bundle'
import { elements, merger, seedItem, seedState } from '../../editor/core/bundle/testing/seed'
import type { Guide, Rule, Situation } from '../../runtime/core/types'
import { seedPackage } from '../../templates'
import type { BundleTemplate } from '../../templates/types'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

const SLUGS = ['lixiang-yongdi', 'gongcheng-jianshe', 'shigong-xuke', 'jungong-yanshou']
const LEAD_PASSWORD = 'lead-password-1'
/** expect.poll's 1 s is short while the two databases' halves share two cores */
const SETTLED = { timeout: 10_000 }

const template = (slug: string): BundleTemplate => {
  const b = seedPackage.bundles.find((x) => x.slug === slug)
  if (!b) throw new Error(`no template ${slug}`)
  return b
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** antd puts a space between the two characters of a two-character Chinese button label. */
const button = (label: string) =>
  new RegExp(`^[＋\\s]*${[...label].map(escapeRegExp).join('\\s*')}$`)

// ——— antd selects: open, then the keyboard (no waiting for the dropdown's animations) ———

type Listed = { labels: string[]; active: number; selected: boolean[] }

/**
 * Opens a select and reads its own dropdown (the input controls a listbox inside it): the options'
 * labels, the active one (where the arrow keys start) and which are selected.
 */
async function open(page: Page, select: Locator): Promise<Listed> {
  await select.click()
  const listed = await page.waitForFunction(
    (input) => {
      const id = input?.getAttribute('aria-controls')
      const dropdown = id ? document.getElementById(id)?.closest('.ant-select-dropdown') : null
      const options = [...(dropdown?.querySelectorAll('.ant-select-item-option') ?? [])]
      if (!options.length) return null
      const has = (o: Element, c: string) => o.classList.contains(`ant-select-item-option-${c}`)
      return {
        labels: options.map((o) => o.textContent?.trim() ?? ''),
        active: Math.max(
          0,
          options.findIndex((o) => has(o, 'active')),
        ),
        selected: options.map((o) => has(o, 'selected')),
      }
    },
    await select.elementHandle(),
  )
  return (await listed.jsonValue()) as Listed
}

/** Moves the active option from `from` to `to` with the arrow keys. */
async function walk(select: Locator, from: number, to: number) {
  for (let i = from; i < to; i++) await select.press('ArrowDown')
  for (let i = from; i > to; i--) await select.press('ArrowUp')
}

/** Picks `label` unless the select shows it already: opens it, walks there with the arrow keys, Enter. */
async function choose(page: Page, select: Locator, label: string) {
  const shown = await select.evaluate((input) => {
    const content = input.closest('.ant-select-content')
    return content?.classList.contains('ant-select-content-has-value')
      ? content.textContent?.trim()
      : undefined
  })
  if (shown === label) return
  const { labels, active } = await open(page, select)
  const target = labels.indexOf(label)
  if (target < 0) throw new Error(`no option ${label} in ${labels.join(' | ')}`)
  await walk(select, active, target)
  await select.press('Enter')
}

/** A multiple select: Enter on each option whose selection differs from `wanted`, then Escape. */
async function chooseSet(page: Page, select: Locator, wanted: string[]) {
  const { labels, active, selected } = await open(page, select)
  let at = active
  for (const [i, label] of labels.entries()) {
    if (selected[i] === wanted.includes(label)) continue
    await walk(select, at, i)
    await select.press('Enter')
    at = i
  }
  await select.press('Escape')
}

// ——— rules: one builder (a question's 显示条件, a target's 适用条件) at a time ———

const KIND_LABEL = { eq: '答案为', in: '答案属于', answered: '回答情况' } as const

/** Builds `rule` in a RuleBuilder: comparisons only (no construction-stage template nests rules). */
async function buildRule(page: Page, builder: Locator, rule: Rule, situations: Situation[]) {
  if (!('q' in rule))
    throw new Error(`the driver builds comparisons only, not ${JSON.stringify(rule)}`)
  const set = builder.getByRole('button', { name: button('设置条件') })
  if (await set.isVisible()) await set.click()
  const kind = 'eq' in rule ? 'eq' : 'in' in rule ? 'in' : 'answered'
  await choose(page, builder.getByRole('combobox', { name: '条件类型' }), KIND_LABEL[kind])
  const question = situations.find((s) => s.id === rule.q)
  if (!question) throw new Error(`no question ${rule.q}`)
  await choose(page, builder.getByRole('combobox', { name: '问题' }), question.title)
  const label = (v: unknown) => question.options.find((o) => o.value === v)?.label ?? String(v)
  const value = builder.getByRole('combobox', { name: '答案' })
  if ('eq' in rule) await choose(page, value, label(rule.eq))
  else if ('in' in rule) await chooseSet(page, value, rule.in.map(label))
  else await choose(page, value, rule.answered ? '已回答' : '未回答')
}

// ——— the driver: the template's data in, clicks and typing out ———

async function login(page: Page, base: string, username: string) {
  await page.goto(`${base}/admin/bundles`)
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(LEAD_PASSWORD)
  await page.getByRole('button', { name: button('登录') }).click()
  await page.getByRole('heading', { name: '一件事列表' }).waitFor()
}

async function create(page: Page, tpl: BundleTemplate, leadName: string) {
  await page.getByRole('button', { name: /新建一件事/ }).click()
  const dialog = page.getByRole('dialog', { name: '新建一件事' })
  await dialog.getByLabel('一件事名称').fill(tpl.name)
  await dialog.getByLabel('slug').fill(tpl.slug)
  // a department's administrator leads with their own department: the select is fixed to it
  expect(await dialog.getByRole('combobox', { name: '牵头部门' }).isDisabled()).toBe(true)
  await dialog.getByTitle(leadName, { exact: true }).waitFor()
  await choose(page, dialog.getByRole('combobox', { name: '阶段' }), tpl.stage)
  const members = dialog.getByRole('combobox', { name: '成员事项' })
  for (const code of tpl.items) {
    await members.fill(code)
    // the search leaves one option, active: Enter selects it
    await page.getByRole('option', { name: new RegExp(`^${code} `) }).waitFor({ state: 'attached' })
    await members.press('Enter')
  }
  await members.press('Escape')
  const chosen = dialog.locator('.ant-select-selection-item')
  expect(
    (await chosen.allTextContents()).map((t) => t.slice(0, t.indexOf(' '))).filter(Boolean),
  ).toEqual(tpl.items)
  await dialog.getByRole('button', { name: '创建并编排' }).click()
  await page.getByRole('heading', { name: tpl.name }).waitFor()
}

/**
 * Each binding through the suggestion list when the merge offers it, else the bind picker; then the
 * suggestions the template rejected. The core (the same functions the composer renders with) says
 * what the list offers and what each field's row shows.
 */
async function bind(page: Page, tpl: BundleTemplate) {
  const items = tpl.items.map((c) => seedItem(c))
  const doc = seedState(tpl.slug).doc
  const merged = merger()
  let via = { suggestion: 0, picker: 0 }
  for (const [k, b] of tpl.bindings.entries()) {
    const before = createBundleState({ ...doc, bindings: tpl.bindings.slice(0, k) }, items)
    const m = merged(before)
    const offered = suggestionsOf(before, m, elements).find(
      (s) => s.suggestion.item === b.item && s.suggestion.path === b.path,
    )
    if (offered && offered.suggestion.element === b.element) {
      const row = page
        .getByTestId('suggestion')
        .filter({ hasText: offered.fieldTitle })
        .filter({ hasText: offered.itemName })
        .filter({ hasText: offered.elementTitle })
      await row.getByRole('button', { name: button('接受') }).click()
      await row.waitFor({ state: 'detached' })
      via = { ...via, suggestion: via.suggestion + 1 }
      continue
    }
    // the field's row shows its merged path; its user of this item has the picker
    const mergedPath = m.mapping.find((e) => e.item === b.item && e.path === b.path)?.merged
    const field = sectionsOf(before, m)
      .flatMap((s) => s.fields)
      .find((f) => f.path === mergedPath)
    const user = field?.users.find((u) => u.item === b.item && u.path === b.path)
    if (!mergedPath || !user) throw new Error(`no field ${b.item}:${b.path}`)
    const row = page
      .getByRole('row')
      .filter({ has: page.getByText(mergedPath, { exact: true }) })
      .locator('.m-user')
      .filter({ hasText: user.itemName })
    await row.getByRole('button', { name: '绑定…' }).click()
    const picker = page.getByRole('dialog', {
      name: `为「${user.title}」（${user.itemName}）选择数据元`,
    })
    await picker.getByRole('searchbox').fill(b.element)
    await picker
      .getByRole('listitem')
      .filter({ has: page.getByText(b.element, { exact: true }) })
      .getByRole('button', { name: button('绑定') })
      .click()
    await picker.waitFor({ state: 'hidden' })
    via = { ...via, picker: via.picker + 1 }
  }
  const bound = createBundleState({ ...doc, rejected: [] }, items)
  for (const key of tpl.rejected ?? []) {
    const offered = suggestionsOf(bound, merged(bound), elements).find((s) => s.key === key)
    if (!offered) throw new Error(`no suggestion ${key} to reject`)
    const row = page
      .getByTestId('suggestion')
      .filter({ hasText: offered.fieldTitle })
      .filter({ hasText: offered.itemName })
    await row.getByRole('button', { name: button('拒绝') }).click()
    await row.waitFor({ state: 'detached' })
  }
  // the templates' bindings leave no conflict, and the suggestions they did not take stay listed
  await page.getByText('没有合并冲突').waitFor()
  const final = seedState(tpl.slug)
  await expect
    .poll(() => page.getByTestId('suggestion').count(), SETTLED)
    .toBe(suggestionsOf(final, merged(final), elements).length)
  return via
}

async function situations(page: Page, tpl: BundleTemplate) {
  await page.getByRole('tab', { name: '情形引导' }).click()
  const card = (i: number) => page.getByRole('group', { name: `第 ${i + 1} 个问题`, exact: true })
  for (const [i, s] of tpl.situations.entries()) {
    // a follow-up of the question just entered is added from it (添加追问), anything else on its own
    const parent = i > 0 ? tpl.situations[i - 1] : undefined
    if (s.when && 'q' in s.when && s.when.q === parent?.id)
      await card(i - 1)
        .getByRole('button', { name: /添加追问/ })
        .click()
    else await page.getByRole('button', { name: /添加问题/ }).click()
    const q = card(i)
    await q.getByRole('textbox', { name: '问题', exact: true }).fill(s.title)
    await q.getByRole('textbox', { name: '问题编号' }).fill(s.id)
    await q.getByRole('textbox', { name: '问题编号' }).press('Tab')
    await expect
      .poll(() => q.getByRole('textbox', { name: '问题编号' }).inputValue(), SETTLED)
      .toBe(s.id)
    if (s.kind === 'multiple') await choose(page, q.getByRole('combobox', { name: '题型' }), '多选')
    if (s.help !== undefined) await q.getByRole('textbox', { name: '说明（可选）' }).fill(s.help)
    await options(q, s)
    if (s.when)
      await buildRule(
        page,
        q.getByRole('group', { name: `第 ${i + 1} 个问题的显示条件` }),
        s.when,
        tpl.situations,
      )
  }
}

/** The options of a new question (是 / 否 to begin with): as many as the template's, then each one's value and label. */
async function options(q: Locator, s: Situation) {
  const values = q.getByRole('textbox', { name: '选项值' })
  const add = q.getByRole('button', { name: /添加选项/ })
  while ((await values.count()) < s.options.length) {
    const n = await values.count()
    await add.click()
    await values.nth(n).waitFor()
  }
  while ((await values.count()) > s.options.length) {
    const n = await values.count()
    await q
      .getByRole('button', { name: '删除', exact: true })
      .nth(n - 1)
      .click()
    await values.nth(n - 1).waitFor({ state: 'detached' })
  }
  for (const [j, o] of s.options.entries()) {
    const value = values.nth(j)
    if ((await value.inputValue()) !== o.value) {
      await value.fill(o.value)
      await value.press('Tab')
      await expect.poll(() => values.nth(j).inputValue(), SETTLED).toBe(o.value)
    }
    await q.getByRole('textbox', { name: '选项', exact: true }).nth(j).fill(o.label)
  }
}

const TYPE_LABEL = { item: '事项', section: '分区', material: '材料' } as const

async function rules(page: Page, tpl: BundleTemplate) {
  const final = seedState(tpl.slug)
  const targets = ruleTargets(final, merger()(final))
  for (const r of tpl.rules) {
    const target = targets.find(
      (x) => x.target.type === r.target.type && x.target.id === r.target.id,
    )
    if (!target) throw new Error(`no rule target ${JSON.stringify(r.target)}`)
    const builder = page.getByRole('group', {
      name: `${TYPE_LABEL[r.target.type]}「${target.title}」的适用条件`,
      exact: true,
    })
    await buildRule(page, builder, r.when, tpl.situations)
  }
  // as in the template: every combination of answers leaves something to apply for, nothing flagged
  await page.getByTestId('coverage').getByText('所有组合均无问题').waitFor()
}

/** Section titles (on 一张表) and material fields (on 材料) the template overrides. */
async function overrides(page: Page, tpl: BundleTemplate) {
  const sections = Object.entries(tpl.overrides.sections ?? {})
  const materials = Object.entries(tpl.overrides.materials ?? {})
  if (sections.length) {
    await page.getByRole('tab', { name: '一张表' }).click()
    const state = seedState(tpl.slug)
    const shown = sectionsOf(state, merger()(state))
    for (const [key, o] of sections) {
      if (o.order !== undefined) throw new Error(`the driver does not reorder sections (${key})`)
      const title = shown.find((s) => s.key === key)?.title ?? key
      if (o.title !== undefined)
        await page
          .getByRole('textbox', { name: '分区标题' })
          .and(page.getByPlaceholder(title, { exact: true }))
          .fill(o.title)
    }
  }
  if (materials.length) {
    await page.getByRole('tab', { name: '材料', exact: true }).click()
    const state = seedState(tpl.slug)
    const list = merger()(state).materials
    for (const [key, patch] of materials) {
      const i = list.findIndex((m) => m.key === key)
      const row = page
        .getByRole('row')
        .filter({ has: page.getByRole('textbox', { name: '材料名称' }) })
        .nth(i)
      for (const [field, value] of Object.entries(patch)) {
        if (field === 'name')
          await row.getByRole('textbox', { name: '材料名称' }).fill(String(value))
        else if (field === 'copies')
          await row.getByRole('spinbutton', { name: '份数' }).fill(String(value))
        else if (field === 'form')
          await choose(
            page,
            row.getByRole('combobox', { name: '形式' }),
            FORM_LABEL[value as keyof typeof FORM_LABEL],
          )
        else if (field === 'requirement')
          await choose(
            page,
            row.getByRole('combobox', { name: '要求' }),
            REQ_LABEL[value as keyof typeof REQ_LABEL],
          )
        else throw new Error(`the driver does not override material ${field}`)
      }
    }
  }
}

const FORM_LABEL = { original: '原件', copy: '复印件', electronic: '电子件' }
const REQ_LABEL = { required: '必要', tolerated: '容缺', conditional: '情形适用' }

const TEXT_ELEMENTS = [
  'implementer',
  'targets',
  'conditions',
  'fee',
  'location',
  'hours',
  'window',
  'onlineUrl',
  'consultPhone',
  'complaintPhone',
] as const

/** Every element of the template's guide, typed into the empty guide. */
async function guide(page: Page, g: Guide) {
  await page.getByRole('tab', { name: '办事指南' }).click()
  for (const key of Object.keys(g) as (keyof Guide)[]) {
    if ((TEXT_ELEMENTS as readonly string[]).includes(key)) {
      await page.getByLabel(key, { exact: true }).fill(g[key] as string)
      continue
    }
    switch (key) {
      case 'jointDepartments': {
        const select = page.getByRole('combobox', { name: 'jointDepartments' })
        for (const d of g.jointDepartments) {
          await select.click()
          await select.fill(d)
          await select.press('Enter')
        }
        await select.press('Escape')
        break
      }
      case 'basis':
        for (const [i, b] of g.basis.entries()) {
          await page.getByRole('button', { name: /添加一条/ }).click()
          await page.getByLabel(`basis.${i}`, { exact: true }).fill(b)
        }
        break
      case 'process':
        await processSteps(page, g.process)
        break
      case 'timeLimit':
        await page.getByLabel('timeLimit.legal').fill(String(g.timeLimit.legal))
        await page.getByLabel('timeLimit.promised').fill(String(g.timeLimit.promised))
        break
      case 'visits':
        await page.getByLabel('visits', { exact: true }).fill(String(g.visits))
        break
      case 'intermediaries':
        await intermediaries(page, g.intermediaries)
        break
      case 'result':
        await page.getByLabel('result.name').fill(g.result.name)
        if (g.result.sampleUrl) await page.getByLabel('result.sampleUrl').fill(g.result.sampleUrl)
        break
      case 'faq':
        for (const [i, f] of g.faq.entries()) {
          await page.getByRole('button', { name: /添加常见问题/ }).click()
          await page.getByRole('textbox', { name: '问题', exact: true }).nth(i).fill(f.q)
          await page.getByRole('textbox', { name: '解答' }).nth(i).fill(f.a)
        }
        break
      default:
        throw new Error(`the driver does not know guide element ${key}`)
    }
  }
  await page.getByTestId('completeness').getByText('办事指南要素齐全').waitFor()
}

async function processSteps(page: Page, steps: Guide['process']) {
  const titles = page.getByRole('textbox', { name: '环节', exact: true })
  for (const [i, s] of steps.entries()) {
    await page.getByRole('button', { name: /添加环节/ }).click()
    await titles.nth(i).waitFor()
    await titles.nth(i).fill(s.title)
    await choose(page, page.getByRole('combobox', { name: '办理部门' }).nth(i), s.department)
    await page.getByRole('spinbutton', { name: '时限（工作日）' }).nth(i).fill(String(s.days))
    if (s.parallel) await page.getByRole('checkbox', { name: '并联' }).nth(i).check()
    if (s.description)
      await page.getByRole('textbox', { name: '环节说明' }).nth(i).fill(s.description)
  }
}

async function intermediaries(page: Page, list: Guide['intermediaries']) {
  if (list.length === 0) {
    await page.getByRole('button', { name: '无中介服务' }).click()
    return
  }
  const names = page.getByRole('textbox', { name: '中介服务名称' })
  for (const [i, m] of list.entries()) {
    await page.getByRole('button', { name: /添加中介服务/ }).click()
    await names.nth(i).waitFor()
    await names.nth(i).fill(m.name)
    if (m.basis) await page.getByRole('textbox', { name: '设定依据' }).nth(i).fill(m.basis)
    if (m.required) await page.getByRole('checkbox', { name: '必须' }).nth(i).check()
    if (m.note) await page.getByRole('textbox', { name: '说明（可选）' }).nth(i).fill(m.note)
  }
}

async function publish(page: Page) {
  await page.getByRole('button', { name: '发布…' }).click()
  const dialog = page.getByRole('dialog', { name: '发布一件事' })
  await dialog.getByText('这是首次发布').waitFor()
  // a complete guide asks for no confirmation
  expect(await dialog.getByText('我已知晓，仍然发布').count()).toBe(0)
  await dialog.getByRole('button', { name: /确认发布/ }).click()
  await page.getByText('已发布第 1 版').waitFor()
}

// ——— the comparison ———

/**
 * Parallel groups are ids: the process editor marks a step 并联 and names the group itself, so
 * only which steps share a group is compared, with groups renamed in order of appearance.
 */
function parallelGroupsByOrder(guide: Guide): Guide {
  const names = new Map<string, string>()
  return {
    ...guide,
    process: guide.process.map((s) => {
      if (!s.parallel) return s
      if (!names.has(s.parallel)) names.set(s.parallel, `group-${names.size + 1}`)
      return { ...s, parallel: names.get(s.parallel)! }
    }),
  }
}

/**
 * The published version without what differs by nature: when it was published and its hash (a
 * digest of the content, which includes the parallel groups' ids). The version numbers (bundle
 * 1 and each item 1) are compared: both databases publish everything once.
 */
function comparable(published: PublishedVersion) {
  const { publishedAt: _at, hash: _hash, guide, ...rest } = published
  return { ...rest, guide: parallelGroupsByOrder(guide) }
}

/** GET /api/published/:slug/:version (the parts compared one by one are named). */
type PublishedVersion = {
  [key: string]: unknown
  schema: unknown
  mapping: unknown
  materials: unknown
  situations: unknown
  rules: unknown
  guide: Guide
  publishedAt: string
  hash: string
}

// ——— the test ———

// One browser. The two databases' halves run side by side, each in its own context: much of a
// step is waiting on the browser (rendering, antd's animations), which overlaps well. The four
// bundles of one half run one after the other, each on its own fresh server.
let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await dropTemplates()
})

describe.concurrent.each(dbKinds)(
  'rebuilding the construction-stage bundles in the composer (%s)',
  (kind) => {
    let context: BrowserContext
    let reference: TestApp
    beforeAll(async () => {
      // the templates published the ordinary way: the seed import of the whole package
      reference = await testApp(kind)
      await seedElements(reference.db)
      await seedTemplates(reference.db)
      context = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    })
    afterAll(async () => {
      await context?.close()
      await reference?.close()
    })

    it.sequential.each(SLUGS)(
      '%s: composed in the UI, published as the template is',
      async (slug) => {
        const tpl = template(slug)
        const leadName = seedPackage.departments.find(
          (d) => d.code === tpl.leadDepartmentCode,
        )!.name
        let s: E2eServer | undefined
        let page: Page | undefined
        try {
          s = await e2eServer(kind, { templates: 'items' })
          const server = s
          const departments = (
            await server.call('GET', '/api/departments', { token: server.token })
          ).json as { id: string; code: string }[]
          const username = `lead-${tpl.leadDepartmentCode}`
          const created = await server.call('POST', '/api/users', {
            token: server.token,
            body: {
              username,
              password: LEAD_PASSWORD,
              role: 'dept_admin',
              departmentId: departments.find((d) => d.code === tpl.leadDepartmentCode)!.id,
            },
          })
          expect(created.status).toBe(201)
          expect((await server.call('GET', '/api/bundles', { token: server.token })).json).toEqual(
            [],
          )

          await context.clearCookies()
          page = await context.newPage()
          const errors: string[] = []
          page.on('pageerror', (e) => errors.push(e.message))
          await login(page, server.base, username)
          await create(page, tpl, leadName)
          const via = await bind(page, tpl)
          // before the rules: the rules table names sections and materials as overridden
          await overrides(page, tpl)
          await situations(page, tpl)
          await rules(page, tpl)
          await guide(page, tpl.guide)
          await publish(page)
          expect(errors).toEqual([])
          expect(via.suggestion + via.picker).toBe(tpl.bindings.length)

          // the draft holds the template's bindings and rejected suggestions
          const list = (await server.call('GET', '/api/bundles', { token: server.token })).json as {
            id: string
            slug: string
          }[]
          const draft = (
            await server.call('GET', `/api/bundles/${list.find((b) => b.slug === slug)!.id}`, {
              token: server.token,
            })
          ).json
          expect(draft.bindings).toEqual(tpl.bindings)
          expect(draft.rejected ?? []).toEqual(tpl.rejected ?? [])

          const mine = (await server.call('GET', `/api/published/${slug}/1`)).json
          const theirs = (await reference.call('GET', `/api/published/${slug}/1`)).json
          const a = comparable(mine)
          const b = comparable(theirs)
          // part by part first (readable failures), then the whole version
          expect(a.mapping).toEqual(b.mapping)
          expect(JSON.stringify(a.schema)).toBe(JSON.stringify(b.schema))
          expect(a.materials).toEqual(b.materials)
          expect(a.situations).toEqual(b.situations)
          expect(a.rules).toEqual(b.rules)
          expect(a.guide).toEqual(b.guide)
          expect(a).toEqual(b)
        } finally {
          await page?.close()
          await s?.close()
        }
      },
      120_000,
    )
  },
)
