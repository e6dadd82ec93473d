import type { ApplicabilityRule, Situation } from '../types'
import { checkRule } from './check-rule'
import type { Issue } from './issue'
import { ruleQuestions } from './rule-questions'

/** What rules may switch: item codes, merged material keys, merged section keys. */
export type SituationTargets = { items: string[]; materials: string[]; sections: string[] }

const TARGET_NAMES = { item: '事项', material: '材料', section: '表单分区' } as const

function checkQuestion(s: Situation, i: number, firstIndex: Map<string, number>): Issue[] {
  const issues: Issue[] = []
  const at = `situations.${i}`
  if (typeof s.id !== 'string' || s.id === '') {
    issues.push({ path: `${at}.id`, message: '情形问题缺少编号' })
  } else if (firstIndex.get(s.id) !== i) {
    issues.push({ path: `${at}.id`, message: `情形问题编号「${s.id}」重复` })
  }
  const name = s.title || s.id
  if (!s.title) issues.push({ path: `${at}.title`, message: `情形问题「${s.id}」缺少标题` })
  if (s.kind !== 'single' && s.kind !== 'multiple')
    issues.push({ path: `${at}.kind`, message: `情形问题「${name}」的题型应为单选或多选` })
  if (!Array.isArray(s.options) || s.options.length === 0) {
    issues.push({ path: `${at}.options`, message: `情形问题「${name}」没有选项` })
    return issues
  }
  const values = new Set<string>()
  s.options.forEach((o, j) => {
    const oat = `${at}.options.${j}`
    if (typeof o?.value !== 'string' || o.value === '') {
      issues.push({ path: `${oat}.value`, message: `情形问题「${name}」的选项缺少取值` })
      return
    }
    if (values.has(o.value))
      issues.push({
        path: `${oat}.value`,
        message: `情形问题「${name}」的选项值「${o.value}」重复`,
      })
    values.add(o.value)
    if (!o.label) issues.push({ path: `${oat}.label`, message: `选项「${o.value}」缺少名称` })
  })
  return issues
}

/** Cycles among `when` references (depth-first, each found once), reported at their first member. */
function checkCycles(seen: Map<string, Situation>, firstIndex: Map<string, number>): Issue[] {
  const issues: Issue[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const walk = (id: string, stack: string[]) => {
    if (state.get(id) === 'done') return
    if (state.get(id) === 'visiting') {
      const cycle = stack.slice(stack.indexOf(id))
      const rank = (q: string) => firstIndex.get(q) ?? 0
      const first = cycle.reduce((a, b) => (rank(b) < rank(a) ? b : a))
      const start = cycle.indexOf(first)
      const ring = [...cycle.slice(start), ...cycle.slice(0, start), first]
      issues.push({
        path: `situations.${rank(first)}.when`,
        message: `情形问题的显示条件形成循环：${ring.join(' → ')}`,
      })
      return
    }
    state.set(id, 'visiting')
    for (const q of ruleQuestions(seen.get(id)?.when)) if (seen.has(q)) walk(q, [...stack, id])
    state.set(id, 'done')
  }
  for (const id of seen.keys()) walk(id, [])
  return issues
}

/**
 * Checks a bundle's situations and applicability rules: ids, options, references of `when` and of
 * rules to questions and options, cycles among follow-ups, and that rule targets exist.
 */
export function checkSituations(
  situations: Situation[],
  rules: ApplicabilityRule[],
  targets: SituationTargets,
): Issue[] {
  const seen = new Map<string, Situation>()
  const firstIndex = new Map<string, number>()
  situations.forEach((s, i) => {
    if (typeof s?.id !== 'string' || seen.has(s.id)) return
    seen.set(s.id, s)
    firstIndex.set(s.id, i)
  })
  const issues: Issue[] = []
  situations.forEach((s, i) => {
    issues.push(...checkQuestion(s, i, firstIndex))
    if (s.when !== undefined) issues.push(...checkRule(s.when, `situations.${i}.when`, seen))
  })
  issues.push(...checkCycles(seen, firstIndex))
  const known = {
    item: new Set(targets.items),
    material: new Set(targets.materials),
    section: new Set(targets.sections),
  }
  rules.forEach((r, j) => {
    const at = `rules.${j}`
    const type = r?.target?.type
    if (type !== 'item' && type !== 'material' && type !== 'section') {
      issues.push({ path: `${at}.target.type`, message: '规则目标类型应为事项、材料或表单分区' })
    } else if (!known[type].has(r.target.id)) {
      const what = TARGET_NAMES[type]
      issues.push({ path: `${at}.target.id`, message: `规则的目标${what}「${r.target.id}」不存在` })
    }
    if (r?.when === undefined) issues.push({ path: `${at}.when`, message: '规则缺少条件' })
    else issues.push(...checkRule(r.when, `${at}.when`, seen))
  })
  return issues
}
