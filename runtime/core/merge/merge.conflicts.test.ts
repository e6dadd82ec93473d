import { describe, expect, it } from 'vitest'
import type { Item, JsonSchema } from '../types'
import { merge } from '.'
import { fixtureElements } from './testing/fixture-elements'

const item = (code: string, name: string, properties: Record<string, JsonSchema>): Item => ({
  code,
  name,
  department: '某局',
  kind: '行政许可',
  basis: [],
  timeLimit: { legal: 20, promised: 5 },
  fee: '不收费',
  conditions: '',
  form: { schema: { type: 'object', properties }, uiSchema: {} },
  materials: [],
})

/** Two items binding field `f` to `element`, with the schemas given. */
const pair = (element: string, a: JsonSchema, b: JsonSchema) =>
  merge(
    [
      item('A', '事项A', { f: { ...a, 'x-element': element } }),
      item('B', '事项B', { f: { ...b, 'x-element': element } }),
    ],
    fixtureElements,
  )

describe('conflicts', () => {
  it('length: reports every member, the element included, in Chinese', () => {
    const r = pair(
      'applicant.name',
      { type: 'string', minLength: 120 },
      { type: 'string', maxLength: 100 },
    )
    expect(r.conflicts).toEqual([
      {
        element: 'applicant.name',
        kind: 'length',
        members: [
          { item: '', path: 'applicant.name', value: { maxLength: 100 } },
          { item: 'A', path: 'f', value: { minLength: 120 } },
          { item: 'B', path: 'f', value: { maxLength: 100 } },
        ],
        detail:
          '「申请单位名称」长度冲突：数据元 要求不超过 100 个字符，事项A 要求不少于 120 个字符，事项B 要求不超过 100 个字符',
      },
    ])
    // the field stays, with the first item's constraint, so the form still renders
    expect(r.schema.properties?.applicant?.properties?.name).toMatchObject({ minLength: 120 })
    expect(r.schema.properties?.applicant?.properties?.name?.maxLength).toBeUndefined()
  })

  it('type: string against integer', () => {
    const r = pair('project.floors', { type: 'string' }, { type: 'integer' })
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['type', '「地上层数」类型冲突：数据元 要求整数，事项A 要求文本，事项B 要求整数'],
    ])
    expect(r.schema.properties?.project?.properties?.floors?.type).toBe('string')
  })

  it('format: cn-mobile against cn-phone, and money units', () => {
    const r = pair('contact.mobile', { type: 'string' }, { type: 'string', format: 'cn-phone' })
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['format', '「联系人手机」格式冲突：数据元 要求格式 cn-mobile，事项B 要求格式 cn-phone'],
    ])
    const money = pair(
      'project.investment',
      { type: 'number', 'x-money': '元' },
      { type: 'number' },
    )
    expect(money.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['format', '「总投资」金额单位冲突：数据元 金额单位为 万元，事项A 金额单位为 元'],
    ])
  })

  it('units named only in titles: 亩 against 平方米 conflicts, the same unit in other spellings does not', () => {
    // bound to an element without a unit of its own: only the titles name one
    const area = (title: string) => ({ type: 'number', title }) as JsonSchema
    const land = (a: string, b: string) =>
      merge(
        [
          item('A', '事项A', { f: { ...area(a), 'x-element': 'project.floors' } }),
          item('B', '事项B', { f: { ...area(b), 'x-element': 'project.floors' } }),
        ],
        fixtureElements,
      ).conflicts.map((c) => [c.kind, c.detail])
    expect(land('用地面积（平方米）', '用地面积（亩）')).toEqual([
      ['format', '「地上层数」单位冲突：事项A 计量单位为 平方米，事项B 计量单位为 亩'],
    ])
    expect(land('用地面积(㎡)', '用地面积（平方米）')).toEqual([])
    expect(land('用地面积（亩）', '用地面积')).toEqual([])
    const money = pair(
      'project.investment',
      { type: 'number', title: '总投资（元）' },
      { type: 'number' },
    )
    expect(money.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['format', '「总投资」单位冲突：数据元 金额单位为 万元，事项A 金额单位为 元'],
    ])
    const same = pair(
      'project.investment',
      { type: 'number', title: '总投资（万元）' },
      { type: 'number' },
    )
    expect(same.conflicts).toEqual([])
    // a title's unit is compared, never written into the merged schema
    expect(same.schema.properties?.project?.properties?.investment?.['x-unit']).toBeUndefined()
  })

  it('enum: no value in common', () => {
    const r = pair('project.landUse', { type: 'string', enum: ['仓储用地'] }, { type: 'string' })
    expect(r.conflicts).toHaveLength(1)
    expect(r.conflicts[0]?.kind).toBe('enum')
    expect(r.conflicts[0]?.members.map((m) => m.item)).toEqual(['', 'A'])
    expect(r.conflicts[0]?.detail).toBe(
      '「用地性质」可选值冲突：数据元 可选 工业用地、商业用地、住宅用地、公共设施用地，事项A 可选 仓储用地',
    )
    expect(r.schema.properties?.project?.properties?.landUse?.enum).toEqual(['仓储用地'])
  })

  it('range: minimum above maximum, and exclusive bounds that leave no integer', () => {
    const r = pair(
      'project.floors',
      { type: 'integer', minimum: 150 },
      { type: 'integer', maximum: 100 },
    )
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      [
        'range',
        '「地上层数」取值范围冲突：数据元 要求不小于 0、要求不大于 200，事项A 要求不小于 150，事项B 要求不大于 100',
      ],
    ])
    const tight = pair(
      'project.floors',
      { type: 'integer', exclusiveMinimum: 3 },
      { type: 'integer', exclusiveMaximum: 4 },
    )
    expect(tight.conflicts.map((c) => c.kind)).toEqual(['range'])
  })

  it('items: minItems above maxItems', () => {
    const r = pair(
      'investment.sources',
      { type: 'array', minItems: 3 },
      { type: 'array', maxItems: 2 },
    )
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['items', '「资金来源」项数冲突：事项A 要求至少 3 项，事项B 要求至多 2 项'],
    ])
  })

  it('const: two fixed values', () => {
    const r = pair('contact.name', { const: '张三' }, { const: '李四' })
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      ['const', '「联系人」固定值冲突：事项A 要求固定为 张三，事项B 要求固定为 李四'],
    ])
  })

  it('nested: a table bound as a whole names the column', () => {
    const table = (maxLength: number): JsonSchema => ({
      type: 'array',
      items: {
        type: 'object',
        properties: { name: { type: 'string', title: '单位名称', maxLength } },
      },
    })
    const r = pair('project.units', table(10), {
      ...table(5),
      items: { type: 'object', properties: { name: { type: 'string', minLength: 12 } } },
    })
    expect(r.conflicts.map((c) => [c.kind, c.members.map((m) => m.path), c.detail])).toEqual([
      [
        'length',
        ['project.units[].name', 'f[].name', 'f[].name'],
        '「参建单位 / 单位名称」长度冲突：数据元 要求不超过 100 个字符，事项A 要求不超过 10 个字符，事项B 要求不少于 12 个字符',
      ],
    ])
  })

  it('shape: unknown elements, overlapping ids, bindings to missing fields, differing opaque keywords', () => {
    const elements = [
      ...fixtureElements,
      {
        id: 'project.site',
        title: '项目位置',
        group: '项目信息',
        synonyms: [],
        schema: { type: 'string' },
      },
      { id: 'solo', title: '单段', group: '其他', synonyms: [], schema: { type: 'string' } },
    ]
    const a = item('A', '事项A', {
      x: { type: 'string', 'x-element': 'nope.unknown' },
      y: { type: 'string', 'x-element': 'project.site.city' },
      z: { type: 'string', 'x-element': 'project.site' },
      s: { type: 'string', 'x-element': 'solo' },
      o: { oneOf: [{ const: 1 }], 'x-element': 'contact.name' },
    })
    const b = item('B', '事项B', {
      x: { type: 'string', 'x-element': 'nope.unknown' },
      o: { oneOf: [{ const: 2 }], 'x-element': 'contact.name' },
    })
    const r = merge([a, b], elements, {
      bindings: [{ item: 'B', path: 'missing', element: 'contact.name' }],
    })
    expect(
      r.conflicts.map((c) => [c.kind, c.element, c.members.map((m) => `${m.item}:${m.path}`)]),
    ).toEqual([
      ['shape', 'contact.name', ['B:missing']],
      ['shape', 'nope.unknown', ['A:x', 'B:x']],
      ['shape', 'project.site', ['A:z']],
      ['shape', 'solo', ['A:s']],
      ['shape', 'contact.name', ['A:o', 'B:o']],
    ])
    expect(r.conflicts.map((c) => c.detail)).toEqual([
      '一件事的绑定指向事项「事项B」中不存在的字段「missing」（数据元「contact.name」）',
      '数据元「nope.unknown」不在数据元目录中：事项A（x）、事项B（x） 的绑定未生效，按未绑定字段处理',
      '数据元「project.site」与「project.site.city」的数据位置重叠（一个位于另一个之内）：事项A（z） 的绑定未生效，按未绑定字段处理',
      '数据元编号「solo」应为「分组.名称」形式，不能用作数据路径：事项A（s） 的绑定未生效，按未绑定字段处理',
      '「联系人」结构冲突：事项A 的「oneOf」为 [{"const":1}]，事项B 的「oneOf」为 [{"const":2}]',
    ])
    // unusable bindings leave their fields in the item section
    expect(r.mapping.filter((m) => m.item === 'A').map((m) => m.merged)).toEqual([
      'item_A.x',
      'project.site.city',
      'item_A.z',
      'item_A.s',
      'contact.name',
    ])
  })

  it('shape: a closed object lacking a key another member has, and an unresolvable $ref', () => {
    const agent = (extra: boolean): JsonSchema => ({
      type: 'object',
      additionalProperties: false,
      properties: { name: { type: 'string' }, ...(extra ? { idNo: { type: 'string' } } : {}) },
    })
    const r = pair('agent.info', agent(false), agent(true))
    expect(r.conflicts.map((c) => [c.kind, c.detail])).toEqual([
      [
        'shape',
        '「委托代理人」结构冲突：事项A 不允许 mobile、idNo 等属性，而 数据元、事项B 含有它们',
      ],
      ['shape', '「委托代理人」结构冲突：事项B 不允许 mobile 等属性，而 数据元、事项A 含有它们'],
    ])
    const broken = merge([item('A', '事项A', { r: { $ref: 'https://example.cn/x.json' } })], [])
    expect(broken.conflicts.map((c) => c.kind)).toEqual(['shape'])
    expect(broken.conflicts[0]?.detail).toContain('事项「事项A」的表单引用无法解析')
  })
})
