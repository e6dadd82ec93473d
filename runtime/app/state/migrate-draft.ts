/**
 * A draft made against an older published version moves to the newest when everything it holds
 * still fits there: the answers are valid questions and options, every value has a field, and no
 * value breaks its field's type or format (missing required values are fine in a draft).
 * Otherwise it stays on its own version, which remains published and submittable.
 */
import { unknownFields } from '../../core/schema/unknown-fields'
import { checkAnswers } from '../../core/situations/check-answers'
import type { JsonSchema, Situation } from '../../core/types'
import type { Draft } from './drafts'

export type Target = { version: number; schema: JsonSchema; situations: Situation[] }

/** Errors of `data` against `schema` other than missing required values. */
export type ValueErrors = (schema: JsonSchema, data: Record<string, unknown>) => string[]

export type Migration =
  | { migrated: true; draft: Draft }
  | { migrated: false; draft: Draft; reason?: 'answers' | 'fields' | 'values' }

export function migrateDraft(draft: Draft, latest: Target, valueErrors: ValueErrors): Migration {
  if (draft.version >= latest.version) return { migrated: false, draft }
  if (checkAnswers(latest.situations, draft.answers, { partial: !draft.answered }).length)
    return { migrated: false, draft, reason: 'answers' }
  if (unknownFields(latest.schema, draft.data).length)
    return { migrated: false, draft, reason: 'fields' }
  if (valueErrors(latest.schema, draft.data).length)
    return { migrated: false, draft, reason: 'values' }
  const { idempotencyKey: _, ...rest } = draft
  return { migrated: true, draft: { ...rest, version: latest.version } }
}
