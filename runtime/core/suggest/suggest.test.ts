import { describe, expect, it } from 'vitest'
import { fixtureElements, USCC_PATTERN } from '../merge/testing/fixture-elements'
import type { Element, JsonSchema } from '../types'
import { normalizeTitle, rolesOf, type SuggestField, stemTitle, suggest } from '.'

const f = (
  item: string,
  path: string,
  schema: JsonSchema,
  context: string[] = [],
): SuggestField => ({
  item,
  path,
  schema,
  context,
})
const str = (title: string, extra: JsonSchema = {}): JsonSchema => ({
  type: 'string',
  title,
  ...extra,
})
/** Suggested element per `item:path` (new elements as `new:<title>`). */
const pick = (
  fields: SuggestField[],
  elements: Element[] = fixtureElements,
  rejected: string[] = [],
) =>
  Object.fromEntries(
    suggest(fields, elements, { rejected }).map((s) => [
      `${s.item}:${s.path}`,
      typeof s.element === 'string' ? s.element : `new:${s.element.title}`,
    ]),
  )

describe('title normalization', () => {
  it('drops brackets, quotes, numbering and colons, and keeps the unit apart', () => {
    expect(normalizeTitle('（一）「总投资」（万元）：')).toEqual({ core: '总投资', unit: '万元' })
    expect(normalizeTitle('用地面积(㎡)')).toEqual({ core: '用地面积', unit: '平方米' })
    expect(normalizeTitle('申请单位名称（盖章）')).toEqual({ core: '申请单位名称' })
    expect(stemTitle('单位全称')).toBe('单位')
    expect(stemTitle('名称')).toBe('名称')
    expect(stemTitle('身份证号码')).toBe('身份证号')
  })

  it('reads roles, longest word first', () => {
    expect(rolesOf('项目负责人')).toBe('项目负责人')
    expect(rolesOf('施工单位项目负责人')).toBe('施工|项目负责人')
    expect(rolesOf('委托代理人姓名')).toBe(rolesOf('经办人'))
    expect(rolesOf('申请单位名称')).toBe('')
  })
})

