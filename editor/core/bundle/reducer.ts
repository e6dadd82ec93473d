/**
 * The bundle composer's reducer: applies one command and returns the next state. Pure and total:
 * a command that cannot apply returns the same state object, and `executeBundle` says why in
 * Chinese; a command that changes nothing also returns the same state object. The parts of the
 * draft a command does not touch are shared with the previous state.
 */
import type {
  ApplicabilityRule,
  Binding,
  Guide,
  Material,
  Overrides,
  RuleTarget,
  SectionOverride,
  Situation,
} from '../../../runtime/core/types'
import { mapBundleRules, renameQuestionIn, renameValueIn, sameTarget } from './rules'
import { itemSectionKey, memberItems } from './state'
import type { BundleDoc, BundleState, Command, GuideListKey, MemberItem } from './types'
import {
  checkGuideEntry,
  checkGuideValue,
  checkMaterialValue,
  checkOption,
  checkQuestionId,
  checkRuleShape,
  checkSituation,
  checkText,
  GUIDE_LISTS,
  LIMITS,
  Refused,
  refuse,
  SLUG,
} from './validate'

export type Outcome = { state: BundleState; error?: string }

const withDoc = (state: BundleState, patch: Partial<BundleDoc>): BundleState => ({
  ...state,
  doc: { ...state.doc, ...patch },
})

const clampIndex = (index: number | undefined, length: number): number =>
  index === undefined || !Number.isFinite(index)
    ? length
    : Math.max(0, Math.min(length, Math.trunc(index)))

/** `list` with the entry at `from` moved to `to` (counted without it); the same array if no move. */
function moved<T>(list: readonly T[], from: number, to: number): T[] | readonly T[] {
  const at = clampIndex(to, list.length - 1)
  if (at === from) return list
  const out = [...list]
  const [x] = out.splice(from, 1)
  out.splice(at, 0, x as T)
  return out
}

const rejectKey = (item: string, path: string) => `${item}:${path}`

const codeOf = (state: BundleState, itemId: string): string =>
  state.members[itemId]?.code ?? refuse('该事项不在一件事中')

function checkMember(item: MemberItem) {
  if (!item || typeof item !== 'object') refuse('事项格式无效')
  if (typeof item.id !== 'string' || item.id === '') refuse('事项缺少编号')
  if (!Number.isInteger(item.version) || item.version < 1) refuse('只能加入已发布的事项版本')
  if (typeof item.code !== 'string' || item.code === '') refuse('事项缺少事项编码')
}

// ——— members ———

function addMember(state: BundleState, cmd: Extract<Command, { type: 'addMember' }>) {
  const item = cmd.item
  checkMember(item)
  if (state.doc.items.some((p) => p.itemId === item.id)) refuse(`事项「${item.name}」已在一件事中`)
  if (memberItems(state).some((m) => m.code === item.code))
    refuse(`同一事项只能加入一次：事项编码 ${item.code} 已在一件事中`)
  if (state.doc.items.length >= LIMITS.items) refuse(`一件事最多包含 ${LIMITS.items} 个事项`)
  const items = [...state.doc.items]
  items.splice(clampIndex(cmd.index, items.length), 0, { itemId: item.id, version: item.version })
  return { doc: { ...state.doc, items }, members: { ...state.members, [item.id]: item } }
}

/** Drops what belongs to an item code: bindings, rejections, its rules and section override. */
function withoutCode(doc: BundleDoc, code: string): Partial<BundleDoc> {
  const section = itemSectionKey(code)
  const out: Partial<BundleDoc> = {}
  const bindings = doc.bindings.filter((b) => b.item !== code)
  if (bindings.length !== doc.bindings.length) out.bindings = bindings
  const rejected = doc.rejected.filter((k) => !k.startsWith(`${code}:`))
  if (rejected.length !== doc.rejected.length) out.rejected = rejected
  const rules = doc.rules.filter(
    (r) =>
      !sameTarget(r?.target, { type: 'item', id: code }) &&
      !sameTarget(r?.target, { type: 'section', id: section }),
  )
  if (rules.length !== doc.rules.length) out.rules = rules
  const sections = doc.overrides.sections
  if (sections && Object.hasOwn(sections, section)) {
    const { [section]: _gone, ...rest } = sections
    out.overrides = { ...doc.overrides, sections: rest }
  }
  return out
}

