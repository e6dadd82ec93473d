/**
 * Random command sequences for property tests. Commands are drawn as abstract steps (numbers and
 * texts) and resolved against the state they apply to, so every step names nodes that exist.
 */
import fc from 'fast-check'
import type { Rule } from '../../../runtime/core/types'
import { elements } from '../../../templates/elements'
import * as cmd from '../commands'
import { palette } from '../palette'
import { elementEntries } from '../palette-elements'
import { allNodes, pathOf } from '../state'
import type { Command, EditorState, FieldPatch } from '../types'

const container = palette.filter((e) => e.id === 'section' || e.id === 'table')
// sections and tables weighed up, so sequences nest
const ENTRIES = [...palette, ...container, ...container, ...elementEntries(elements).slice(0, 20)]
const TITLES = [
  '建设单位名称',
  '项目代码',
  '联系人手机',
  '备注',
  '',
  'A',
  '总投资（万元）',
  '单位名称',
]
const KEYS = ['name', 'a', 'b', 'rows', '1x', 'a.b', 'constructor', 'x_y', '名称', '']
const PATTERNS = ['^[0-9]+$', '^[A-Z]{2}\\d{4}$', '(a+)+$', '[a-', null]

export type Step = {
  op: string
  a: number
  b: number
  c: number
  title: string
  key: string
}

const OPS = [
  'add',
  'add',
  'add',
  'move',
  'move',
  'duplicate',
  'delete',
  'select',
  'title',
  'key',
  'required',
  'constraint',
  'pattern',
  'options',
  'visible',
  'width',
  'bind',
  'help',
] as const

export const stepArb: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(1000),
  b: fc.nat(1000),
  c: fc.nat(1000),
  title: fc.oneof(fc.constantFrom(...TITLES), fc.string({ maxLength: 6 })),
  key: fc.oneof(fc.constantFrom(...KEYS), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/)),
})

export const stepsArb = (max = 30): fc.Arbitrary<Step[]> =>
  fc.array(stepArb, { minLength: Math.floor(max / 3), maxLength: max, size: 'max' })

const pick = <T>(list: T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined

/** The command a step means in this state (undefined when it names nothing). */
export function commandOf(state: EditorState, step: Step): Command | undefined {
  const nodes = allNodes(state)
  const placed = nodes.filter((n) => n.parent !== null)
  const containers = nodes.filter((n) => n.kind !== 'field')
  const node = pick(placed, step.a)
  const patch = (p: FieldPatch) => (node ? cmd.update(node.id, p) : undefined)
  switch (step.op) {
    case 'add': {
      const parent = pick(containers, step.b)!
      return cmd.add(
        pick(ENTRIES, step.a)!,
        parent.id,
        step.c % ((parent.children?.length ?? 0) + 1),
      )
    }
    case 'move': {
      const parent = pick(containers, step.b)!
      return node
        ? cmd.move(node.id, parent.id, step.c % ((parent.children?.length ?? 0) + 1))
        : undefined
    }
    case 'duplicate':
      return node ? cmd.duplicate(node.id) : undefined
    case 'delete':
      return node ? cmd.remove(node.id) : undefined
    case 'select':
      return cmd.select(step.b % 5 === 0 ? null : (pick(nodes, step.a)?.id ?? null))
    case 'title':
      return node ? cmd.update(node.id, { title: step.title }) : undefined
    case 'key':
      return patch({ key: step.key })
    case 'required':
      return patch({ required: step.b % 2 === 0 })
    case 'constraint':
      return patch(
        step.c % 2 === 0
          ? { minLength: step.b % 20, maxLength: step.c % 30 }
          : { minimum: step.b - 500, maximum: step.c % 3 === 0 ? null : step.c },
      )
    case 'pattern':
      return patch({ pattern: pick(PATTERNS, step.b) ?? null })
    case 'options':
      return patch({
        options: Array.from({ length: step.b % 4 }, (_, i) =>
          step.c % 2 ? { value: `v${i}`, label: `选项${i}` } : { value: `值${i}` },
        ),
      })
    case 'visible': {
      const target = pick(placed, step.b)
      const rule: Rule | null = target ? { q: pathOf(state, target.id), answered: true } : null
      return patch({ visibleWhen: step.c % 4 === 0 ? null : rule })
    }
    case 'width':
      return patch({ width: pick(['full', 'half', 'third', null] as const, step.b) ?? null })
    case 'help':
      return patch({ help: step.title || null, placeholder: step.title || null })
    case 'bind':
      return node
        ? cmd.bind(node.id, step.b % 3 === 0 ? null : pick(elements, step.b)!, step.c % 2 === 0)
        : undefined
    default:
      return undefined
  }
}

/** Freezes a state deeply, so a reducer that mutated it would throw. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
