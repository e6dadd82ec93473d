/**
 * Merge conflicts as the composer shows them: per conflict its members (the items' fields and the
 * element's own schema) with their constraints, and per member the actions that may resolve it,
 * each a command: unbind the field through a bundle binding (`element: ''`), drop the bundle's own
 * binding, bind it to another element, or remove the member item. `tryCommand` merges the result
 * to tell whether an action does resolve the conflict (a merge costs tens of ms: call it on demand).
 */
import type { MergeOutput } from '../../../runtime/core/merge/types'
import type { Conflict, Element } from '../../../runtime/core/types'
import * as cmd from './commands'
import { bindingOf, fieldOf, type Merger } from './merged'
import { executeBundle } from './reducer'
import { memberByCode } from './state'
import { elementCandidates } from './suggestions'
import type { BundleState, Command } from './types'

export type ConflictAction = {
  kind: 'unbind' | 'clearBinding' | 'rebind' | 'removeMember'
  /** what the button says, in Chinese */
  label: string
  command: Command
  /** the member field it acts on (removeMember: the item's code and '') */
  item: string
  path: string
  /** rebind: the element proposed instead */
  element?: string
}

export type ConflictMemberView = {
  /** item code; '' for the element's own schema (the dictionary) */
  item: string
  itemName: string
  department: string
  path: string
  fieldTitle: string
  /** the member's keywords of the conflict's kind (`{ maxLength: 100 }`), or the element id */
  constraint: unknown
  /** how the member's field is bound; 'element' for the dictionary's own schema */
  binding: 'bundle' | 'own' | 'unbound' | 'none' | 'element'
  actions: ConflictAction[]
}

export type ConflictView = {
  conflict: Conflict
  /** a stable key for lists: element, kind and members */
  key: string
  kind: Conflict['kind']
  /** 类型, 格式, 取值范围 … */
  kindLabel: string
  /** the element's title when the dictionary knows it */
  elementTitle: string
  detail: string
  members: ConflictMemberView[]
  /** every member's actions, in member order */
  actions: ConflictAction[]
  /**
   * Set when only the departments can resolve it (a field key or reference the merge cannot map):
   * the lead department may only remove the member.
   */
  needsDepartment: boolean
}

export const CONFLICT_KINDS: Record<Conflict['kind'], string> = {
  type: '类型',
  format: '格式',
  enum: '可选值',
  range: '取值范围',
  length: '长度',
  items: '列表条数',
  const: '固定值',
  shape: '结构',
}

/** The conflicts of the merged form with their members and resolving actions. */
export function conflictsOf(
  state: BundleState,
  merged: MergeOutput,
  elements: Element[],
  options: { candidates?: number } = {},
): ConflictView[] {
  const byId = new Map(elements.map((e) => [e.id, e]))
  return merged.conflicts.map((conflict) => {
    const removed = new Set<string>()
    const needsDepartment = conflict.element === ''
    const members = conflict.members.map((m): ConflictMemberView => {
      if (m.item === '') {
        return {
          item: '',
          itemName: '数据元',
          department: '',
          path: m.path,
          fieldTitle: byId.get(conflict.element)?.title ?? m.path,
          constraint: m.value,
          binding: 'element',
          actions: [],
        }
      }
      const item = memberByCode(state, m.item)
      const field = item ? fieldOf(item, m.path) : undefined
      const binding = item ? bindingOf(state, item, m.path) : { source: 'none' as const }
      const name = item?.name ?? m.item
      const title =
        typeof field?.schema.title === 'string'
          ? field.schema.title
          : (m.path.split('.').pop() ?? m.path)
      const actions: ConflictAction[] = []
      const on = { item: m.item, path: m.path }
      if (!needsDepartment && item) {
        if (binding.source === 'bundle') {
          actions.push({
            kind: 'clearBinding',
            label: `撤销一件事对「${name}」字段「${title}」的绑定`,
            command: cmd.clearBinding(m.item, m.path),
            ...on,
          })
        }
        if (field && binding.source !== 'unbound' && binding.source !== 'none') {
          actions.push({
            kind: 'unbind',
            label: `「${name}」的「${title}」不与其他事项合并，单独填写`,
            command: cmd.unbind(m.item, m.path),
            ...on,
          })
        }
        if (field && conflict.element !== '') {
          const except = [conflict.element]
          for (const c of elementCandidates(state, m.item, m.path, elements, {
            limit: options.candidates ?? 3,
            except,
          })) {
            actions.push({
              kind: 'rebind',
              label: `将「${name}」的「${title}」改为绑定数据元「${c.element.title}」`,
              command: cmd.bind(m.item, m.path, c.element.id),
              element: c.element.id,
              ...on,
            })
          }
        }
      }
      if (item && !removed.has(item.id)) {
        removed.add(item.id)
        actions.push({
          kind: 'removeMember',
          label: `从一件事中移除事项「${name}」`,
          command: cmd.removeMember(item.id),
          item: m.item,
          path: '',
        })
      }
      return {
        item: m.item,
        itemName: name,
        department: item?.department ?? '',
        path: m.path,
        fieldTitle: title,
        constraint: m.value,
        binding: binding.source,
        actions,
      }
    })
    return {
      conflict,
      key: conflictKey(conflict),
      kind: conflict.kind,
      kindLabel: CONFLICT_KINDS[conflict.kind] ?? conflict.kind,
      elementTitle: byId.get(conflict.element)?.title ?? conflict.element,
      detail: conflict.detail,
      members,
      actions: members.flatMap((m) => m.actions),
      needsDepartment,
    }
  })
}

/** A conflict's identity: element, kind and members' fields. */
export const conflictKey = (c: Conflict): string =>
  [c.element, c.kind, ...c.members.map((m) => `${m.item}:${m.path}`)].join('\u0000')

/**
 * Whether `c` is still `conflict`: the same element and kind (a conflict of element '' — a key or
 * reference the merge cannot map — by its members).
 */
const same = (c: Conflict, conflict: Conflict): boolean =>
  c.element === conflict.element &&
  c.kind === conflict.kind &&
  (conflict.element !== '' || conflictKey(c) === conflictKey(conflict))

export type Trial = {
  /** the command was refused (its reason) */
  error?: string
  state: BundleState
  merged: MergeOutput
  /** conflicts after the command */
  conflicts: Conflict[]
  /** whether the given conflict is gone (no conflict of its element and kind is left) */
  resolves: boolean
  /** conflicts the command brings that were not there before */
  added: Conflict[]
}

/**
 * Applies a command to a copy and merges it: does it resolve `conflict`, and does it bring new
 * conflicts? For the conflict list's actions and for an upgrade's preview.
 */
export function tryCommand(
  state: BundleState,
  command: Command,
  merger: Merger,
  conflict?: Conflict,
): Trial {
  const before = new Set(merger(state).conflicts.map(conflictKey))
  const { state: next, error } = executeBundle(state, command)
  const merged = merger(next)
  const trial: Trial = {
    state: next,
    merged,
    conflicts: merged.conflicts,
    resolves: conflict !== undefined && !merged.conflicts.some((c) => same(c, conflict)),
    added: merged.conflicts.filter((c) => !before.has(conflictKey(c))),
  }
  if (error !== undefined) trial.error = error
  return trial
}
