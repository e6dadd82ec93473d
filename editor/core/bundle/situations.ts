/**
 * The situations editor's derived views: validation (runtime checkSituations against the merged
 * targets), what rules can target, and the coverage table — every combination of answers tailored
 * with runtime/core/tailor, with flags where a combination yields nothing or contradicts itself.
 */
import type { MergeOutput } from '../../../runtime/core/merge/types'
import { schemaAt, splitPath } from '../../../runtime/core/schema'
import {
  checkSituations,
  enumerateAnswers,
  type Issue,
  normalizeAnswers,
  ruleQuestions,
} from '../../../runtime/core/situations'
import {
  type TailorInput,
  type TailorResult,
  tailor,
  tailoredFieldCount,
} from '../../../runtime/core/tailor'
import { hasRule, rulesHold } from '../../../runtime/core/tailor/rules-hold'
import type { Answers, Rule, RuleTarget, Situation } from '../../../runtime/core/types'
import { sectionsOf } from './merged'
import { ruleOf } from './rules'
import { memberItems } from './state'
import type { BundleState } from './types'

/** The bundle as tailoring sees it (what a published version would hold). */
export function tailorInput(state: BundleState, merged: MergeOutput): TailorInput {
  return {
    schema: merged.schema,
    uiSchema: merged.uiSchema,
    mapping: merged.mapping,
    materials: merged.materials,
    situations: state.doc.situations,
    rules: state.doc.rules,
    items: memberItems(state).map((i) => ({
      code: i.code,
      name: i.name,
      department: i.department,
      version: i.version,
    })),
  }
}

/** What the publish check of the API reports for situations and rules (422 on publish). */
export function situationIssues(state: BundleState, merged: MergeOutput): Issue[] {
  return checkSituations(state.doc.situations, state.doc.rules, {
    items: memberItems(state).map((i) => i.code),
    materials: merged.materials.map((m) => m.key),
    sections: Object.keys(merged.schema.properties ?? {}),
  })
}

export type RuleTargetView = {
  target: RuleTarget
  /** 事项名称, 材料名称, 分区标题 */
  title: string
  /** item: its department; material: the items needing it; section: the item or 公共 */
  note: string
  rule?: Rule
}

/** Everything a rule can switch, with its current rule: items, then sections, then materials. */
export function ruleTargets(state: BundleState, merged: MergeOutput): RuleTargetView[] {
  const rules = state.doc.rules
  const items = memberItems(state)
  const nameOf = new Map(items.map((i) => [i.code, i.name]))
  const view = (target: RuleTarget, title: string, note: string): RuleTargetView => {
    const rule = ruleOf(rules, target)
    return rule === undefined ? { target, title, note } : { target, title, note, rule }
  }
  return [
    ...items.map((i) => view({ type: 'item', id: i.code }, i.name, i.department)),
    ...sectionsOf(state, merged).map((s) =>
      view(
        { type: 'section', id: s.key },
        s.title,
        s.item !== undefined ? (nameOf.get(s.item) ?? s.item) : '公共信息',
      ),
    ),
    ...merged.materials.map((m) =>
      view(
        { type: 'material', id: m.key },
        m.name,
        m.items.map((c) => nameOf.get(c) ?? c).join('、'),
      ),
    ),
  ]
}

/** Where a question is used: follow-ups shown under it and rules reading it. */
export function questionUsage(
  state: BundleState,
  id: string,
): { followUps: string[]; rules: RuleTarget[] } {
  return {
    followUps: state.doc.situations
      .filter((s) => s.when !== undefined && ruleQuestions(s.when).includes(id))
      .map((s) => s.id),
    rules: state.doc.rules.filter((r) => ruleQuestions(r.when).includes(id)).map((r) => r.target),
  }
}

export type CoverageFlagCode =
  /** no item applies */
  | 'no-items'
  /** the tailored form has no field */
  | 'empty-form'
  /** a material's rule holds but no item that needs it applies */
  | 'material-without-item'
  /** a section's rule holds but the section has no field left */
  | 'section-without-fields'
  /** an item applies but fields it requires are not in the form (a section rule hides them) */
  | 'item-fields-hidden'
  /** an item applies and needs a required material whose rule does not hold */
  | 'required-material-excluded'

export type CoverageFlag = { code: CoverageFlagCode; message: string; target?: RuleTarget }

/**
 * The flags of one combination of answers, given its tailored result: combinations that yield
 * nothing (no item, no field) or contradict (a rule switching on a material or section that no
 * applicable item needs, an applicable item whose required fields or required materials the rules
 * switch off). The first four messages are those of runtime/core/tailor `coverage`.
 */
