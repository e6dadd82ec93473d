import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../../runtime/core/types'
import { elements } from '../../templates/elements'
import * as cmd from './commands'
import { exportForm } from './export-form'
import { palette, paletteEntry } from './palette'
import { execute, reduce } from './reducer'
import { childrenOf, createState, idAt, nodeOf, pathOf } from './state'
import { addEntry, apply, at } from './testing/build'
import type { EditorState } from './types'

const keys = (s: EditorState, path = '') => childrenOf(s, at(s, path)).map((n) => n.key)
const schemaAt = (s: EditorState, key: string) =>
  exportForm(s).schema.properties?.[key] as JsonSchema
const refusal = (s: EditorState, c: Parameters<typeof execute>[1]) => {
  const out = execute(s, c)
  expect(out.state).toBe(s)
  return out.error
}

/** root: name (text), sec (section: inner), rows (table: col) */
function sample(): EditorState {
  let s = createState()
  s = addEntry(s, 'text').state
  s = apply(s, cmd.update(s.selection!, { title: '单位名称' }))
  s = addEntry(s, 'section').state
  s = apply(s, cmd.update(s.selection!, { key: 'sec' }))
  s = addEntry(s, 'text', 'sec').state
  s = apply(s, cmd.update(s.selection!, { key: 'inner', title: '内部' }))
  s = addEntry(s, 'table').state
  s = apply(s, cmd.update(s.selection!, { key: 'rows' }))
  s = addEntry(s, 'text', 'rows').state
  s = apply(s, cmd.update(s.selection!, { key: 'col', title: '列' }))
  return s
}

describe('add', () => {
  it('adds at an index, selects the new node, makes its key from the title', () => {
    let s = sample()
    expect(keys(s)).toEqual(['danWeiMingCheng', 'sec', 'rows'])
    const r = addEntry(s, 'date', '', 1)
    s = r.state
    expect(keys(s)).toEqual(['danWeiMingCheng', 'riQi', 'sec', 'rows'])
    expect(s.selection).toBe(r.id)
    expect(pathOf(s, r.id)).toBe('riQi')
  })

  it('gives a taken key a number', () => {
    let s = createState()
    for (let i = 0; i < 3; i++) s = addEntry(s, 'text').state
    expect(keys(s)).toEqual(['danHangWenBen', 'danHangWenBen2', 'danHangWenBen3'])
  })

  it('adds into sections and tables, not into fields', () => {
    let s = sample()
    s = addEntry(s, 'number', 'sec').state
    s = addEntry(s, 'number', 'rows').state
    expect(keys(s, 'sec')).toEqual(['inner', 'shuZi'])
    expect(keys(s, 'rows')).toEqual(['col', 'shuZi'])
    expect(pathOf(s, s.selection!)).toBe('rows[].shuZi')
    expect(refusal(s, cmd.add(paletteEntry('text')!, at(s, 'danWeiMingCheng')))).toBe(
      '只能添加到表单、分组或表格中',
    )
  })

  it('adds dictionary elements bound, under their fixed key', () => {
    const s = createState()
    const entry = {
      id: 'element:applicant.uscc',
      label: 'x',
      labelEn: 'x',
      group: 'g',
      groupEn: 'g',
      key: 'applicantUscc',
      build: () => ({
        schema: {
          ...elements.find((e) => e.id === 'applicant.uscc')!.schema,
          'x-element': 'applicant.uscc',
        },
        uiSchema: {},
      }),
    }
    const next = apply(s, cmd.add(entry, s.root))
    expect(keys(next)).toEqual(['applicantUscc'])
    expect(nodeOf(next, next.selection!)?.autoKey).toBeUndefined()
  })

  it('refuses fragments that checkForm would refuse', () => {
    const s = createState()
    const bad = (schema: JsonSchema) =>
      execute(s, { type: 'add', parent: s.root, form: { schema, uiSchema: {} } }).error
    expect(bad({ type: 'txt' })).toContain('不是合法的 JSON Schema')
    expect(bad({ type: 'string', pattern: '(a+)+$' })).toContain('ReDoS')
    expect(bad({ $ref: '#/$defs/x' })).toContain('不存在')
    expect(bad([] as never)).toBe('字段定义必须是 JSON Schema 对象')
  })

  it('refuses nesting past 32 levels', () => {
    let s = createState()
    let path = ''
    let error: string | undefined
    for (let i = 0; i < 40 && !error; i++) {
      const out = execute(s, cmd.add(paletteEntry('section')!, at(s, path)))
      error = out.error
      if (!error) {
        s = out.state
        path = pathOf(s, s.selection!)
      }
    }
    expect(error).toBe('表单嵌套过深：超过 32 层')
  })

  it('shares the untouched nodes with the previous state', () => {
    const s = sample()
    const next = addEntry(s, 'text', 'sec').state
    expect(next.nodes[at(s, 'rows')]).toBe(s.nodes[at(s, 'rows')])
    expect(next.nodes[at(s, 'danWeiMingCheng')]).toBe(s.nodes[at(s, 'danWeiMingCheng')])
    expect(next.nodes[at(s, 'sec')]).not.toBe(s.nodes[at(s, 'sec')])
  })
})

