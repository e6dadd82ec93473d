/**
 * fast-check generators of member items: random nesting, tables, $defs/$ref, required subsets, and
 * bindings (by `x-element` or by the bundle) to the fixture dictionary with compatible constraints.
 */
import fc from 'fast-check'
import { typeOf } from '../../schema'
import type { Binding, Element, Item, JsonSchema } from '../../types'
import { fixtureElements, USCC_PATTERN } from './fixture-elements'
import { bind, MARK, type RootKind, rootKeywords, useDefs } from './form-shapes'

const TITLES = [
  '名称',
  '地址',
  '面积（平方米）',
  '说明',
  '编号',
  '数量',
  '备注',
  '用途',
  '金额（元）',
]
const KEYS = ['a', 'b', 'c', 'dwmc', 'xmmc', 'info', 'rows', 'site', 'lxr', 'n1', 'n2', 'qt']
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const clean = (s: Record<string, unknown>): JsonSchema => {
  for (const k of Object.keys(s)) if (s[k] === undefined) delete s[k]
  return s as JsonSchema
}

const plainLeaf: fc.Arbitrary<JsonSchema> = fc.oneof(
  fc
    .record({
      title: fc.constantFrom(...TITLES),
      maxLength: opt(fc.integer({ min: 5, max: 30 })),
      minLength: opt(fc.integer({ min: 0, max: 3 })),
    })
    .map((r) => clean({ type: 'string', ...r })),
  fc
    .record({
      minimum: opt(fc.integer({ min: -5, max: 10 })),
      maximum: opt(fc.integer({ min: 20, max: 999 })),
    })
    .map((r) => clean({ type: 'number', title: '面积', ...r })),
  fc
    .record({
      minimum: opt(fc.integer({ min: 0, max: 5 })),
      exclusiveMaximum: opt(fc.constant(100)),
    })
    .map((r) => clean({ type: 'integer', title: '层数', ...r })),
  fc.constant<JsonSchema>({ type: 'boolean', title: '是否' }),
  fc
    .subarray(['甲', '乙', '丙', '丁'], { minLength: 1 })
    .map((values): JsonSchema => ({ type: 'string', title: '类别', enum: values })),
  fc
    .constantFrom('cn-mobile', 'uscc', 'date', 'cn-postcode')
    .map((format): JsonSchema => ({ type: 'string', title: '代码', format })),
  fc.constant<JsonSchema>({
    title: '选项',
    oneOf: [
      { const: 'y', title: '是' },
      { const: 'n', title: '否' },
    ],
  }),
  fc.constant<JsonSchema>({
    type: 'array',
    title: '多选',
    uniqueItems: true,
    items: { type: 'string', enum: ['一', '二', '三'] },
  }),
)

/** A schema a member may give a field bound to an element: the element's, loosened or tightened compatibly. */
function variant(es: JsonSchema): fc.Arbitrary<JsonSchema> {
  const type = typeOf(es)
  if (type === 'string' && es.enum) {
    const [first, ...rest] = es.enum
    return fc.subarray(rest).map((more): JsonSchema => ({ type: 'string', enum: [first, ...more] }))
  }
  if (type === 'string' && es.format) {
    const patterns =
      es.format === 'uscc'
        ? [USCC_PATTERN]
        : es.format === 'cn-postcode'
          ? ['^[0-9]{6}$', '^\\d{6}$']
          : []
    return fc
      .record({
        format: opt(fc.constant(es.format)),
        pattern: opt(fc.constantFrom(...patterns, undefined)),
      })
      .map((r) => clean({ type: 'string', ...(r.pattern || r.format ? r : { format: es.format }) }))
  }
  if (type === 'string') {
    const max = es.maxLength ?? 40
    return fc
      .record({
        maxLength: fc.constantFrom(max, Math.floor(max / 2), undefined),
        minLength: fc.constantFrom(1, undefined),
      })
      .map((r) => clean({ type: 'string', ...r }))
  }
  if (type === 'number') {
    return fc
      .record({
        minimum: fc.constantFrom(0, 1, undefined),
        maximum: fc.constantFrom(1e6, undefined),
      })
      .map((r) => clean({ type: 'number', ...r }))
  }
  if (type === 'integer') {
    return fc
      .record({
        type: fc.constantFrom('integer', 'number'),
        minimum: fc.constantFrom(0, 1, undefined),
        maximum: fc.constantFrom(100, 200, undefined),
      })
      .map((r) => clean({ ...r }))
  }
  if (type === 'array' && es.items && typeOf(es.items) === 'object') {
    const row = es.items
    return fc
      .record({
        name: variant(row.properties?.name ?? {}),
        role: variant(row.properties?.role ?? {}),
        share: fc.boolean(),
        roleRequired: fc.boolean(),
        maxItems: fc.constantFrom(3, 5, undefined),
      })
      .map((r) =>
        clean({
          type: 'array',
          maxItems: r.maxItems,
          items: {
            type: 'object',
            required: r.roleRequired ? ['name', 'role'] : ['name'],
            properties: {
              name: { ...r.name, title: '单位名称' },
              role: { ...r.role, title: '类型' },
              ...(r.share ? { share: { type: 'number', title: '占比', minimum: 0 } } : {}),
            },
          },
        }),
      )
  }
  if (type === 'array' && es.items) {
    return fc
      .record({ items: variant(es.items), maxItems: fc.constantFrom(2, 4, undefined) })
      .map((r) => clean({ type: 'array', uniqueItems: true, ...r }))
  }
  if (type === 'object') {
    return fc
      .record({
        name: variant(es.properties?.name ?? {}),
        mobile: variant(es.properties?.mobile ?? {}),
        both: fc.boolean(),
      })
      .map(
        (r): JsonSchema => ({
          type: 'object',
          title: '代理人',
          required: r.both ? ['name', 'mobile'] : ['name'],
          properties: {
            name: { ...r.name, title: '姓名' },
            mobile: { ...r.mobile, title: '手机' },
          },
        }),
      )
  }
  return fc.constant<JsonSchema>({ type: 'boolean' })
}