function removeMember(state: BundleState, itemId: string) {
  const code = codeOf(state, itemId)
  const { [itemId]: _gone, ...members } = state.members
  const doc: BundleDoc = {
    ...state.doc,
    items: state.doc.items.filter((p) => p.itemId !== itemId),
    ...withoutCode(state.doc, code),
  }
  return { doc, members }
}

/** Rewrites what names an item code (an upgrade may change the code). */
function renameCode(doc: BundleDoc, from: string, to: string): Partial<BundleDoc> {
  if (from === to) return {}
  const fromSection = itemSectionKey(from)
  const toSection = itemSectionKey(to)
  const retarget = (t: RuleTarget): RuleTarget =>
    t?.type === 'item' && t.id === from
      ? { ...t, id: to }
      : t?.type === 'section' && t.id === fromSection
        ? { ...t, id: toSection }
        : t
  const out: Partial<BundleDoc> = {
    bindings: doc.bindings.map((b) => (b.item === from ? { ...b, item: to } : b)),
    rejected: doc.rejected.map((k) => (k.startsWith(`${from}:`) ? to + k.slice(from.length) : k)),
    rules: doc.rules.map((r) =>
      retarget(r.target) === r.target ? r : { ...r, target: retarget(r.target) },
    ),
  }
  const sections = doc.overrides.sections
  if (sections && Object.hasOwn(sections, fromSection)) {
    const next: Record<string, SectionOverride> = {}
    for (const [k, v] of Object.entries(sections)) next[k === fromSection ? toSection : k] = v
    out.overrides = { ...doc.overrides, sections: next }
  }
  return out
}

function upgradeMember(state: BundleState, item: MemberItem) {
  checkMember(item)
  const current = state.members[item.id] ?? refuse('该事项不在一件事中')
  if (current.version === item.version && current === item) return state
  if (item.code !== current.code && memberItems(state).some((m) => m.code === item.code))
    refuse(`同一事项只能加入一次：事项编码 ${item.code} 已在一件事中`)
  const doc: BundleDoc = {
    ...state.doc,
    items: state.doc.items.map((p) =>
      p.itemId === item.id ? { itemId: item.id, version: item.version } : p,
    ),
    ...renameCode(state.doc, current.code, item.code),
  }
  return { doc, members: { ...state.members, [item.id]: item } }
}

function moveMember(state: BundleState, itemId: string, index: number) {
  const from = state.doc.items.findIndex((p) => p.itemId === itemId)
  if (from < 0) refuse('该事项不在一件事中')
  const items = moved(state.doc.items, from, index)
  return items === state.doc.items ? state : withDoc(state, { items: [...items] })
}

// ——— bindings and suggestions ———

function bind(state: BundleState, list: Binding[]) {
  if (!Array.isArray(list) || list.length === 0) refuse('没有要绑定的字段')
  const codes = new Set(memberItems(state).map((m) => m.code))
  let bindings = state.doc.bindings
  let rejected = state.doc.rejected
  for (const b of list) {
    if (!b || !codes.has(b.item)) refuse(`事项 ${String(b?.item)} 不在一件事中`)
    const path = checkText(b.path, '字段路径', LIMITS.path)
    if (path === '') refuse('字段路径不能为空')
    const element = checkText(b.element, '数据元编号', LIMITS.element)
    const at = bindings.findIndex((x) => x.item === b.item && x.path === path)
    const next = { item: b.item, path, element }
    if (at >= 0) {
      if (bindings[at]?.element !== element)
        bindings = bindings.map((x, i) => (i === at ? next : x))
    } else {
      if (bindings.length >= LIMITS.bindings) refuse(`一件事最多 ${LIMITS.bindings} 个绑定`)
      bindings = [...bindings, next]
    }
    const key = rejectKey(b.item, path)
    if (rejected.includes(key)) rejected = rejected.filter((k) => k !== key)
  }
  if (bindings === state.doc.bindings && rejected === state.doc.rejected) return state
  return withDoc(state, { bindings, rejected })
}

function clearBinding(state: BundleState, item: string, path: string) {
  const bindings = state.doc.bindings.filter((b) => b.item !== item || b.path !== path)
  return bindings.length === state.doc.bindings.length ? state : withDoc(state, { bindings })
}