describe('move', () => {
  it('reorders within a parent (index counted without the moved node)', () => {
    let s = sample()
    s = apply(s, cmd.reorder(s, at(s, 'rows'), 0))
    expect(keys(s)).toEqual(['rows', 'danWeiMingCheng', 'sec'])
    s = apply(s, cmd.reorder(s, at(s, 'rows'), 99))
    expect(keys(s)).toEqual(['danWeiMingCheng', 'sec', 'rows'])
  })

  it('moves into and out of sections and tables', () => {
    let s = sample()
    const name = at(s, 'danWeiMingCheng')
    s = apply(s, cmd.move(name, at(s, 'sec'), 0))
    expect(pathOf(s, name)).toBe('sec.danWeiMingCheng')
    s = apply(s, cmd.move(name, at(s, 'rows'), 1))
    expect(pathOf(s, name)).toBe('rows[].danWeiMingCheng')
    expect(keys(s, 'rows')).toEqual(['col', 'danWeiMingCheng'])
    s = apply(s, cmd.move(name, s.root, 0))
    expect(keys(s)).toEqual(['danWeiMingCheng', 'sec', 'rows'])
    const sec = at(s, 'sec')
    s = apply(s, cmd.move(sec, at(s, 'rows'), 0))
    expect(pathOf(s, at(s, 'rows[].sec.inner'))).toBe('rows[].sec.inner')
  })

  it('renames a moved node whose key is taken where it lands', () => {
    let s = sample()
    s = addEntry(s, 'text', 'sec').state
    s = apply(s, cmd.update(s.selection!, { key: 'danWeiMingCheng' }))
    s = apply(s, cmd.move(at(s, 'danWeiMingCheng'), at(s, 'sec'), 0))
    expect(keys(s, 'sec')).toEqual(['danWeiMingCheng2', 'inner', 'danWeiMingCheng'])
  })

  it('refuses moving a container into itself, the root, or into a field', () => {
    const s = sample()
    expect(refusal(s, cmd.move(at(s, 'sec'), at(s, 'sec'), 0))).toBe(
      '不能把分组或表格移动到它自己里面',
    )
    expect(refusal(s, cmd.move(s.root, at(s, 'sec'), 0))).toBe('不能移动表单本身')
    expect(refusal(s, cmd.move(at(s, 'sec'), at(s, 'danWeiMingCheng'), 0))).toBe(
      '只能移动到表单、分组或表格中',
    )
  })

  it('returns the same state when nothing moves', () => {
    const s = sample()
    expect(reduce(s, cmd.move(at(s, 'sec'), s.root, 1))).toBe(s)
  })

  it('rewrites visibility rules that name the moved field', () => {
    let s = sample()
    s = apply(s, cmd.update(at(s, 'rows'), { visibleWhen: { q: 'sec.inner', answered: true } }))
    s = apply(s, cmd.move(at(s, 'sec'), at(s, 'rows'), 0))
    s = apply(s, cmd.move(at(s, 'rows[].sec'), s.root, 0))
    s = apply(s, cmd.update(at(s, 'sec'), { key: 'part' }))
    expect(schemaAt(s, 'rows')['x-visible-when']).toEqual({ q: 'part.inner', answered: true })
  })
})

