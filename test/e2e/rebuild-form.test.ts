/**
 * The form editor's "done when": a new administrator rebuilds a real department form, the
 * 建筑工程施工许可证申请表 (住建部 template: 建设单位, 工程, 勘察/设计/施工/监理 units, 参建人员, 说明),
 * through the UI only (palette clicks, the inspector, duplicate for the repeated units), previews it
 * on a phone in the applicant renderer, publishes it, and the stored schema is the one built.
 * The run counts its UI actions; docs/editor.md quotes the figures.
 */
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements } from '../../api/services/seed'
import { collectLeaves } from '../../runtime/core/schema'
import type { JsonSchema } from '../../runtime/core/types'
import { ADMIN_PASSWORD } from '../setup/app'
import { dbKinds } from '../setup/databases'
import { launchBrowser } from './browser'
import { type E2eServer, e2eServer } from './server'

/** One field as the administrator adds it: palette entry, title, and what is set on it. */
type FieldSpec = {
  entry: string
  title: string
  required?: boolean
  /** an element id: bound from the suggestions; [query, id]: searched in the dictionary */
  bind?: string | [string, string]
  half?: boolean
  range?: [number | null, number | null]
  /** shown only when the form's 是/否 question is 是 */
  onlyIfYes?: boolean
}

const OWNER: FieldSpec[] = [
  { entry: '单行文本', title: '建设单位名称', required: true, bind: 'applicant.name' },
  { entry: '统一社会信用代码', title: '统一社会信用代码', required: true, bind: 'applicant.uscc' },
  { entry: '单行文本', title: '法定代表人', required: true, bind: 'legalRep.name' },
  { entry: '单行文本', title: '联系人', required: true, bind: 'contact.name' },
  { entry: '固定电话', title: '联系电话', required: true, bind: 'contact.phone' },
  { entry: '地址', title: '地址', bind: ['注册地址', 'applicant.address'] },
]

const WORKS: FieldSpec[] = [
  { entry: '单行文本', title: '工程名称', required: true, bind: 'building.name' },
  { entry: '地址', title: '建设地址', required: true, bind: 'project.location' },
  {
    entry: '行政区划',
    title: '行政区划',
    required: true,
    bind: ['建设地点行政区划', 'project.division'],
  },
  { entry: '数字', title: '总建筑面积（平方米）', required: true, bind: 'building.floorArea' },
  { entry: '金额（万元）', title: '合同价格', required: true, bind: 'building.contractPrice' },
  { entry: '日期区间', title: '合同开工、竣工日期', required: true },
  { entry: '下拉', title: '结构类型', required: true, bind: 'building.structure' },
  {
    entry: '数字',
    title: '地上层数',
    required: true,
    bind: 'building.floorsAbove',
    half: true,
    range: [1, 200],
  },
  {
    entry: '数字',
    title: '地下层数',
    required: true,
    bind: 'building.floorsBelow',
    half: true,
    range: [null, 20],
  },
  { entry: '是/否', title: '是否政府投资', required: true, bind: 'project.governmentInvested' },
  {
    entry: '金额（万元）',
    title: '政府投资金额',
    required: true,
    bind: 'investment.governmentFunds',
    onlyIfYes: true,
  },
  {
    entry: '单行文本',
    title: '建设工程规划许可证号',
    required: true,
    bind: 'certificate.buildingPlanningPermitNo',
  },
  { entry: '单行文本', title: '施工图审查合格书编号', bind: 'certificate.drawingReviewNo' },
  { entry: '单行文本', title: '中标通知书编号', bind: 'certificate.bidNoticeNo' },
]

/** The first unit, built field by field; the other three are duplicates of it, rebound. */
const SURVEY: FieldSpec[] = [
  { entry: '单行文本', title: '勘察单位名称', required: true, bind: 'parties.surveyName' },
  {
    entry: '统一社会信用代码',
    title: '统一社会信用代码',
    required: true,
    bind: ['勘察单位统一', 'parties.surveyUscc'],
  },
  {
    entry: '单行文本',
    title: '项目负责人',
    required: true,
    bind: ['勘察单位项目负责人', 'parties.surveyManager'],
  },
  { entry: '身份证号', title: '项目负责人身份证号', required: true },
  { entry: '手机号', title: '项目负责人手机号', required: true },
]