function reject(state: BundleState, item: string, path: string) {
  if (!memberItems(state).some((m) => m.code === item)) refuse(`事项 ${item} 不在一件事中`)
  const key = checkText(rejectKey(item, path), '字段路径', 600)
  if (state.doc.rejected.includes(key)) return state
  if (state.doc.rejected.length >= LIMITS.rejected) refuse('忽略的建议过多')
  return withDoc(state, { rejected: [...state.doc.rejected, key] })
}

function unreject(state: BundleState, item: string, path: string) {
  const key = rejectKey(item, path)
  const rejected = state.doc.rejected.filter((k) => k !== key)
  return rejected.length === state.doc.rejected.length ? state : withDoc(state, { rejected })
}

// ——— overrides ———

function withSections(
  state: BundleState,
  fn: (sections: Record<string, SectionOverride>) => Record<string, SectionOverride>,
): BundleState {
  const before = state.doc.overrides.sections ?? {}
  const after = fn({ ...before })
  const same =
    Object.keys(after).length === Object.keys(before).length &&
    Object.entries(after).every(
      ([k, v]) =>
        Object.hasOwn(before, k) &&
        before[k]?.title === v.title &&
        before[k]?.order === v.order &&
        Object.keys(before[k] ?? {}).length === Object.keys(v).length,
    )
  if (same) return state
  const overrides: Overrides = { ...state.doc.overrides, sections: after }
  return withDoc(state, { overrides })
}

function setSection(state: BundleState, cmd: Extract<Command, { type: 'setSection' }>) {
  const key = checkText(cmd.key, '分区', 200)
  const patch = cmd.patch ?? {}
  if (patch.title !== undefined && patch.title !== null) checkText(patch.title, '分区标题', 200)
  if (
    patch.order !== undefined &&
    patch.order !== null &&
    !(typeof patch.order === 'number' && Number.isFinite(patch.order))
  )
    refuse('分区顺序应为数字')
  return withSections(state, (sections) => {
    const own: SectionOverride = { ...(Object.hasOwn(sections, key) ? sections[key] : {}) }
    for (const k of ['title', 'order'] as const) {
      const v = patch[k]
      if (v === null) delete own[k]
      else if (v !== undefined) (own as Record<string, unknown>)[k] = v
    }
    if (Object.keys(own).length === 0) delete sections[key]
    else sections[key] = own
    return sections
  })
}

function orderSections(state: BundleState, keys: string[]) {
  if (!Array.isArray(keys) || keys.some((k) => typeof k !== 'string'))
    refuse('分区顺序应为分区列表')
  if (new Set(keys).size !== keys.length) refuse('分区顺序中有重复的分区')
  return withSections(state, (sections) => {
    keys.forEach((k, i) => {
      sections[k] = { ...(Object.hasOwn(sections, k) ? sections[k] : {}), order: i + 1 }
    })
    return sections
  })
}

function setMaterial(state: BundleState, cmd: Extract<Command, { type: 'setMaterial' }>) {
  const key = checkText(cmd.key, '材料', 200)
  if (key === '') refuse('材料标识不能为空')
  const materials = state.doc.overrides.materials ?? {}
  const before: Partial<Material> = Object.hasOwn(materials, key) ? (materials[key] ?? {}) : {}
  const own: Record<string, unknown> = { ...before }
  let changed = false
  for (const [k, v] of Object.entries(cmd.patch ?? {})) {
    if (v === undefined) continue
    if (v === null) {
      if (Object.hasOwn(own, k)) {
        delete own[k]
        changed = true
      }
      continue
    }
    const value = checkMaterialValue(k, v)
    if (own[k] !== value) {
      own[k] = value
      changed = true
    }
  }
  if (!changed) return state
  const next: Record<string, Partial<Material>> = { ...materials }
  if (Object.keys(own).length === 0) delete next[key]
  else next[key] = own as Partial<Material>
  return withDoc(state, { overrides: { ...state.doc.overrides, materials: next } })
}

function resetMaterial(state: BundleState, key: string) {
  const materials = state.doc.overrides.materials ?? {}
  if (!Object.hasOwn(materials, key)) return state
  const { [key]: _gone, ...rest } = materials
  return withDoc(state, { overrides: { ...state.doc.overrides, materials: rest } })
}