describe('duplicate and delete', () => {
  it('duplicates a subtree after the original, with new ids and a free key, unbound', () => {
    let s = sample()
    s = apply(s, cmd.update(at(s, 'sec.inner'), { element: 'applicant.name' }))
    s = apply(s, cmd.duplicate(at(s, 'sec')))
    expect(keys(s)).toEqual(['danWeiMingCheng', 'sec', 'sec2', 'rows'])
    expect(s.selection).toBe(at(s, 'sec2'))
    expect(at(s, 'sec2.inner')).not.toBe(at(s, 'sec.inner'))
    const form = exportForm(s).schema.properties!
    expect(form.sec2!.properties!.inner).toEqual({ type: 'string', title: '内部', maxLength: 100 })
    expect(form.sec!.properties!.inner!['x-element']).toBe('applicant.name')
  })

  it('points rules inside a duplicated section at the copy', () => {
    let s = sample()
    s = addEntry(s, 'boolean', 'sec').state
    s = apply(s, cmd.update(at(s, 'sec.inner'), { visibleWhen: { q: 'sec.shiFou', eq: true } }))
    s = apply(s, cmd.duplicate(at(s, 'sec')))
    expect(exportForm(s).schema.properties!.sec2!.properties!.inner!['x-visible-when']).toEqual({
      q: 'sec2.shiFou',
      eq: true,
    })
  })

  it('deletes a subtree and selects the next sibling', () => {
    let s = sample()
    const inner = at(s, 'sec.inner')
    s = apply(s, cmd.select(inner))
    s = apply(s, cmd.remove(at(s, 'sec')))
    expect(keys(s)).toEqual(['danWeiMingCheng', 'rows'])
    expect(nodeOf(s, inner)).toBeUndefined()
    expect(s.selection).toBe(at(s, 'rows'))
    expect(Object.keys(s.nodes)).toHaveLength(4)
    expect(refusal(s, cmd.remove(s.root))).toBe('不能删除表单本身')
  })
})