/** The copies of 勘察单位: renamed, and bound to their own unit's elements. */
type UnitCopy = { unit: string; name: string; uscc: string; manager: string; managerTitle?: string }
const COPIES: UnitCopy[] = [
  {
    unit: '设计单位',
    name: 'parties.designName',
    uscc: 'parties.designUscc',
    manager: 'parties.designManager',
  },
  {
    unit: '施工单位',
    name: 'parties.constructorName',
    uscc: 'parties.constructorUscc',
    manager: 'parties.constructorManager',
  },
  {
    unit: '监理单位',
    name: 'parties.supervisorName',
    uscc: 'parties.supervisorUscc',
    manager: 'parties.chiefSupervisor',
    managerTitle: '总监理工程师',
  },
]

const STAFF: FieldSpec[] = [
  { entry: '单行文本', title: '姓名', required: true },
  { entry: '单行文本', title: '岗位', required: true },
  { entry: '单行文本', title: '证书编号' },
  { entry: '手机号', title: '手机号', required: true },
]

const NOTE =
  '1. 本表由建设单位填写。2. 参建单位均须填写统一社会信用代码和项目负责人。3. 政府投资工程须填写政府投资金额。'

/** Counts what a person would do: clicks, fields typed into, keys pressed. */
class Actions {
  clicks = 0
  typed = 0
  keys = 0
  constructor(readonly page: Page) {}
  async click(target: Locator) {
    this.clicks++
    await target.click()
  }
  async fill(target: Locator, text: string) {
    this.typed++
    await target.fill(text)
  }
  /** Types into whatever has the focus (the title a palette click selected). */
  async type(text: string) {
    this.typed++
    await this.page.keyboard.insertText(text)
  }
  async press(key: string) {
    this.keys++
    await this.page.keyboard.press(key)
  }
  get total() {
    return this.clicks + this.typed + this.keys
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

describe.each(dbKinds)('rebuilding 建筑工程施工许可证申请表 in the editor (%s)', (kind) => {
  let s: E2eServer
  let browser: Browser
  beforeAll(async () => {
    s = await e2eServer(kind)
    await seedElements(s.db)
    const d = await s.call('POST', '/api/departments', {
      token: s.token,
      body: { code: 'zjj', name: '住房和城乡建设局' },
    })
    expect(d.status).toBe(201)
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await s?.close()
  })

  it('builds the form of ~40 fields through the UI, previews it on a phone, publishes it', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 1000 } })
    const page = await ctx.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    const ui = new Actions(page)
    const started = Date.now()

    await page.goto(`${s.base}/admin`)
    await ui.fill(page.getByLabel('用户名'), 'admin')
    await ui.fill(page.getByLabel('密码'), ADMIN_PASSWORD)
    await ui.click(page.getByRole('button', { name: /登\s*录/ }))

    await ui.click(page.getByRole('button', { name: /新建事项/ }))
    const dialog = page.getByRole('dialog')
    await ui.fill(dialog.getByLabel('事项编码'), '430100-ZJJ-001')
    await ui.fill(dialog.getByLabel('事项名称'), '建筑工程施工许可证核发')
    await ui.click(dialog.getByRole('button', { name: /添加一条设定依据/ }))
    await ui.fill(dialog.getByLabel('设定依据 1'), '《中华人民共和国建筑法》第八条')
    await ui.click(dialog.getByRole('button', { name: '创建并编辑表单' }))
    await page.waitForURL(/\/admin\/items\/[0-9a-f-]{36}$/)
    const id = page.url().split('/').pop()!

    const palette = page.getByRole('complementary', { name: '字段库' })
    const canvas = page.getByRole('tree', { name: '表单画布' })
    const insp = page.getByRole('complementary', { name: '属性' })
    const title = insp.getByLabel('标题', { exact: true })
    const formTitle = canvas.getByRole('treeitem', { name: /^表单：/ })
    const section = (name: string) => canvas.getByRole('treeitem', { name: `分组：${name}` })

    /** A palette click adds after the selection and selects the new field's title: type over it. */
    const add = async (entry: string, text: string) => {
      await ui.click(palette.getByRole('button', { name: entry, exact: true }))
      await title.and(page.locator(':focus')).waitFor()
      await ui.type(text)
    }
    const bind = async (spec: string | [string, string]) => {
      if (typeof spec === 'string') {
        const name = new RegExp(`^绑定数据元.*（${escapeRegExp(spec)}）$`)
        await ui.click(insp.getByRole('button', { name }))
      } else {
        await ui.click(insp.getByLabel('搜索数据元并绑定'))
        await ui.type(spec[0])
        await ui.press('Enter')
      }
      await insp.getByRole('button', { name: '解除绑定' }).waitFor()
    }
    const addAll = async (fields: FieldSpec[]) => {
      for (const f of fields) {
        await add(f.entry, f.title)
        if (f.required) await ui.click(insp.getByRole('switch', { name: '必填' }))
        if (f.bind) await bind(f.bind)
        if (f.half) await ui.click(insp.getByText('半行', { exact: true }))
        const [min, max] = f.range ?? [null, null]
        if (min !== null) await ui.fill(insp.getByLabel('数值范围 最少'), String(min))
        if (max !== null) await ui.fill(insp.getByLabel('数值范围 最多'), String(max))
        // switching a rule on proposes 「是否…」 等于 是 when the form has a 是/否 question
        if (f.onlyIfYes) {
          await ui.click(insp.getByRole('switch', { name: '按条件显示' }))
          await insp.getByRole('combobox', { name: '条件字段' }).waitFor()
        }
      }
    }

    // the form title, then 建设单位 and 工程信息: a section clicked while a field of the previous
    // one is selected starts the next group
    await ui.click(formTitle)
    await ui.fill(insp.getByLabel('表单标题'), '建筑工程施工许可证申请表')
    await add('分组', '建设单位')
    await addAll(OWNER)
    await add('分组', '工程信息')
    await addAll(WORKS)

    // 参建单位: 勘察单位 built once, duplicated for 设计, 施工 and 监理, each renamed and rebound
    // 参建单位 goes after 工程信息 and stays selected: the next section goes into it
    await add('分组', '参建单位')
    await add('分组', '勘察单位')
    await addAll(SURVEY)
    let source = '勘察单位'
    for (const { unit, name, uscc, manager, managerTitle } of COPIES) {
      await ui.click(section(source).getByText(source, { exact: true }))
      await ui.click(canvas.getByRole('button', { name: '复制' }))
      // the copy's bindings are dropped, and the editor says so (they are bound again below)
      await page.getByText('已复制。副本中 3 个字段未绑定数据元', { exact: false }).last().waitFor()
      await ui.fill(title, unit)
      const copy = section(unit)
      await ui.click(copy.getByRole('treeitem', { name: `单行文本：${source}名称` }))
      await ui.fill(title, `${unit}名称`)
      await bind(name)
      await ui.click(copy.getByRole('treeitem', { name: '格式文本：统一社会信用代码' }))
      await bind([`${unit}统一`, uscc])
      await ui.click(copy.getByRole('treeitem', { name: '单行文本：项目负责人', exact: true }))
      if (managerTitle) await ui.fill(title, managerTitle)
      await bind([managerTitle ?? `${unit}项目负责人`, manager])
      source = unit
    }

    // 参建人员: a table at the end of the form, one row at least
    await ui.click(formTitle)
    await add('表格', '参建人员')
    await ui.click(insp.getByRole('switch', { name: '必填' }))
    await ui.fill(insp.getByLabel('行数 最少'), '1')
    await ui.fill(insp.getByLabel('行数 最多'), '50')
    await addAll(STAFF)
    await ui.click(canvas.getByRole('treeitem', { name: '单行文本：证书编号' }))
    await ui.fill(insp.getByLabel('正则表达式'), '^[A-Za-z0-9-]{4,30}$')
    await ui.fill(insp.getByLabel('帮助文字'), '注册证书或岗位证书编号')

    // the 填表说明 note, last
    await ui.click(formTitle)
    await add('说明文字', '填表说明')
    await ui.fill(insp.getByLabel('说明文字', { exact: true }), NOTE)

    // the preview on a phone: the applicant's renderer and checks
    await ui.click(page.getByRole('tab', { name: '预览' }))
    await ui.click(page.getByText('手机（375 px）'))
    const frame = page.frameLocator('iframe[title="表单预览"]')
    await frame.getByRole('heading', { name: '建筑工程施工许可证申请表' }).waitFor()
    const govFunds = frame.getByLabel('政府投资金额')
    await expect(govFunds.count()).resolves.toBe(0)
    await ui.click(frame.getByRole('radio', { name: '是', exact: true }))
    await govFunds.waitFor()
    await ui.click(page.getByRole('button', { name: '校验全部' }))
    await page.getByText(/有 \d+ 处需要修改/).waitFor()
    // the required fields of every section are asked for, 建设单位 and the nested units included
    for (const required of ['建设单位名称', '勘察单位名称', '总监理工程师', '姓名'])
      await frame.getByText(`「${required}」为必填项`).first().waitFor()

    // publish with a change note
    await ui.click(page.getByRole('button', { name: '发布…' }))
    const publish = page.getByRole('dialog')
    await publish.getByText(/这是首次发布/).waitFor()
    await ui.fill(
      publish.getByLabel('变更说明（必填）'),
      '按住建部《建筑工程施工许可证申请表》编制',
    )
    await ui.click(publish.getByRole('button', { name: '确认发布' }))
    await page.getByText('已发布第 1 版').waitFor()
    const seconds = (Date.now() - started) / 1000
    console.log(
      `rebuild-form (${kind}): ${ui.total} UI actions (${ui.clicks} clicks, ${ui.typed} fields typed, ${ui.keys} keys) in ${seconds.toFixed(1)} s`,
    )
    expect(errors).toEqual([])
    await ctx.close()

    // the stored schema: the leaves at their paths, bindings, required, table, units, rule, note
    const v = await s.call('GET', `/api/items/${id}/versions/1`, { token: s.token })
    expect(v.status).toBe(200)
    expect(v.json.note).toBe('按住建部《建筑工程施工许可证申请表》编制')
    const schema = v.json.form.schema as JsonSchema
    expect(schema.title).toBe('建筑工程施工许可证申请表')
    const unitPaths = (key: string, name: string, manager = 'xiangMuFuZeRen') =>
      [
        name,
        'tongYiSheHuiXinYongDaiMa',
        manager,
        'xiangMuFuZeRenShenFenZhengHao',
        'xiangMuFuZeRenShouJiHao',
      ].map((leaf) => `canJianDanWei.${key}.${leaf}`)
    const leaves = collectLeaves(schema)
    expect(leaves.map((l) => l.path)).toEqual([
      ...[
        'jianSheDanWeiMingCheng',
        'tongYiSheHuiXinYongDaiMa',
        'faDingDaiBiaoRen',
        'lianXiRen',
        'lianXiDianHua',
        'diZhi',
      ].map((k) => `jianSheDanWei.${k}`),
      ...[
        'gongChengMingCheng',
        'jianSheDiZhi',
        'xingZhengQuHua',
        'zongJianZhuMianJi',
        'heTongJiaGe',
        'heTongKaiGongJunGongRiQi.start',
        'heTongKaiGongJunGongRiQi.end',
        'jieGouLeiXing',
        'diShangCengShu',
        'diXiaCengShu',
        'shiFouZhengFuTouZi',
        'zhengFuTouZiJinE',
        'jianSheGongChengGuiHuaXuKeZhengHao',
        'shiGongTuShenChaHeGeShuBianHao',
        'zhongBiaoTongZhiShuBianHao',
      ].map((k) => `gongChengXinXi.${k}`),
      ...unitPaths('kanChaDanWei', 'kanChaDanWeiMingCheng'),
      ...unitPaths('sheJiDanWei', 'sheJiDanWeiMingCheng'),
      ...unitPaths('shiGongDanWei', 'shiGongDanWeiMingCheng'),
      ...unitPaths('jianLiDanWei', 'jianLiDanWeiMingCheng', 'zongJianLiGongChengShi'),
      ...['xingMing', 'gangWei', 'zhengShuBianHao', 'shouJiHao'].map(
        (k) => `canJianRenYuan[].${k}`,
      ),
      'tianBiaoShuoMing',
    ])
    expect(leaves.length).toBeGreaterThanOrEqual(40)

    const at = (path: string) => leaves.find((l) => l.path === path)!
    const bound = Object.fromEntries(
      leaves.filter((l) => l.schema['x-element']).map((l) => [l.path, l.schema['x-element']]),
    )
    const expectedBindings = [...OWNER, ...WORKS, ...SURVEY].filter((f) => f.bind).length + 3 * 3
    expect(Object.keys(bound)).toHaveLength(expectedBindings)
    expect(bound).toMatchObject({
      'jianSheDanWei.jianSheDanWeiMingCheng': 'applicant.name',
      'jianSheDanWei.diZhi': 'applicant.address',
      'gongChengXinXi.xingZhengQuHua': 'project.division',
      'gongChengXinXi.jieGouLeiXing': 'building.structure',
      'canJianDanWei.kanChaDanWei.tongYiSheHuiXinYongDaiMa': 'parties.surveyUscc',
      'canJianDanWei.sheJiDanWei.sheJiDanWeiMingCheng': 'parties.designName',
      'canJianDanWei.shiGongDanWei.xiangMuFuZeRen': 'parties.constructorManager',
      'canJianDanWei.jianLiDanWei.zongJianLiGongChengShi': 'parties.chiefSupervisor',
    })
    // a field marked 必填 is required all the way up: its sections cannot be left out whole
    expect(schema.required).toEqual([
      'jianSheDanWei',
      'gongChengXinXi',
      'canJianDanWei',
      'canJianRenYuan',
    ])
    expect(at('jianSheDanWei.jianSheDanWeiMingCheng').required).toBe(true)
    expect(at('jianSheDanWei.diZhi').required).toBe(false)
    expect(at('gongChengXinXi.heTongKaiGongJunGongRiQi.end').required).toBe(true)
    expect(at('canJianDanWei.jianLiDanWei.xiangMuFuZeRenShouJiHao').required).toBe(true)
    const works = schema.properties!.gongChengXinXi as JsonSchema
    const props = works.properties as Record<string, JsonSchema>
    expect(props.jieGouLeiXing!.enum).toContain('框架结构')
    expect(props.heTongJiaGe!['x-money']).toBe('万元')
    expect(props.diShangCengShu).toMatchObject({ type: 'integer', minimum: 1, maximum: 200 })
    expect(props.diXiaCengShu!.maximum).toBe(20)
    expect(props.zhengFuTouZiJinE!['x-visible-when']).toEqual({
      q: 'gongChengXinXi.shiFouZhengFuTouZi',
      eq: true,
    })
    const units = schema.properties!.canJianDanWei as JsonSchema
    expect(units.required).toEqual(['kanChaDanWei', 'sheJiDanWei', 'shiGongDanWei', 'jianLiDanWei'])
    const staff = schema.properties!.canJianRenYuan as JsonSchema
    expect(staff).toMatchObject({ type: 'array', title: '参建人员', minItems: 1, maxItems: 50 })
    expect((staff.items as JsonSchema).required).toEqual(['xingMing', 'gangWei', 'shouJiHao'])
    expect(at('canJianRenYuan[].zhengShuBianHao').schema.pattern).toBe('^[A-Za-z0-9-]{4,30}$')
    expect(at('canJianRenYuan[].shouJiHao').schema.format).toBe('cn-mobile')
    expect(at('tianBiaoShuoMing').schema).toMatchObject({
      type: 'null',
      title: '填表说明',
      description: NOTE,
    })
  }, 150_000)
})