// ——— situations ———

const questionIndex = (state: BundleState, id: string): number => {
  const i = state.doc.situations.findIndex((s) => s.id === id)
  return i >= 0 ? i : refuse(`没有情形问题「${id}」`)
}

function replaceQuestion(state: BundleState, i: number, next: Situation): BundleState {
  const situations = state.doc.situations.map((s, j) => (j === i ? next : s))
  return withDoc(state, { situations })
}

function addSituation(state: BundleState, cmd: Extract<Command, { type: 'addSituation' }>) {
  const s = checkSituation(cmd.situation)
  if (state.doc.situations.some((x) => x.id === s.id)) refuse(`情形问题编号「${s.id}」已存在`)
  if (state.doc.situations.length >= LIMITS.situations)
    refuse(`一件事最多 ${LIMITS.situations} 个情形问题`)
  const situations = [...state.doc.situations]
  situations.splice(clampIndex(cmd.index, situations.length), 0, s)
  return withDoc(state, { situations })
}

function updateSituation(state: BundleState, cmd: Extract<Command, { type: 'updateSituation' }>) {
  const i = questionIndex(state, cmd.id)
  const old = state.doc.situations[i] as Situation
  const patch = cmd.patch ?? {}
  const next: Situation = { ...old }
  let changed = false
  const set = <K extends keyof Situation>(k: K, v: Situation[K] | undefined) => {
    if (v === undefined) {
      if (Object.hasOwn(next, k)) {
        delete next[k]
        changed = true
      }
    } else if (next[k] !== v) {
      next[k] = v
      changed = true
    }
  }
  if (patch.title !== undefined) set('title', checkText(patch.title, '问题标题', LIMITS.title))
  if (patch.kind !== undefined) {
    if (patch.kind !== 'single' && patch.kind !== 'multiple') refuse('题型应为单选或多选')
    set('kind', patch.kind)
  }
  if (patch.help !== undefined)
    set('help', patch.help === null ? undefined : checkText(patch.help, '问题说明', LIMITS.help))
  if (patch.when !== undefined)
    set('when', patch.when === null ? undefined : checkRuleShape(patch.when, '追问条件'))
  let renamed: string | undefined
  if (patch.id !== undefined && patch.id !== old.id) {
    renamed = checkQuestionId(patch.id)
    if (state.doc.situations.some((s) => s.id === renamed))
      refuse(`情形问题编号「${renamed}」已存在`)
    set('id', renamed)
  }
  if (!changed) return state
  let after = replaceQuestion(state, i, next)
  if (renamed !== undefined) {
    const to = renamed
    after = withDoc(
      after,
      mapBundleRules(after.doc.situations, after.doc.rules, (r) => renameQuestionIn(r, old.id, to)),
    )
  }
  return after
}

function removeSituation(state: BundleState, id: string) {
  const i = questionIndex(state, id)
  return withDoc(state, { situations: state.doc.situations.filter((_, j) => j !== i) })
}

function moveSituation(state: BundleState, id: string, index: number) {
  const situations = moved(state.doc.situations, questionIndex(state, id), index)
  return situations === state.doc.situations
    ? state
    : withDoc(state, { situations: [...situations] })
}

const optionIndex = (s: Situation, value: string): number => {
  const i = s.options.findIndex((o) => o.value === value)
  return i >= 0 ? i : refuse(`情形问题「${s.title || s.id}」没有选项「${value}」`)
}

function addOption(state: BundleState, cmd: Extract<Command, { type: 'addOption' }>) {
  const i = questionIndex(state, cmd.question)
  const s = state.doc.situations[i] as Situation
  const option = checkOption(cmd.option)
  if (s.options.some((o) => o.value === option.value)) refuse(`选项值「${option.value}」重复`)
  if (s.options.length >= LIMITS.options) refuse(`一个情形问题最多 ${LIMITS.options} 个选项`)
  const options = [...s.options]
  options.splice(clampIndex(cmd.index, options.length), 0, option)
  return replaceQuestion(state, i, { ...s, options })
}

