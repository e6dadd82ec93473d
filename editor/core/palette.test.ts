import { optionsList } from '@rjsf/utils'
import { describe, expect, it } from 'vitest'
import { checkForm } from '../../runtime/core/schema'
import type { JsonSchema } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import { choicesOf, nodeKind } from '../../runtime/pdf/layout/classify'
import { elements } from '../../templates/elements'
import { add } from './commands'
import { exportForm } from './export-form'
import { fieldTypeOf } from './field-type'
import { palette } from './palette'
import { elementEntries } from './palette-elements'
import { createState, nodeOf } from './state'
import { apply } from './testing/build'

const addOne = (id: string) => {
  const entry = palette.find((e) => e.id === id)!
  const state = apply(createState(), add(entry, createState().root))
  const node = nodeOf(state, state.selection!)!
  const form = exportForm(state)
  const schema = form.schema.properties![node.key] as JsonSchema
  return { state, node, form, schema, ui: form.uiSchema[node.key] }
}

describe('palette', () => {
  it('has the field kinds of the issue, each with labels and a group', () => {
    const ids = palette.map((e) => e.id)
    for (const id of [
      'text',
      'textarea',
      'number',
      'money-yuan',
      'money-wan',
      'date',
      'date-range',
      'radio',
      'checkboxes',
      'select',
      'boolean',
      'cn-id',
      'uscc',
      'cn-mobile',
      'cn-phone',
      'cn-postcode',
      'division',
      'address',
      'project-code',
      'table',
      'section',
      'note',
    ])
      expect(ids).toContain(id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const e of palette) {
      expect(e.label).toMatch(/\p{Script=Han}/u)
      expect(e.labelEn).toMatch(/^[A-Z]/)
      expect(e.group && e.groupEn).toBeTruthy()
    }
  })

  it('every entry adds a field that passes checkForm, with a pinyin key', () => {
    for (const entry of palette) {
      const { form, node } = addOne(entry.id)
      expect(checkForm(form.schema), entry.id).toEqual([])
      expect(node.key).toMatch(/^[a-z][A-Za-z0-9]*$/)
      expect(node.autoKey).toBe(true)
    }
  })

  it('builds fresh fragments (editing one never changes the next)', () => {
    const entry = palette.find((e) => e.id === 'radio')!
    const a = entry.build()
    ;(a.schema.enum as unknown[]).push('x')
    expect(entry.build().schema.enum).toEqual(['选项一', '选项二'])
  })

  it('is read by the PDF layout as the intended kind', () => {
    const kinds: Record<string, string> = {
      text: 'text',
      textarea: 'multiline',
      number: 'number',
      'money-wan': 'number',
      date: 'text',
      'date-range': 'object',
      radio: 'choice',
      select: 'choice',
      checkboxes: 'multi',
      boolean: 'boolean',
      division: 'text',
      table: 'table',
      section: 'object',
      note: 'none',
    }
    for (const [id, kind] of Object.entries(kinds)) {
      const { schema, ui } = addOne(id)
      if (id === 'table' || id === 'section') {
        // an empty container is not yet one; give it a field
        const filled = { ...schema } as JsonSchema
        if (id === 'table') filled.items = { type: 'object', properties: { a: { type: 'string' } } }
        else filled.properties = { a: { type: 'string' } }
        expect(nodeKind(filled, ui), id).toBe(kind)
      } else expect(nodeKind(schema, ui), id).toBe(kind)
    }
  })

  it('gives the field types the property panel expects', () => {
    const types: Record<string, string> = {
      text: 'text',
      textarea: 'textarea',
      'money-yuan': 'money',
      date: 'date',
      'date-range': 'dateRange',
      radio: 'radio',
      select: 'select',
      checkboxes: 'checkboxes',
      boolean: 'boolean',
      uscc: 'formatted',
      note: 'note',
    }
    for (const [id, type] of Object.entries(types)) {
      const { node } = addOne(id)
      expect(fieldTypeOf(node.schema, node.ui), id).toBe(type)
    }
  })

  it('accepts valid data and refuses invalid data in the Chinese formats', () => {
    const cases: [string, unknown, unknown][] = [
      ['uscc', '91350100M000100Y43', '123'],
      ['cn-mobile', '13800138000', '12345'],
      ['cn-postcode', '410000', 'abc'],
      ['division', '430104', '999999'],
      ['project-code', '2019-430104-47-01-012345', 'x'],
      ['date-range', { start: '2026-01-01', end: '2026-02-01' }, { start: '2026-13-45' }],
    ]
    for (const [id, good, bad] of cases) {
      const { form, node } = addOne(id)
      expect(validate(form.schema, { [node.key]: good }), id).toEqual([])
      expect(validate(form.schema, { [node.key]: bad }).length, id).toBeGreaterThan(0)
    }
  })

  it('makes 是/否 read 是 and 否 in rjsf', () => {
    const { ui } = addOne('boolean')
    expect(ui).toMatchObject({ 'ui:widget': 'radio', 'ui:enumNames': ['是', '否'] })
    expect(optionsList({ enum: [true, false] }, ui as never)?.map((o) => o.label)).toEqual([
      '是',
      '否',
    ])
  })

  it('leaves the note without data: null validates, the PDF prints it as text without a value', () => {
    const { form, node, schema } = addOne('note')
    expect(schema).toMatchObject({ type: 'null', description: expect.any(String) })
    expect(validate(form.schema, { [node.key]: null })).toEqual([])
    expect(validate(form.schema, {})).toEqual([])
    expect(choicesOf(schema)).toBeUndefined()
  })
})

describe('element entries', () => {
  const entries = elementEntries(elements)

  it('has one entry per element, grouped as the dictionary is, with readable keys', () => {
    expect(entries).toHaveLength(elements.length)
    const uscc = entries.find((e) => e.id === 'element:applicant.uscc')!
    expect(uscc).toMatchObject({
      label: '统一社会信用代码',
      group: '申请单位信息',
      key: 'applicantUscc',
    })
  })

  it('adds fields already bound, with the element schema and title', () => {
    let state = createState()
    for (const e of entries) state = apply(state, add(e, state.root))
    const form = exportForm(state)
    expect(checkForm(form.schema)).toEqual([])
    const props = form.schema.properties!
    expect(Object.keys(props)).toHaveLength(elements.length)
    for (const element of elements) {
      const field = Object.values(props).find((p) => p['x-element'] === element.id)!
      expect(field.title).toBe(element.title)
      expect(field.type).toBe(element.schema.type)
      expect(field.format).toBe(element.schema.format)
    }
    const division = elements.find((e) => e.schema.format === 'cn-division')!
    const key = Object.keys(props).find((k) => props[k]!['x-element'] === division.id)!
    expect(form.uiSchema[key]).toEqual({ 'ui:widget': 'division' })
  })
})