describe('update', () => {
  it('sets the properties of a field where rjsf and the PDF read them', () => {
    let s = sample()
    const id = at(s, 'danWeiMingCheng')
    s = apply(
      s,
      cmd.update(id, {
        required: true,
        placeholder: '与营业执照一致',
        help: '全称',
        description: '说明',
        default: 'x公司',
        minLength: 2,
        maxLength: 50,
        pattern: '^[^0-9]+$',
        width: 'half',
        element: 'applicant.name',
        visibleWhen: { q: 'rows[].col', answered: true },
      }),
    )
    const form = exportForm(s)
    expect(form.schema.required).toEqual(['danWeiMingCheng'])
    expect(form.schema.properties!.danWeiMingCheng).toEqual({
      type: 'string',
      title: '单位名称',
      maxLength: 50,
      description: '说明',
      minLength: 2,
      pattern: '^[^0-9]+$',
      default: 'x公司',
      'x-element': 'applicant.name',
      'x-visible-when': { q: 'rows[].col', answered: true },
    })
    expect(form.uiSchema.danWeiMingCheng).toEqual({
      'ui:help': '全称',
      'ui:placeholder': '与营业执照一致',
      'ui:options': { width: 'half' },
    })
    s = apply(
      s,
      cmd.update(id, { placeholder: null, width: null, minLength: null, required: false }),
    )
    expect(exportForm(s).uiSchema.danWeiMingCheng).toEqual({ 'ui:help': '全称' })
    expect(exportForm(s).schema.required).toBeUndefined()
  })

  it('keeps the key following the title until the key is edited', () => {
    let s = createState()
    s = addEntry(s, 'text').state
    const id = s.selection!
    s = apply(s, cmd.update(id, { title: '建设' }))
    s = apply(s, cmd.update(id, { title: '建设单位' }))
    expect(nodeOf(s, id)?.key).toBe('jianSheDanWei')
    s = apply(s, cmd.update(id, { key: 'builder' }))
    s = apply(s, cmd.update(id, { title: '建设单位名称' }))
    expect(nodeOf(s, id)?.key).toBe('builder')
  })

  it('refuses an invalid or taken key with a Chinese message', () => {
    const s = sample()
    const id = at(s, 'danWeiMingCheng')
    expect(refusal(s, cmd.update(id, { key: 'a.b' }))).toContain('不能包含「.」')
    expect(refusal(s, cmd.update(id, { key: 'sec' }))).toBe('同一层级中已有字段标识「sec」')
    expect(refusal(s, cmd.update(s.root, { key: 'x' }))).toBe('表单本身没有字段标识')
    // the same key in another section is fine
    expect(execute(s, cmd.update(at(s, 'sec.inner'), { key: 'rows' })).error).toBeUndefined()
  })

  it('refuses unsafe or invalid patterns and ill-formed values', () => {
    const s = sample()
    const id = at(s, 'danWeiMingCheng')
    expect(refusal(s, cmd.update(id, { pattern: '(a+)+$' }))).toContain('ReDoS')
    expect(refusal(s, cmd.update(id, { pattern: '[a-' }))).toContain('正则表达式无效')
    expect(refusal(s, cmd.update(id, { maxLength: -1 }))).toBe('最多字数必须是不小于 0 的整数')
    const n = addEntry(s, 'number').state
    expect(refusal(n, cmd.update(n.selection!, { minimum: Number.NaN }))).toBe('最小值必须是数字')
    expect(refusal(s, cmd.update(id, { schema: { type: 'txt' } }))).toContain(
      '不是合法的 JSON Schema',
    )
    expect(refusal(s, cmd.update(id, { schema: { properties: {} } }))).toContain('不能直接修改')
    expect(refusal(s, cmd.update(at(s, 'sec'), { schema: { oneOf: [] } }))).toContain(
      '分组和表格不能设置',
    )
    expect(refusal(s, cmd.update(id, { options: [{ value: 'a' }] }))).toBe('此字段不能设置「选项」')
  })

  it('edits options: values in enum, labels for the PDF (enumNames) and rjsf (ui:enumNames)', () => {
    let s = createState()
    s = addEntry(s, 'radio').state
    const id = s.selection!
    s = apply(
      s,
      cmd.update(id, {
        options: [
          { value: 'new', label: '新建' },
          { value: 'ext', label: '扩建' },
        ],
      }),
    )
    const key = nodeOf(s, id)!.key
    expect(exportForm(s).schema.properties![key]).toMatchObject({
      enum: ['new', 'ext'],
      enumNames: ['新建', '扩建'],
    })
    expect(exportForm(s).uiSchema[key]).toEqual({
      'ui:widget': 'radio',
      'ui:enumNames': { new: '新建', ext: '扩建' },
    })
    s = apply(s, cmd.update(id, { options: [{ value: '新建' }, { value: '扩建' }] }))
    expect(exportForm(s).schema.properties![key]).toEqual({
      type: 'string',
      title: '单选',
      enum: ['新建', '扩建'],
    })
    expect(exportForm(s).uiSchema[key]).toEqual({ 'ui:widget': 'radio' })
  })

  it('refuses making a note required', () => {
    let s = createState()
    s = addEntry(s, 'note').state
    expect(execute(s, cmd.update(s.selection!, { required: true })).error).toBe(
      '说明文字无需填写，不能设为必填',
    )
  })

  it('requires both dates of a date range only when the range is required', () => {
    let s = createState()
    s = addEntry(s, 'date-range').state
    const id = s.selection!
    const key = nodeOf(s, id)!.key
    expect(schemaAt(s, key).required).toBeUndefined()
    s = apply(s, cmd.update(id, { required: true }))
    expect(schemaAt(s, key).required).toEqual(['start', 'end'])
    expect(exportForm(s).schema.required).toEqual([key])
    s = apply(s, cmd.update(id, { required: false }))
    expect(schemaAt(s, key).required).toBeUndefined()
  })

  it('sets required inside table rows on the row object', () => {
    let s = sample()
    s = apply(s, cmd.update(at(s, 'rows[].col'), { required: true }))
    s = apply(s, cmd.update(at(s, 'rows'), { minItems: 1, required: true }))
    const rows = schemaAt(s, 'rows')
    expect(rows.minItems).toBe(1)
    expect(rows.items?.required).toEqual(['col'])
    expect(exportForm(s).schema.required).toEqual(['rows'])
  })

  it('requires the sections around a field made required, not a table or the form', () => {
    let s = sample()
    s = addEntry(s, 'section', 'sec').state
    s = apply(s, cmd.update(s.selection!, { key: 'unit' }))
    s = addEntry(s, 'text', 'sec.unit').state
    s = apply(s, cmd.update(s.selection!, { key: 'name', required: true }))
    const sec = schemaAt(s, 'sec')
    expect(exportForm(s).schema.required).toEqual(['sec'])
    expect(sec.required).toEqual(['unit'])
    expect((sec.properties!.unit as JsonSchema).required).toEqual(['name'])
    // a section may be made optional again on its own
    s = apply(s, cmd.update(at(s, 'sec'), { required: false }))
    expect(exportForm(s).schema.required).toBeUndefined()
    s = apply(s, cmd.update(at(s, 'rows[].col'), { required: true }))
    expect(exportForm(s).schema.required).toBeUndefined()
  })

  it('returns the same state for an edit that changes nothing', () => {
    const s = sample()
    expect(reduce(s, cmd.update(at(s, 'sec'), { title: '分组' }))).toBe(s)
  })

  it('edits the form title on the root', () => {
    const s = apply(sample(), cmd.update(sample().root, { title: '建设工程规划许可申请表' }))
    expect(exportForm(s).schema.title).toBe('建设工程规划许可申请表')
  })
})

