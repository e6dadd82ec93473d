import { enumerateAnswers } from '../situations/enumerate-answers'
import { normalizeAnswers } from '../situations/normalize-answers'
import type { Answers } from '../types'
import { hasRule, rulesHold } from './rules-hold'
import { tailor } from './tailor'
import { tailoredFieldCount } from './tailored-field-count'
import type { TailorInput } from './types'

export type CoverageRow = {
  answers: Answers
  /** applicable item codes */
  items: string[]
  /** material keys to hand in */
  materials: string[]
  /** field count of the tailored form */
  fields: number
  /** problems of this combination, in Chinese */
  flags: string[]
}

export type Coverage = { rows: CoverageRow[]; truncated: boolean }

/**
 * Tailors the bundle for every combination of answers, to show the lead department what each
 * applicant gets and where the rules leave nothing or contradict the members' needs.
 */
export function coverage(bundle: TailorInput, limit = 4096): Coverage {
  const { combos, truncated } = enumerateAnswers(bundle.situations ?? [], limit)
  const rules = bundle.rules ?? []
  const rows = combos.map((answers): CoverageRow => {
    const result = tailor(bundle, answers)
    const norm = normalizeAnswers(bundle.situations ?? [], answers)
    const fields = tailoredFieldCount(result)
    const codes = result.items.map((i) => i.code)
    const flags: string[] = []
    if (codes.length === 0) flags.push('没有适用的事项')
    if (fields === 0) flags.push('表单没有任何字段')
    for (const m of bundle.materials ?? []) {
      const target = { type: 'material', id: m.key } as const
      if (!hasRule(rules, target) || !rulesHold(rules, target, norm)) continue
      if (!(m.items ?? []).some((c) => codes.includes(c)))
        flags.push(`材料「${m.name}」的适用条件成立，但需要它的事项都不适用`)
    }
    const sections = bundle.schema?.properties ?? {}
    const shown = result.schema.properties ?? {}
    for (const key of Object.keys(sections)) {
      const target = { type: 'section', id: key } as const
      if (!hasRule(rules, target) || !rulesHold(rules, target, norm)) continue
      if (!Object.hasOwn(shown, key))
        flags.push(`表单分区「${sections[key]?.title || key}」的适用条件成立，但该分区没有字段`)
    }
    return { answers, items: codes, materials: result.materials.map((m) => m.key), fields, flags }
  })
  return { rows, truncated }
}