const isWhole = (e: Element) =>
  ['array', 'object'].includes(typeOf(e.schema) ?? '') && e.id !== 'investment.sources'
const leafElements = fixtureElements.filter((e) => !isWhole(e))
const wholeElements = fixtureElements.filter(isWhole)

const bound = (elements: Element[]): fc.Arbitrary<JsonSchema> =>
  fc
    .record({ e: fc.constantFrom(...elements), mode: fc.constantFrom<'x' | 'b'>('x', 'b') })
    .chain(({ e, mode }) =>
      variant(e.schema).map(
        (s): JsonSchema => ({ ...s, title: s.title ?? e.title, [MARK]: { id: e.id, mode } }),
      ),
    )

const withRequired = (props: [string, JsonSchema][], title: string) =>
  fc.subarray(props.map(([k]) => k)).map(
    (required): JsonSchema =>
      clean({
        type: 'object',
        title,
        properties: Object.fromEntries(props),
        required: required.length ? required : undefined,
      }),
  )

function node(depth: number): fc.Arbitrary<JsonSchema> {
  const options: fc.Arbitrary<JsonSchema>[] = [
    plainLeaf,
    plainLeaf,
    bound(leafElements),
    bound(leafElements),
    bound(wholeElements),
  ]
  if (depth < 2) options.push(object(depth + 1), table())
  return fc.oneof(...options)
}

function object(depth: number): fc.Arbitrary<JsonSchema> {
  return fc
    .uniqueArray(fc.tuple(fc.constantFrom(...KEYS), node(depth)), {
      minLength: 1,
      maxLength: 4,
      selector: (t) => t[0],
    })
    .chain((props) => withRequired(props, '分组'))
}

function table(): fc.Arbitrary<JsonSchema> {
  const column = fc.oneof(plainLeaf, bound(leafElements))
  return fc
    .record({
      cols: fc.uniqueArray(fc.tuple(fc.constantFrom('c1', 'c2', 'c3'), column), {
        minLength: 1,
        maxLength: 3,
        selector: (t) => t[0],
      }),
      minItems: fc.constantFrom(1, undefined),
      maxItems: fc.constantFrom(3, undefined),
    })
    .chain(({ cols, minItems, maxItems }) =>
      withRequired(cols, '行').map((row) =>
        clean({ type: 'array', title: '明细表', items: row, minItems, maxItems }),
      ),
    )
}

export type Generated = { items: Item[]; bindings: Binding[] }

const CODES = ['A1', 'B-2', 'B_2', '事项三', 'x.y', 'C4']

export const itemsArb: fc.Arbitrary<Generated> = fc
  .uniqueArray(fc.constantFrom(...CODES), { minLength: 2, maxLength: 5 })
  .chain((codes) =>
    fc
      .tuple(
        ...codes.map(() =>
          fc.tuple(
            object(0),
            fc.option(fc.constantFrom(...KEYS), { nil: undefined }),
            fc.constantFrom<RootKind>(
              'plain',
              'plain',
              'plain',
              'plain',
              'plain',
              'ifThen',
              'dependent',
            ),
          ),
        ),
      )
      .map((forms) => {
        const bindings: Binding[] = []
        const items = forms.map(([root, defsKey, kind], i): Item => {
          const code = codes[i] as string
          const schema = useDefs(rootKeywords(bind(root, '', code, bindings), kind), defsKey)
          return {
            code,
            name: `事项${i + 1}`,
            department: `部门${i + 1}`,
            kind: '行政许可',
            basis: [],
            timeLimit: { legal: 20, promised: 5 },
            fee: '不收费',
            conditions: '',
            form: { schema, uiSchema: {} },
            materials: [],
          }
        })
        return { items, bindings }
      }),
  )