describe('suggest', () => {
  it('matches titles and synonyms: 单位名称 and 建设单位名称 → the applicant name', () => {
    const out = suggest(
      [f('A', 'dwmc', str('单位名称')), f('B', 'jsdw', str('建设单位名称（盖章）'))],
      fixtureElements,
    )
    expect(out).toEqual([
      { item: 'A', path: 'dwmc', element: 'applicant.name', confidence: 0.95 },
      { item: 'B', path: 'jsdw', element: 'applicant.name', confidence: 0.9 },
    ])
  })

  it('matches 统一社会信用代码 with a pattern, near forms and known keys', () => {
    expect(
      pick([
        f('A', 'tyshxydm', str('统一社会信用代码', { pattern: USCC_PATTERN })),
        f('A', 'qc', str('单位全称')),
        f('B', 'creditCode', str('代码', { format: 'uscc' })),
        f('B', 'sqqymc', str('申请企业名称')),
      ]),
    ).toEqual({
      'A:tyshxydm': 'applicant.uscc',
      'A:qc': 'applicant.name',
      'B:creditCode': 'applicant.uscc',
      'B:sqqymc': 'applicant.name',
    })
  })

  it('never gives 联系人 and 法定代表人 the same element, and vetoes other roles', () => {
    expect(
      pick([
        f('A', 'lxr', str('联系人')),
        f('A', 'fddbr', str('法定代表人')),
        f('B', 'sgdw', str('施工单位名称')),
        f('B', 'mc', str('单位名称'), ['施工单位信息']),
        f('C', 'lxrdh', str('法定代表人联系人')),
      ]),
    ).toEqual({ 'A:lxr': 'contact.name', 'A:fddbr': 'legalRep.name' })
    // even a dictionary that lists both as synonyms of one element cannot join them
    const sloppy: Element = {
      id: 'person.name',
      title: '联系人',
      group: '人员',
      synonyms: ['法定代表人'],
      schema: { type: 'string' },
    }
    expect(pick([f('A', 'a', str('联系人')), f('B', 'b', str('法定代表人'))], [sloppy])).toEqual({
      'A:a': 'person.name',
    })
  })

  it('reads a short title through its nearest section, as printed forms do (法定代表人 › 姓名)', () => {
    expect(
      pick([
        f('A', 'fr.xm', str('姓名'), ['法定代表人']),
        f('B', 'lx.sj', str('手机'), ['申请表', '联系人信息']),
        f('C', 'xm.mc', str('名称'), ['项目基本情况']),
        f('D', 'dw.mc', str('名称'), ['建设单位']),
        f('E', 'fr.xm', str('法定代表人姓名'), ['法定代表人']),
      ]),
    ).toEqual({
      'A:fr.xm': 'legalRep.name',
      'B:lx.sj': 'contact.mobile',
      'C:xm.mc': 'project.name',
      'D:dw.mc': 'applicant.name',
      'E:fr.xm': 'legalRep.name',
    })
    const [section] = suggest([f('A', 'fr.xm', str('姓名'), ['法定代表人'])], fixtureElements)
    expect(section?.confidence).toBe(0.85)
  })

  it('reads roles without bracketed words, in titles and sections alike', () => {
    expect(
      pick([
        f('A', 'fddbr', str('法定代表人（负责人）姓名')),
        f('B', 'fr.xm', str('姓名'), ['法定代表人（负责人）']),
        f('C', 'frdb', str('法定代表人')),
      ]),
    ).toEqual({ 'A:fddbr': 'legalRep.name', 'B:fr.xm': 'legalRep.name', 'C:frdb': 'legalRep.name' })
  })

  it("keeps a party the dictionary does not know to its own data (收款单位 › 开户银行 is not the applicant's)", () => {
    const bank: Element = {
      id: 'enterprise.bankName',
      title: '开户银行',
      group: '申请单位',
      synonyms: ['开户行'],
      schema: { type: 'string', title: '开户银行' },
    }
    const elements = [...fixtureElements, bank]
    expect(
      pick(
        [
          f('A', 'sk.khyh', str('开户银行'), ['收款单位信息']),
          f('B', 'payee.bankName', str('银行'), ['委托人']),
          f('C', 'khyh', str('开户银行')),
          f('D', 'jsdw.khyh', str('开户行'), ['建设单位']),
        ],
        elements,
      ),
    ).toEqual({ 'C:khyh': 'enterprise.bankName', 'D:jsdw.khyh': 'enterprise.bankName' })
  })

  it('says the words a section and a title share once (勘察单位 › 单位名称 → 勘察单位名称)', () => {
    const survey: Element = {
      id: 'parties.surveyName',
      title: '勘察单位名称',
      group: '参建单位',
      synonyms: [],
      schema: { type: 'string', title: '勘察单位名称' },
    }
    expect(
      pick(
        [f('A', 'kc.mc', str('单位名称'), ['参建单位', '勘察单位'])],
        [...fixtureElements, survey],
      ),
    ).toEqual({ 'A:kc.mc': 'parties.surveyName' })
  })

  it('lets only the nearest section speak, and keeps its roles (施工单位 › 名称 is not the applicant)', () => {
    expect(
      pick([
        f('A', 'sg.mc', str('名称'), ['施工单位']),
        f('B', 'kc.mc', str('名称'), ['项目信息', '勘察单位']),
        f('C', 'gd.mc', str('名称'), ['股东信息']),
        f('D', 'mc', str('名称')),
      ]),
    ).toEqual({})
  })

  it('vetoes different units, types and formats', () => {
    expect(
      pick([
        f('A', 'ztz', { type: 'number', title: '总投资（元）' }),
        f('A', 'cs', str('地上层数')),
        f('B', 'sj', str('联系人手机', { format: 'cn-phone' })),
        f('B', 'xz', str('用地性质', { enum: ['仓储用地'] })),
      ]),
    ).toEqual({})
    expect(pick([f('A', 'ztz', { type: 'number', title: '总投资（万元）' })])).toEqual({
      'A:ztz': 'project.investment',
    })
  })

  it('prefers no suggestion when in doubt', () => {
    const twins: Element[] = [
      {
        id: 'x.a',
        title: '编号甲',
        group: 'x',
        synonyms: ['登记编号'],
        schema: { type: 'string' },
      },
      {
        id: 'x.b',
        title: '编号乙',
        group: 'x',
        synonyms: ['登记编号'],
        schema: { type: 'string' },
      },
    ]
    expect(pick([f('A', 'n', str('登记编号'))], twins)).toEqual({})
    // two fields of one item wanting one element: neither gets it
    expect(pick([f('A', 'a', str('项目名称')), f('A', 'b', str('建设项目名称'))])).toEqual({})
    // a name shortened at the front may drop 统一社会, not whose data it is (项目…)
    const industry: Element = {
      id: 'project.industry',
      title: '项目所属行业',
      group: '项目信息',
      synonyms: [],
      schema: { type: 'string' },
    }
    expect(
      pick(
        [f('A', 'hy', str('所属行业')), f('B', 'xydm', str('信用代码'))],
        [...fixtureElements, industry],
      ),
    ).toEqual({ 'B:xydm': 'applicant.uscc' })
    // a generic key alone is not enough
    expect(pick([f('A', 'name', str('姓名'))])).toEqual({})
  })

  it('skips rejected fields and elements the item already binds', () => {
    const fields = [f('A', 'xmmc', str('项目名称')), f('B', 'xmmc', str('项目名称'))]
    expect(pick(fields, fixtureElements, ['A:xmmc'])).toEqual({ 'B:xmmc': 'project.name' })
    const bound = new Map([['B', new Set(['project.name'])]])
    expect(suggest(fields, fixtureElements, { bound }).map((s) => s.item)).toEqual(['A'])
  })

  it('proposes a new element for look-alike fields of two or more items', () => {
    const out = suggest(
      [
        f('A', 'rfmj', { type: 'number', title: '人防面积（平方米）' }),
        f('A', 'bz', str('备注')),
        f('B', 'rfmj', { type: 'number', title: '人防面积(m2)', minimum: 0 }),
        f('B', 'bz', str('备注')),
        f('C', 'area', { type: 'number', title: '人防面积（亩）' }),
        f('C', 'jb', str('防护级别', { enum: ['甲类'] })),
        f('D', 'jb', str('防护级别', { enum: ['乙类'] })),
      ],
      fixtureElements,
    )
    expect(out).toEqual([
      {
        item: 'A',
        path: 'rfmj',
        element: { new: true, title: '人防面积（平方米）' },
        confidence: 0.65,
      },
      {
        item: 'B',
        path: 'rfmj',
        element: { new: true, title: '人防面积（平方米）' },
        confidence: 0.65,
      },
    ])
  })

  it('names a proposed element after the section of a generic title (办税人 › 姓名 → 办税人姓名)', () => {
    expect(
      pick([
        f('A', 'bsr.xm', str('姓名'), ['办税人']),
        f('B', 'bsr.name', str('姓名'), ['办税人信息']),
        f('A', 'sk.mc', str('名称'), ['收款单位']),
        f('B', 'fk.mc', str('名称'), ['付款单位']),
        f('C', 'xm', str('姓名')),
        f('D', 'xm', str('姓名')),
      ]),
    ).toEqual({ 'A:bsr.xm': 'new:办税人姓名', 'B:bsr.name': 'new:办税人姓名' })
  })

  it('answers in field order with confidences in (0, 1], at least 0.6', () => {
    const fields = fixtureElements.map((e, i) =>
      f(`I${i % 3}`, `k${i}`, { ...e.schema, title: e.title }),
    )
    const out = suggest(fields, fixtureElements)
    expect(out.length).toBeGreaterThan(10)
    expect(out.every((s) => s.confidence >= 0.6 && s.confidence <= 1)).toBe(true)
    const order = fields.map((x) => `${x.item}:${x.path}`)
    const positions = out.map((s) => order.indexOf(`${s.item}:${s.path}`))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })
})
