import { describe, expect, it } from 'vitest'
import type { JsonSchema, Situation } from '../../core/types'
import { newDraft } from './drafts'
import { migrateDraft, type ValueErrors } from './migrate-draft'

const situations: Situation[] = [
  {
    id: 'land',
    title: '用地',
    kind: 'single',
    options: [
      { value: 'yes', label: '是' },
      { value: 'no', label: '否' },
    ],
  },
]
const schema: JsonSchema = {
  type: 'object',
  properties: {
    a: { type: 'object', properties: { n: { type: 'number' }, s: { type: 'string' } } },
  },
}
/** A stand-in for the browser's validator: numbers must be numbers. */
const valueErrors: ValueErrors = (_s, data) =>
  typeof (data.a as { n?: unknown } | undefined)?.n === 'string' ? ['n 应为数字'] : []

const draft = (patch: object) => ({
  ...newDraft('x', 1),
  answers: { land: 'yes' },
  answered: true,
  data: { a: { n: 1, s: 'x' } },
  idempotencyKey: 'k',
  ...patch,
})

describe('migrateDraft', () => {
  const latest = { version: 2, schema, situations }
  it('moves a draft whose answers and values fit to the newest version, with a new key', () => {
    const m = migrateDraft(draft({}), latest, valueErrors)
    expect(m.migrated).toBe(true)
    expect(m.draft.version).toBe(2)
    expect(m.draft.idempotencyKey).toBeUndefined()
    expect(m.draft.data).toEqual({ a: { n: 1, s: 'x' } })
  })
  it('keeps it on its version when an answer, a field or a value no longer fits', () => {
    expect(migrateDraft(draft({ answers: { land: 'maybe' } }), latest, valueErrors)).toMatchObject({
      migrated: false,
      reason: 'answers',
    })
    expect(migrateDraft(draft({ data: { gone: 1 } }), latest, valueErrors)).toMatchObject({
      migrated: false,
      reason: 'fields',
    })
    expect(migrateDraft(draft({ data: { a: { n: '1' } } }), latest, valueErrors)).toMatchObject({
      migrated: false,
      reason: 'values',
    })
  })
  it('leaves a draft of the newest version alone', () => {
    const d = draft({ version: 2 })
    expect(migrateDraft(d, latest, valueErrors)).toEqual({ migrated: false, draft: d })
  })
})