export function coverageFlags(
  bundle: TailorInput,
  answers: Answers,
  result: TailorResult,
): CoverageFlag[] {
  const rules = bundle.rules ?? []
  const norm = normalizeAnswers(bundle.situations ?? [], answers)
  const applicable = new Set(result.items.map((i) => i.code))
  const flags: CoverageFlag[] = []
  if (applicable.size === 0) flags.push({ code: 'no-items', message: '没有适用的事项' })
  if (tailoredFieldCount(result) === 0)
    flags.push({ code: 'empty-form', message: '表单没有任何字段' })
  for (const m of bundle.materials ?? []) {
    const target = { type: 'material', id: m.key } as const
    if (!hasRule(rules, target)) continue
    const holds = rulesHold(rules, target, norm)
    const needing = (m.items ?? []).filter((c) => applicable.has(c))
    if (holds && needing.length === 0)
      flags.push({
        code: 'material-without-item',
        message: `材料「${m.name}」的适用条件成立，但需要它的事项都不适用`,
        target,
      })
    if (!holds && needing.length > 0 && m.requirement === 'required') {
      const names = needing.map((c) => bundle.items.find((i) => i.code === c)?.name ?? c)
      flags.push({
        code: 'required-material-excluded',
        message: `事项「${names.join('、')}」适用且「${m.name}」为必要材料，但该材料的适用条件不成立`,
        target,
      })
    }
  }
  const sections = bundle.schema?.properties ?? {}
  const shown = result.schema.properties ?? {}
  for (const key of Object.keys(sections)) {
    const target = { type: 'section', id: key } as const
    if (!hasRule(rules, target) || !rulesHold(rules, target, norm)) continue
    if (!Object.hasOwn(shown, key))
      flags.push({
        code: 'section-without-fields',
        message: `表单分区「${sections[key]?.title || key}」的适用条件成立，但该分区没有字段`,
        target,
      })
  }
  const hidden = new Map<string, Set<string>>()
  for (const e of bundle.mapping ?? []) {
    if (!e.required || !applicable.has(e.item)) continue
    if (schemaAt(result.schema, e.merged) !== undefined) continue
    const set = hidden.get(e.item) ?? new Set<string>()
    set.add(splitPath(e.merged)[0] ?? '')
    hidden.set(e.item, set)
  }
  for (const [code, keys] of hidden) {
    const name = bundle.items.find((i) => i.code === code)?.name ?? code
    const titles = [...keys].map((k) => `「${sections[k]?.title || k}」`).join('、')
    flags.push({
      code: 'item-fields-hidden',
      message: `事项「${name}」适用，但它的必填字段所在的表单分区${titles}的适用条件不成立`,
      target: { type: 'item', id: code },
    })
  }
  return flags
}

export type CoverageRow = {
  answers: Answers
  /** applicable item codes */
  items: string[]
  /** material keys to hand in */
  materials: string[]
  /** field count of the tailored form */
  fields: number
  flags: CoverageFlag[]
}

export type CoverageTable = {
  rows: CoverageRow[]
  /** more combinations than the limit: rows are the first `limit` */
  truncated: boolean
  /** targets that apply in no combination (only when not truncated) */
  never: RuleTarget[]
}

/**
 * Tailors the draft for every combination of answers (runtime enumerateAnswers: follow-ups only
 * where shown, multiple choice as every subset) and flags each. Costs one tailor per combination.
 */
export function coverageTable(
  state: BundleState,
  merged: MergeOutput,
  limit = 1024,
): CoverageTable {
  const input = tailorInput(state, merged)
  const { combos, truncated } = enumerateAnswers(input.situations, limit)
  const seen = { item: new Set<string>(), material: new Set<string>(), section: new Set<string>() }
  const rows = combos.map((answers): CoverageRow => {
    const result = tailor(input, answers)
    const items = result.items.map((i) => i.code)
    const materials = result.materials.map((m) => m.key)
    for (const c of items) seen.item.add(c)
    for (const k of materials) seen.material.add(k)
    for (const k of Object.keys(result.schema.properties ?? {})) seen.section.add(k)
    return {
      answers,
      items,
      materials,
      fields: tailoredFieldCount(result),
      flags: coverageFlags(input, answers, result),
    }
  })
  const never: RuleTarget[] = truncated
    ? []
    : [
        ...input.items
          .filter((i) => !seen.item.has(i.code))
          .map((i) => ({ type: 'item', id: i.code }) as const),
        ...Object.keys(input.schema.properties ?? {})
          .filter((k) => !seen.section.has(k))
          .map((k) => ({ type: 'section', id: k }) as const),
        ...input.materials
          .filter((m) => !seen.material.has(m.key))
          .map((m) => ({ type: 'material', id: m.key }) as const),
      ]
  return { rows, truncated, never }
}

/** A combination of answers in words: question titles with the chosen option labels. */
export function answerLabels(
  situations: Situation[],
  answers: Answers,
): { question: string; answer: string }[] {
  return situations
    .filter((s) => Object.hasOwn(answers, s.id))
    .map((s) => {
      const v = answers[s.id]
      const values = Array.isArray(v) ? v : [v]
      const label = (x: unknown) => s.options.find((o) => o.value === x)?.label ?? String(x)
      return {
        question: s.title || s.id,
        answer: values.length === 0 ? '（都不选）' : values.map(label).join('、'),
      }
    })
}