function updateOption(state: BundleState, cmd: Extract<Command, { type: 'updateOption' }>) {
  const i = questionIndex(state, cmd.question)
  const s = state.doc.situations[i] as Situation
  const j = optionIndex(s, cmd.value)
  const old = s.options[j] as Situation['options'][number]
  const next = checkOption({ ...old, ...cmd.patch })
  if (next.value === old.value && next.label === old.label) return state
  if (next.value !== old.value && s.options.some((o) => o.value === next.value))
    refuse(`选项值「${next.value}」重复`)
  const options = s.options.map((o, k) => (k === j ? next : o))
  const after = replaceQuestion(state, i, { ...s, options })
  if (next.value === old.value) return after
  return withDoc(
    after,
    mapBundleRules(after.doc.situations, after.doc.rules, (r) =>
      renameValueIn(r, s.id, old.value, next.value),
    ),
  )
}

function removeOption(state: BundleState, question: string, value: string) {
  const i = questionIndex(state, question)
  const s = state.doc.situations[i] as Situation
  const j = optionIndex(s, value)
  return replaceQuestion(state, i, { ...s, options: s.options.filter((_, k) => k !== j) })
}

function moveOption(state: BundleState, question: string, value: string, index: number) {
  const i = questionIndex(state, question)
  const s = state.doc.situations[i] as Situation
  const options = moved(s.options, optionIndex(s, value), index)
  return options === s.options ? state : replaceQuestion(state, i, { ...s, options: [...options] })
}

function setRule(state: BundleState, cmd: Extract<Command, { type: 'setRule' }>) {
  const target = cmd.target
  if (!target || !['item', 'material', 'section'].includes(target.type))
    refuse('规则目标类型应为事项、材料或表单分区')
  const id = checkText(target.id, '规则目标', 200)
  if (id === '') refuse('规则目标不能为空')
  const rules = state.doc.rules
  const first = rules.findIndex((r) => sameTarget(r?.target, target))
  const rest = rules.filter((r) => !sameTarget(r?.target, target))
  if (cmd.when === null) return first < 0 ? state : withDoc(state, { rules: rest })
  const rule: ApplicabilityRule = {
    target: { type: target.type, id },
    when: checkRuleShape(cmd.when, '适用条件'),
  }
  if (first >= 0 && rest.length === rules.length - 1 && rules[first]?.when === cmd.when)
    return state
  if (first < 0 && rules.length >= LIMITS.rules) refuse(`一件事最多 ${LIMITS.rules} 条规则`)
  const next = [...rest]
  next.splice(first < 0 ? next.length : first, 0, rule)
  return withDoc(state, { rules: next })
}

// ——— guide ———

function setGuide(state: BundleState, patch: Extract<Command, { type: 'setGuide' }>['patch']) {
  const guide: Record<string, unknown> = { ...state.doc.guide }
  let changed = false
  for (const [k, v] of Object.entries(patch ?? {})) {
    if (v === undefined) continue
    if (v === null) {
      if (Object.hasOwn(guide, k)) {
        delete guide[k]
        changed = true
      }
      continue
    }
    const value = checkGuideValue(k, v)
    if (guide[k] !== v) {
      guide[k] = value
      changed = true
    }
  }
  return changed ? withDoc(state, { guide: guide as Partial<Guide> }) : state
}

const guideList = (state: BundleState, list: GuideListKey): unknown[] => {
  if (!GUIDE_LISTS.includes(list)) refuse(`办事指南没有列表「${String(list)}」`)
  const v = (state.doc.guide as Record<string, unknown>)[list]
  return Array.isArray(v) ? v : []
}

const withList = (state: BundleState, list: GuideListKey, entries: unknown[]) =>
  withDoc(state, { guide: { ...state.doc.guide, [list]: entries } })

const entryIndex = (entries: unknown[], index: number): number =>
  Number.isInteger(index) && index >= 0 && index < entries.length
    ? index
    : refuse('办事指南中没有该条目')

function updateGuideEntry(state: BundleState, list: GuideListKey, index: number, value: unknown) {
  const entries = guideList(state, list)
  const i = entryIndex(entries, index)
  const old = entries[i]
  let next: unknown
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    // object entries take a patch; null removes an optional property
    const merged: Record<string, unknown> = {
      ...(old && typeof old === 'object' ? (old as Record<string, unknown>) : {}),
    }
    for (const [k, v] of Object.entries(value)) {
      if (v === null) delete merged[k]
      else if (v !== undefined) merged[k] = v
    }
    next = checkGuideEntry(list, merged)
  } else next = checkGuideEntry(list, value)
  if (JSON.stringify(next) === JSON.stringify(old)) return state
  return withList(
    state,
    list,
    entries.map((e, j) => (j === i ? next : e)),
  )
}

