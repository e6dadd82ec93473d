import { optionsList } from '@rjsf/utils'
import { describe, expect, it } from 'vitest'
import type { JsonSchema, UiSchema } from '../../runtime/core/types'
import { choicesOf } from '../../runtime/pdf/layout/classify'
import { readOptions, writeOptions } from './options'

const labels = [
  { value: 'new', label: '新建' },
  { value: 'ext', label: '扩建' },
]

describe('options', () => {
  it('writes labels that rjsf 6 renders and the PDF prints', () => {
    const { schema, ui } = writeOptions(
      { type: 'string', enum: [] },
      { 'ui:widget': 'radio' },
      labels,
    )
    expect(optionsList(schema as never, ui as never)?.map((o) => o.label)).toEqual(['新建', '扩建'])
    expect(choicesOf(schema)).toEqual({ values: ['new', 'ext'], labels: ['新建', '扩建'] })
    expect(readOptions(schema, ui)).toEqual(labels)
  })

  it('keeps labels right in rjsf when the merge narrows the enum (labels by value)', () => {
    const { ui } = writeOptions({ type: 'string', enum: [] }, {}, labels)
    const narrowed = { type: 'string', enum: ['ext'] }
    expect(optionsList(narrowed as never, ui as never)?.map((o) => o.label)).toEqual(['扩建'])
  })

  it('puts a multi-select’s choices on its items, where rjsf and the PDF read them', () => {
    const multi: JsonSchema = {
      type: 'array',
      uniqueItems: true,
      items: { type: 'string', enum: ['a'] },
    }
    const { schema, ui } = writeOptions(multi, { 'ui:widget': 'checkboxes' }, labels)
    expect(schema.items).toEqual({
      type: 'string',
      enum: ['new', 'ext'],
      enumNames: ['新建', '扩建'],
    })
    expect(ui).toEqual({
      'ui:widget': 'checkboxes',
      items: { 'ui:enumNames': { new: '新建', ext: '扩建' } },
    })
    expect(
      optionsList(schema.items as never, (ui as UiSchema).items as never)?.map((o) => o.label),
    ).toEqual(['新建', '扩建'])
    expect(choicesOf(schema.items)?.labels).toEqual(['新建', '扩建'])
    expect(readOptions(schema, ui)).toEqual(labels)
  })

  it('writes plain enums when labels equal values', () => {
    const { schema, ui } = writeOptions(
      { type: 'string', enum: ['x'], enumNames: ['X'] },
      { 'ui:enumNames': ['X'] },
      [{ value: '新建' }, { value: '扩建', label: '扩建' }],
    )
    expect(schema).toEqual({ type: 'string', enum: ['新建', '扩建'] })
    expect(ui).toEqual({})
  })

  it('keeps an imported oneOf of const/title as it is', () => {
    const s: JsonSchema = { type: 'string', oneOf: [{ const: 'a', title: '甲' }] }
    expect(readOptions(s, {})).toEqual([{ value: 'a', label: '甲' }])
    const { schema } = writeOptions(s, {}, [
      { value: 'a', label: '甲' },
      { value: 'b', label: '乙' },
    ])
    expect(schema).toEqual({
      type: 'string',
      oneOf: [
        { const: 'a', title: '甲' },
        { const: 'b', title: '乙' },
      ],
    })
    expect(choicesOf(schema)?.labels).toEqual(['甲', '乙'])
  })

  it('reads rjsf labels given by position or by value', () => {
    expect(readOptions({ enum: [1, 2] }, { 'ui:enumNames': ['一', '二'] })).toEqual([
      { value: 1, label: '一' },
      { value: 2, label: '二' },
    ])
    expect(readOptions({ enum: [true] }, { 'ui:enumNames': { true: '是' } })).toEqual([
      { value: true, label: '是' },
    ])
  })
})
