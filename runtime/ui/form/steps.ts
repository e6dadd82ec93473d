/**
 * How the applicant walks a merged form: one step per top-level section (an object), consecutive
 * top-level leaves gathered into one step. Each step renders as its own rjsf form over a slice of the
 * schema, so a keystroke re-renders one section, never the whole 一张表.
 */
import type { JsonSchema, UiSchema } from '../../core/types'

export type Step = { key: string; title: string; keys: string[] }

const isObject = (s: JsonSchema | undefined): boolean =>
  !!s && (s.type === 'object' || (!!s.properties && s.type === undefined))

/** Top-level keys in display order: `ui:order` (with its `*` wildcard) else property order. */
export function displayOrder(schema: JsonSchema, ui: UiSchema): string[] {
  const keys = Object.keys(schema.properties ?? {})
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]) : undefined
  if (!order) return keys
  const listed = order.filter((k) => k !== '*' && keys.includes(k))
  const rest = keys.filter((k) => !listed.includes(k))
  const star = order.indexOf('*')
  if (star < 0) return [...listed, ...rest]
  const before = order.slice(0, star).filter((k) => keys.includes(k))
  const after = order.slice(star + 1).filter((k) => keys.includes(k))
  return [...before, ...rest, ...after]
}

export function stepsOf(schema: JsonSchema, ui: UiSchema, leavesTitle: string): Step[] {
  const steps: Step[] = []
  let loose: Step | undefined
  for (const key of displayOrder(schema, ui)) {
    const node = schema.properties?.[key]
    if (isObject(node)) {
      loose = undefined
      steps.push({ key, title: node?.title ?? key, keys: [key] })
    } else {
      if (!loose) {
        loose = { key: `~${key}`, title: leavesTitle, keys: [] }
        steps.push(loose)
      }
      loose.keys.push(key)
    }
  }
  return steps
}

/** The root schema cut down to one step's keys; `$defs` stay so local refs resolve. */
export function stepSchema(root: JsonSchema, step: Step): JsonSchema {
  const properties: Record<string, JsonSchema> = {}
  for (const k of step.keys) {
    const node = root.properties?.[k]
    if (node) properties[k] = node
  }
  const out: JsonSchema = { type: 'object', properties }
  const required = (root.required ?? []).filter((k) => step.keys.includes(k))
  if (required.length) out.required = required
  if (root.$defs) out.$defs = root.$defs
  if (root.definitions) out.definitions = root.definitions
  return out
}

/** The uiSchema of one step; `hideTitles` leaves the section titles to the page's step heading. */
export function stepUi(root: UiSchema, step: Step, { hideTitles = false } = {}): UiSchema {
  const out: UiSchema = { 'ui:order': [...step.keys] }
  for (const k of step.keys) {
    const ui = root[k] as UiSchema | undefined
    if (hideTitles && !step.key.startsWith('~')) {
      const options = (ui?.['ui:options'] ?? {}) as Record<string, unknown>
      out[k] = { ...ui, 'ui:options': { ...options, label: false } }
    } else if (ui !== undefined) out[k] = ui
  }
  return out
}

export function stepData(data: Record<string, unknown>, step: Step): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of step.keys) if (data[k] !== undefined) out[k] = data[k]
  return out
}

/** The inverse of `stepData`: a step's data written back into the whole form's data, in place. */
export function putStepData(
  data: Record<string, unknown>,
  step: Step,
  values: Record<string, unknown>,
): void {
  for (const k of step.keys) {
    if (values[k] === undefined) delete data[k]
    else data[k] = values[k]
  }
}

/** The step a dotted data path (`applicant.uscc`, `rows.0.name`) belongs to, or -1. */
export function stepOfPath(steps: Step[], path: string): number {
  const head = path.split('.')[0] ?? ''
  return steps.findIndex((s) => s.keys.includes(head))
}

/**
 * Steps every field of which the visibility rules hide: the wizard and the long page skip them.
 * `fields[i]` are the data paths of step i's fields (a table counts as one field, its own path).
 */
export const hiddenSteps = (fields: string[][], isHidden: (path: string) => boolean): boolean[] =>
  fields.map((paths) => paths.length > 0 && paths.every((p) => isHidden(p)))

/** A step's field paths for `hiddenSteps`, from `collectLeaves` paths (`rows[].x` → `rows`). */
export const stepFieldPaths = (leafPaths: string[]): string[] => [
  ...new Set(leafPaths.map((p) => p.split('[]')[0]!)),
]

/** The nearest step from `from` in direction `dir` (±1) that is not hidden, or -1. */
export function nearestShown(hidden: boolean[], from: number, dir: 1 | -1): number {
  for (let i = from; i >= 0 && i < hidden.length; i += dir) if (!hidden[i]) return i
  return -1
}