describe('bind', () => {
  const uscc = elements.find((e) => e.id === 'applicant.uscc')!
  it('binds, adopts the element schema keeping the title, and unbinds', () => {
    let s = createState()
    s = addEntry(s, 'text').state
    const id = s.selection!
    s = apply(s, cmd.update(id, { title: '信用代码', placeholder: '18 位' }))
    s = apply(s, cmd.bind(id, uscc))
    const key = nodeOf(s, id)!.key
    expect(schemaAt(s, key)).toMatchObject({
      type: 'string',
      maxLength: 100,
      'x-element': 'applicant.uscc',
    })
    s = apply(s, cmd.bind(id, uscc, true))
    expect(schemaAt(s, key)).toMatchObject({
      type: 'string',
      title: '信用代码',
      format: 'uscc',
      maxLength: 18,
      'x-element': 'applicant.uscc',
    })
    expect(exportForm(s).uiSchema[key]).toEqual({ 'ui:placeholder': '18 位' })
    s = apply(s, cmd.bind(id, null))
    expect(schemaAt(s, key)['x-element']).toBeUndefined()
  })

  it('refuses binding sections and notes', () => {
    let s = sample()
    expect(execute(s, cmd.bind(at(s, 'sec'), uscc)).error).toBe('只有填写项可以绑定数据元')
    s = addEntry(s, 'note').state
    expect(execute(s, cmd.bind(s.selection!, uscc)).error).toBe('只有填写项可以绑定数据元')
  })
})

describe('select and import', () => {
  it('selects existing nodes only', () => {
    const s = sample()
    expect(execute(s, cmd.select('nope')).error).toBe('找不到该字段')
    const sel = apply(s, cmd.select(at(s, 'sec')))
    expect(sel.selection).toBe(at(s, 'sec'))
    expect(sel.nodes).toBe(s.nodes)
    expect(reduce(sel, cmd.select(at(s, 'sec')))).toBe(sel)
  })

  it('imports a form in place of the current one, with fresh ids', () => {
    const s = sample()
    const next = apply(
      s,
      cmd.importForm({
        schema: { type: 'object', properties: { a: { type: 'string' } } },
        uiSchema: {},
      }),
    )
    expect(keys(next)).toEqual(['a'])
    expect(Number(next.root.slice(1))).toBeGreaterThanOrEqual(s.nextId)
    expect(next.selection).toBeNull()
    expect(
      execute(s, cmd.importForm({ schema: { type: 'string' }, uiSchema: {} })).error,
    ).toContain('根节点')
  })

  it('refuses unknown commands', () => {
    const s = sample()
    expect(execute(s, { type: 'explode' } as never).error).toBe('未知的操作')
  })

  it('adds every palette entry to a table row too', () => {
    let s = sample()
    for (const e of palette) s = apply(s, cmd.add(e, at(s, 'rows')))
    expect(keys(s, 'rows')).toHaveLength(palette.length + 1)
    expect(idAt(s, 'rows[].col')).toBeDefined()
  })
})
