import { describe, expect, it } from 'vitest'
import type { JsonSchema } from '../../core/types'
import { decorateUi } from './decorate-ui'
import { errorPaths, toErrorSchema, touchedOnly } from './error-schema'
import {
  displayOrder,
  hiddenSteps,
  nearestShown,
  putStepData,
  stepData,
  stepFieldPaths,
  stepOfPath,
  stepSchema,
  stepsOf,
  stepUi,
} from './steps'

const schema: JsonSchema = {
  type: 'object',
  required: ['applicant', 'note'],
  $defs: { code: { type: 'string' } },
  properties: {
    note: { type: 'string', title: '备注' },
    applicant: {
      type: 'object',
      title: '申请单位',
      properties: { name: { type: 'string' }, capital: { type: 'number', 'x-money': '万元' } },
    },
    remark: { type: 'string', maxLength: 500 },
    item_A: {
      type: 'object',
      title: '事项A — 部门',
      properties: { d: { format: 'cn-division', type: 'string' } },
    },
  },
}

describe('steps', () => {
  it('orders by ui:order with its wildcard and groups loose leaves', () => {
    const ui = { 'ui:order': ['applicant', '*', 'note'] }
    expect(displayOrder(schema, ui)).toEqual(['applicant', 'remark', 'item_A', 'note'])
    const steps = stepsOf(schema, ui, '其他信息')
    expect(steps.map((s) => [s.title, s.keys])).toEqual([
      ['申请单位', ['applicant']],
      ['其他信息', ['remark']],
      ['事项A — 部门', ['item_A']],
      ['其他信息', ['note']],
    ])
    expect(stepOfPath(steps, 'item_A.d')).toBe(2)
    expect(stepOfPath(steps, 'nothing')).toBe(-1)
  })
  it('cuts schema, uiSchema and data to one step', () => {
    const steps = stepsOf(schema, {}, '其他')
    const note = steps.find((s) => s.keys.includes('note'))!
    expect(stepSchema(schema, note)).toEqual({
      type: 'object',
      properties: { note: schema.properties!.note },
      required: ['note'],
      $defs: schema.$defs,
    })
    const applicant = steps[1]!
    expect(
      stepUi({ applicant: { 'ui:options': { width: 'half' } } }, applicant, { hideTitles: true }),
    ).toEqual({
      'ui:order': ['applicant'],
      applicant: { 'ui:options': { width: 'half', label: false } },
    })
    expect(stepData({ applicant: { name: 'x' }, note: 'n' }, applicant)).toEqual({
      applicant: { name: 'x' },
    })
    // and back: a step's values replace its keys only; a cleared value is removed
    const whole: Record<string, unknown> = { applicant: { name: 'x' }, note: 'n' }
    putStepData(whole, applicant, { applicant: { name: 'y' } })
    expect(whole).toEqual({ applicant: { name: 'y' }, note: 'n' })
    putStepData(whole, applicant, {})
    expect(whole).toEqual({ note: 'n' })
  })
})

describe('hidden steps', () => {
  it('skips a step whose every field a rule hides, in both directions', () => {
    const fields = [['applicant.name'], ['item_A.x', 'item_A.rows'], ['note']]
    const hidden = hiddenSteps(fields, (p) => p.startsWith('item_A.'))
    expect(hidden).toEqual([false, true, false])
    expect(hiddenSteps(fields, (p) => p === 'item_A.x')).toEqual([false, false, false])
    expect(nearestShown(hidden, 1, 1)).toBe(2)
    expect(nearestShown(hidden, 1, -1)).toBe(0)
    expect(nearestShown([true, true], 0, 1)).toBe(-1)
  })
  it('counts a table as one field', () => {
    expect(stepFieldPaths(['a.rows[].x', 'a.rows[].y', 'a.b'])).toEqual(['a.rows', 'a.b'])
  })
})

describe('error schema', () => {
  it('nests path messages and flattens them back', () => {
    const details = [
      { path: 'applicant.name', message: 'a' },
      { path: 'rows.0.x', message: 'b' },
      { path: '', message: 'root' },
    ]
    const es = toErrorSchema(details)
    expect(es).toEqual({
      __errors: ['root'],
      applicant: { name: { __errors: ['a'] } },
      rows: { 0: { x: { __errors: ['b'] } } },
    })
    expect(errorPaths(es).sort((x, y) => x.path.localeCompare(y.path))).toEqual(
      [...details].sort((x, y) => x.path.localeCompare(y.path)),
    )
  })
  it('keeps only the fields the applicant has left, and rows inside a touched table', () => {
    const details = [
      { path: 'a.b', message: '1' },
      { path: 'a.c', message: '2' },
      { path: 'rows.0.x', message: '3' },
    ]
    expect(touchedOnly(details, new Set(['a.b', 'rows']))).toEqual([details[0], details[2]])
  })
})

describe('decorateUi', () => {
  it('picks money, division and textarea widgets without overriding explicit ones', () => {
    const ui = decorateUi(schema, { item_A: { d: { 'ui:widget': 'text' } } })
    expect(ui).toMatchObject({
      applicant: { capital: { 'ui:widget': 'money' } },
      remark: { 'ui:widget': 'textarea' },
      item_A: { d: { 'ui:widget': 'text' } },
    })
    expect(ui.note).toBeUndefined()
  })
})
