/**
 * Which fields the form's visibility rules hide, kept up to date as the applicant types. A field's
 * template subscribes to its own path only, so a change re-renders just the fields that appear or
 * disappear, not the section or the 一张表. Rules may read fields of other sections: the 一张表 keeps
 * one store over all its data and hands it to every section.
 */

import type { JsonSchema } from '../../core/types'
import { hiddenPaths, isHiddenAt } from '../../core/visibility/hidden-paths'
import { visibilityPlan } from '../../core/visibility/plan'

export type VisibilityStore = {
  /** re-evaluates the rules after the data changed (in place or not) */
  update: (data: unknown) => void
  /** a concrete path (`units.1.type`) at or below a hidden node */
  isHidden: (path: string) => boolean
  subscribe: (listener: () => void) => () => void
}

export function createVisibilityStore(schema: JsonSchema, data: unknown): VisibilityStore {
  const listeners = new Set<() => void>()
  const ruled = visibilityPlan(schema).nodes.length > 0
  let hidden = new Set(ruled ? hiddenPaths(schema, data) : [])
  let key = [...hidden].join('\n')
  return {
    update: (next) => {
      if (!ruled) return
      const paths = hiddenPaths(schema, next)
      const nextKey = paths.join('\n')
      if (nextKey === key) return
      key = nextKey
      hidden = new Set(paths)
      for (const l of [...listeners]) l()
    },
    isHidden: (path) => isHiddenAt(path, hidden),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** What the 一张表's rjsf forms carry in `formContext`. */
export type FormContext = { visibility?: VisibilityStore }
