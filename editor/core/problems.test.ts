import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../../runtime/core/types'
import { seedPackage } from '../../templates'
import { elements } from '../../templates/elements'
import * as cmd from './commands'
import { findProblems, hasErrors, pointerToPath } from './problems'
import { createState } from './state'
import { addEntry, apply, at } from './testing/build'
import type { EditorState } from './types'

const form = (properties: Record<string, JsonSchema>, extra: JsonSchema = {}) =>
  createState({ schema: { type: 'object', title: '表', ...extra, properties }, uiSchema: {} })
const codes = (s: EditorState) => findProblems(s, { elements }).map((p) => `${p.code}@${p.path}`)

describe('findProblems', () => {
  it('finds none in the seed item forms', () => {
    for (const item of seedPackage.items) {
      const problems = findProblems(createState(item.form), { elements })
      expect(
        problems.filter((p) => p.severity === 'error'),
        item.code,
      ).toEqual([])
    }
  })

  it('names empty titles, tables without columns, empty sections and an empty form', () => {
    let s = createState()
    expect(codes(s)).toEqual(['EMPTY_FORM@'])
    s = addEntry(s, 'text').state
    s = apply(s, cmd.update(s.selection!, { title: '', key: 'a' }))
    s = addEntry(s, 'table').state
    s = addEntry(s, 'section').state
    const problems = findProblems(s)
    expect(problems.map((p) => p.code)).toEqual(['EMPTY_TITLE', 'EMPTY_TABLE', 'EMPTY_SECTION'])
    expect(problems[0]).toMatchObject({
      id: at(s, 'a'),
      path: 'a',
      severity: 'error',
      message: '字段「a」没有标题',
    })
    expect(problems[1]!.message).toBe('表格「表格」没有列')
    expect(hasErrors(problems)).toBe(true)
  })

  it('names duplicate keys (a state edited by hand)', () => {
    let s = addEntry(addEntry(createState(), 'text').state, 'number').state
    const id = s.selection!
    s = { ...s, nodes: { ...s.nodes, [id]: { ...s.nodes[id]!, key: 'danHangWenBen' } } }
    expect(findProblems(s).find((p) => p.code === 'DUPLICATE_KEY')).toMatchObject({
      id,
      message: '同一层级中有重复的字段标识「danHangWenBen」',
    })
  })

  it('names options and ranges the admin must fix', () => {
    let s = createState()
    s = addEntry(s, 'radio').state
    s = apply(s, cmd.update(s.selection!, { options: [] }))
    s = addEntry(s, 'select').state
    s = apply(
      s,
      cmd.update(s.selection!, { options: [{ value: 'a' }, { value: 'a' }, { value: '' }] }),
    )
    s = addEntry(s, 'text').state
    s = apply(s, cmd.update(s.selection!, { minLength: 10, maxLength: 5 }))
    s = addEntry(s, 'number').state
    s = apply(s, cmd.update(s.selection!, { minimum: 3, maximum: 1 }))
    expect(findProblems(s).map((p) => p.message)).toEqual([
      '「单选」没有选项',
      '「下拉选择」的选项「a」重复',
      '「下拉选择」有空白选项',
      '「单行文本」的最少字数大于最多字数（10 > 5）',
      '「数字」的最小值大于最大值（3 > 1）',
    ])
  })

  it('names unsafe patterns of imported forms once, and what checkForm refuses', () => {
    const s = form({
      code: { type: 'string', title: '编号', pattern: '(a+)+$' },
      bad: { type: 'string', title: '坏', minLength: -1 },
    })
    const problems = findProblems(s)
    const pattern = problems.filter((p) => p.path === 'code')
    expect(pattern).toHaveLength(1)
    expect(pattern[0]).toMatchObject({ code: 'UNSAFE_PATTERN', severity: 'error' })
    expect(pattern[0]!.message).toMatch(/^「编号」：正则表达式存在回溯风险/)
    const schemaProblem = problems.find((p) => p.code === 'FORM')!
    expect(schemaProblem).toMatchObject({ path: 'bad', id: at(s, 'bad') })
    expect(schemaProblem.message).toContain('不是合法的 JSON Schema')
  })

  it('warns of imported keys that break the naming rules and of bad defaults', () => {
    const s = form({
      名称: { type: 'string', title: '名称' },
      kind: { type: 'string', title: '类型', enum: ['a'], default: 'b' },
    })
    const problems = findProblems(s)
    expect(problems.map((p) => [p.code, p.severity])).toEqual([
      ['INVALID_KEY', 'warning'],
      ['BAD_DEFAULT', 'warning'],
    ])
    expect(hasErrors(problems)).toBe(false)
  })

  it('checks visibility rules: fields that exist, not itself, same table row, known values', () => {
    const s = form({
      isGov: { type: 'boolean', title: '是否政府投资' },
      kind: { type: 'string', title: '性质', enum: ['新建', '扩建'] },
      a: { type: 'string', title: 'A', 'x-visible-when': { q: 'missing', eq: 'x' } },
      b: { type: 'string', title: 'B', 'x-visible-when': { q: 'b', answered: true } },
      c: { type: 'string', title: 'C', 'x-visible-when': { q: 'rows[].x', answered: true } },
      d: { type: 'string', title: 'D', 'x-visible-when': { q: 'kind', in: ['新建', '迁建'] } },
      e: {
        type: 'string',
        title: 'E',
        'x-visible-when': {
          all: [
            { q: 'isGov', eq: true },
            { q: 'kind', eq: '扩建' },
          ],
        },
      },
      f: { type: 'string', title: 'F', 'x-visible-when': { q: 'rows', answered: true } },
      g: { type: 'string', title: 'G', 'x-visible-when': { foo: 1 } },
      rows: {
        type: 'array',
        title: '行',
        items: {
          type: 'object',
          properties: {
            x: { type: 'string', title: 'X' },
            y: { type: 'string', title: 'Y', 'x-visible-when': { q: 'rows[].x', eq: '1' } },
          },
        },
      },
    })
    expect(findProblems(s).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'a: 「A」的显示条件引用了不存在的字段「missing」',
      'b: 「B」的显示条件不能引用它自己',
      'c: 「C」的显示条件引用了表格「rows」的列，只有同一行的字段可以这样引用',
      'd: 「D」的显示条件比较的值「迁建」不是「性质」的选项',
      'f: 「F」的显示条件只能引用填写项，「行」不是',
      'g: 「G」的显示条件格式无效',
    ])
  })

  it('names rules that depend on each other in a circle', () => {
    const s = form({
      p: { type: 'string', title: 'P', 'x-visible-when': { q: 'q', answered: true } },
      q: { type: 'string', title: 'Q', 'x-visible-when': { q: 'p', answered: true } },
      r: { type: 'string', title: 'R', 'x-visible-when': { q: 'p', answered: true } },
    })
    expect(findProblems(s).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'p: 「P」的显示条件与其他字段的显示条件互相依赖（循环）',
      'q: 「Q」的显示条件与其他字段的显示条件互相依赖（循环）',
    ])
  })

  it('checks bindings against the dictionary', () => {
    const s = form({
      a: {
        type: 'string',
        title: '统一社会信用代码',
        format: 'uscc',
        'x-element': 'applicant.uscc',
      },
      b: { type: 'number', title: '信用代码', 'x-element': 'applicant.uscc' },
      c: { type: 'string', title: '其他', 'x-element': 'no.such' },
    })
    const problems = findProblems(s, { elements })
    expect(problems.map((p) => `${p.code}@${p.path}`)).toEqual([
      'ELEMENT_CONFLICT@b',
      'UNKNOWN_ELEMENT@c',
      'ELEMENT_TWICE@a',
      'ELEMENT_TWICE@b',
    ])
    expect(problems[0]!.message).toContain('与数据元「统一社会信用代码」不一致')
    expect(problems.every((p) => p.severity === 'warning')).toBe(true)
    // without the dictionary bindings are not checked
    expect(findProblems(s)).toEqual([])
  })

  it('maps schema pointers to data paths', () => {
    expect(pointerToPath('/properties/a/items/properties/b/pattern')).toBe('a[].b')
    expect(pointerToPath('/properties/rows/items')).toBe('rows')
    expect(pointerToPath('/type')).toBe('')
    expect(pointerToPath('')).toBe('')
  })
})