// ——— the reducer ———

function apply(state: BundleState, cmd: Command): BundleState {
  if (!cmd || typeof cmd !== 'object') refuse('操作格式无效')
  switch (cmd.type) {
    case 'setMeta': {
      const p = cmd.patch ?? {}
      const doc: Partial<BundleDoc> = {}
      if (p.name !== undefined) doc.name = checkText(p.name, '名称', LIMITS.name)
      if (p.stage !== undefined) doc.stage = checkText(p.stage, '阶段', LIMITS.stage)
      if (p.leadDepartmentId !== undefined)
        doc.leadDepartmentId = checkText(p.leadDepartmentId, '牵头部门')
      if (p.slug !== undefined) {
        const slug = checkText(p.slug, 'slug', LIMITS.slug)
        if (slug !== '' && !SLUG.test(slug))
          refuse('slug 只能包含小写字母、数字和 -，且以字母或数字开头')
        doc.slug = slug
      }
      const changed = Object.entries(doc).some(([k, v]) => state.doc[k as keyof BundleDoc] !== v)
      return changed ? withDoc(state, doc) : state
    }
    case 'addMember':
      return addMember(state, cmd)
    case 'removeMember':
      return removeMember(state, cmd.itemId)
    case 'upgradeMember':
      return upgradeMember(state, cmd.item)
    case 'moveMember':
      return moveMember(state, cmd.itemId, cmd.index)
    case 'bind':
      return bind(state, cmd.bindings)
    case 'clearBinding':
      return clearBinding(state, cmd.item, cmd.path)
    case 'reject':
      return reject(state, cmd.item, cmd.path)
    case 'unreject':
      return unreject(state, cmd.item, cmd.path)
    case 'setSection':
      return setSection(state, cmd)
    case 'orderSections':
      return orderSections(state, cmd.keys)
    case 'setMaterial':
      return setMaterial(state, cmd)
    case 'resetMaterial':
      return resetMaterial(state, cmd.key)
    case 'addSituation':
      return addSituation(state, cmd)
    case 'updateSituation':
      return updateSituation(state, cmd)
    case 'removeSituation':
      return removeSituation(state, cmd.id)
    case 'moveSituation':
      return moveSituation(state, cmd.id, cmd.index)
    case 'addOption':
      return addOption(state, cmd)
    case 'updateOption':
      return updateOption(state, cmd)
    case 'removeOption':
      return removeOption(state, cmd.question, cmd.value)
    case 'moveOption':
      return moveOption(state, cmd.question, cmd.value, cmd.index)
    case 'setRule':
      return setRule(state, cmd)
    case 'setGuide':
      return setGuide(state, cmd.patch)
    case 'addGuideEntry': {
      const entries = guideList(state, cmd.list)
      const next = [...entries]
      next.splice(clampIndex(cmd.index, next.length), 0, checkGuideEntry(cmd.list, cmd.value))
      return withList(state, cmd.list, next)
    }
    case 'updateGuideEntry':
      return updateGuideEntry(state, cmd.list, cmd.index, cmd.value)
    case 'removeGuideEntry': {
      const entries = guideList(state, cmd.list)
      const i = entryIndex(entries, cmd.index)
      return withList(
        state,
        cmd.list,
        entries.filter((_, j) => j !== i),
      )
    }
    case 'moveGuideEntry': {
      const entries = guideList(state, cmd.list)
      const next = moved(entries, entryIndex(entries, cmd.index), cmd.to)
      return next === entries ? state : withList(state, cmd.list, [...next])
    }
    default:
      return refuse(`未知的操作「${String((cmd as { type?: unknown }).type)}」`)
  }
}

/** The next state, or the same state with the refusal's Chinese reason. */
export function executeBundle(state: BundleState, command: Command): Outcome {
  try {
    return { state: apply(state, command) }
  } catch (e) {
    if (e instanceof Refused) return { state, error: e.message }
    throw e
  }
}

/** The next state; a refused command returns the same state object. */
export const reduceBundle = (state: BundleState, command: Command): BundleState =>
  executeBundle(state, command).state
