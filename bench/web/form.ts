/**
 * The 1,000-field 一张表 of the browser benchmark: generated member items (the generators the merge
 * tests and benchmarks use) merged by the real merge(), plus what the baseline page needs to render
 * the same leaves as plain controls, and the fields the driver types into.
 */
import { merge } from '../../runtime/core/merge'
import { generateItems } from '../../runtime/core/merge/generate-items'
import { collectLeaves, type Leaf } from '../../runtime/core/schema'
import type { JsonSchema, UiSchema } from '../../runtime/core/types'
import { decorateUi } from '../../runtime/ui/form/decorate-ui'
import { stepsOf } from '../../runtime/ui/form/steps'
import { elements } from '../../templates/elements'
import type { BaselineField, BenchForm } from './form-types'

/** 28 generated items of 50 leaves (seed 7) merge into 1,002 leaves in 36 sections. */
export const ITEMS = 28
export const FIELDS_PER_ITEM = 50
export const SEED = 7

/** A field the driver types into: its input id and the wizard step that shows it. */
export type Target = { id: string; path: string; step: number; section: string }

export type BuiltForm = {
  form: BenchForm
  leaves: number
  tableLeaves: number
  sections: number
  /** text fields in five sections spread over the form */
  typing: Target[]
  /** a required text field left empty and blurred, so that its step shows an error … */
  errorEmpty: Target
  /** … while this other text field of the same step is typed into */
  errorTyped: Target
}

/** `a.rows[].name` → rjsf's id with prefix `f` and separator `.`, first row: `f.a.rows.0.name`. */
export const idOf = (path: string) => `f.${path.replace(/\[\]/g, '.0')}`

function controlOf(leaf: Leaf, ui: UiSchema | undefined): BaselineField['control'] {
  const s = leaf.schema
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type
  if (Array.isArray(s.enum)) return 'select'
  if (type === 'boolean') return 'checkbox'
  if (typeof s['x-money'] === 'string') return 'text'
  if (type === 'number' || type === 'integer') return 'number'
  if (ui?.['ui:widget'] === 'textarea') return 'textarea'
  if (s.format === 'date') return 'date'
  if (s.format === 'email') return 'email'
  return 'text'
}

function uiAt(ui: UiSchema, path: string): UiSchema | undefined {
  let node: UiSchema | undefined = ui
  for (const seg of path.split('.')) {
    if (!node) return undefined
    node = seg.endsWith('[]')
      ? ((node[seg.slice(0, -2)] as UiSchema | undefined)?.items as UiSchema | undefined)
      : (node[seg] as UiSchema | undefined)
  }
  return node
}

/** Sets `[{}]` at every table's path, so that rjsf renders one row of each table, as the baseline does. */
function oneRowPerTable(leaves: Leaf[]): Record<string, unknown> {
  const data: Record<string, unknown> = {}
  for (const l of leaves) {
    const at = l.path.indexOf('[]')
    if (at < 0) continue
    const segs = l.path.slice(0, at).split('.')
    let node = data
    for (const seg of segs.slice(0, -1)) {
      node[seg] ??= {}
      node = node[seg] as Record<string, unknown>
    }
    node[segs.at(-1)!] ??= [{}]
  }
  return data
}

export function buildForm(): BuiltForm {
  const items = generateItems(ITEMS, FIELDS_PER_ITEM, SEED)
  const merged = merge(items, elements)
  const schema = merged.schema as JsonSchema
  const ui = decorateUi(schema, merged.uiSchema)
  const leaves = collectLeaves(schema)
  const steps = stepsOf(schema, ui, '其他')
  const bySection = new Map<string, BaselineField[]>()
  for (const l of leaves) {
    const section = l.path.split('.')[0]!
    const s = l.schema
    const f: BaselineField = {
      id: idOf(l.path),
      title: s.title ?? l.path.split('.').at(-1)!.replace('[]', ''),
      control: controlOf(l, uiAt(ui, l.path)),
      required: l.required,
    }
    if (Array.isArray(s.enum)) f.options = s.enum.map(String)
    if (s.description) f.description = s.description
    const list = bySection.get(section) ?? []
    list.push(f)
    bySection.set(section, list)
  }
  const sections = steps.map((st) => ({
    key: st.key,
    title: st.title,
    fields: st.keys.flatMap((k) => bySection.get(k) ?? []),
  }))

  const stepOf = (path: string) => steps.findIndex((st) => st.keys.includes(path.split('.')[0]!))
  const target = (l: Leaf): Target => ({
    id: idOf(l.path),
    path: l.path,
    step: stepOf(l.path),
    section: l.path.split('.')[0]!,
  })
  const plainText = (l: Leaf) =>
    !l.path.includes('[]') &&
    controlOf(l, uiAt(ui, l.path)) === 'text' &&
    l.schema.type === 'string'
  const typing: Target[] = []
  for (let k = 0; k < 5; k++) {
    const want = Math.round((k * (steps.length - 1)) / 4)
    for (let i = want; i < steps.length + want; i++) {
      const st = steps[i % steps.length]!
      const leaf = leaves.find((l) => st.keys.includes(l.path.split('.')[0]!) && plainText(l))
      if (leaf && !typing.some((t) => t.path === leaf.path)) {
        typing.push(target(leaf))
        break
      }
    }
  }
  // A step where a required field is left empty (its error shown) while another field is typed in
  const typed = new Set(typing.map((t) => t.step))
  const pairs = leaves
    .filter(
      (l) =>
        plainText(l) &&
        l.required &&
        l.parents.length === 1 &&
        schema.required?.includes(l.parents[0]!),
    )
    .flatMap((empty) => {
      const other = leaves.find(
        (l) => l !== empty && plainText(l) && stepOf(l.path) === stepOf(empty.path),
      )
      return other ? [{ empty, other }] : []
    })
  const size = (p: { empty: Leaf }) => sections[stepOf(p.empty.path)]?.fields.length ?? 0
  // the largest such step: the most a keystroke validates
  const pair = pairs
    .filter((p) => !typed.has(stepOf(p.empty.path)))
    .sort((a, b) => size(b) - size(a))[0]
  if (!pair) throw new Error('no step with a required text field and another text field')

  return {
    form: { schema, uiSchema: merged.uiSchema, initialData: oneRowPerTable(leaves), sections },
    leaves: leaves.length,
    tableLeaves: leaves.filter((l) => l.path.includes('[]')).length,
    sections: steps.length,
    typing,
    errorEmpty: target(pair.empty),
    errorTyped: target(pair.other),
  }
}
