/**
 * When an item or a material applies, in words: the bundle's rules over the situation answers
 * (「项目是否包含…？」选「是」) printed next to what they switch on. Rules are read defensively
 * (a published version's rules were checked, but the guide never fails on an odd one).
 */
import type { PrintMaterial, PrintSituation } from '../../core/guide/guide-doc'

type Raw = Record<string, unknown>
const isObj = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v)
const MAX_DEPTH = 8

/** A rule over the answers as Chinese text; '' when it cannot be read. */
export function ruleText(rule: unknown, situations: PrintSituation[], depth = 0): string {
  if (!isObj(rule) || depth > MAX_DEPTH) return ''
  const parts = (v: unknown) =>
    (Array.isArray(v) ? v : []).map((r) => ruleText(r, situations, depth + 1)).filter(Boolean)
  if (Array.isArray(rule.all)) return parts(rule.all).join('，且')
  if (Array.isArray(rule.any)) return parts(rule.any).join('，或')
  if ('not' in rule) {
    const inner = ruleText(rule.not, situations, depth + 1)
    return inner ? `并非${inner}` : ''
  }
  const q = situations.find((s) => s.id === rule.q)
  if (!q) return ''
  const label = (v: unknown) =>
    `「${q.options.find((o) => o.value === String(v))?.label ?? (typeof v === 'boolean' ? (v ? '是' : '否') : String(v))}」`
  const title = `「${q.title || q.id}」`
  if ('eq' in rule) return `${title}选${label(rule.eq)}`
  if (Array.isArray(rule.in)) return `${title}选${rule.in.map(label).join('或')}`
  if (typeof rule.answered === 'boolean') return `${rule.answered ? '已回答' : '未回答'}${title}`
  return ''
}

export type Applicability = {
  /** item code → when it applies */
  items: Map<string, string>
  /** material key → when it applies */
  materials: Map<string, string>
}

/**
 * The condition of every item and material a rule switches. A material applies under its own
 * rule, or, when all the items needing it are conditional, under any of theirs.
 */
export function applicability(
  rules: unknown,
  situations: PrintSituation[],
  materials: PrintMaterial[],
): Applicability {
  const items = new Map<string, string>()
  const own = new Map<string, string>()
  for (const r of Array.isArray(rules) ? rules : []) {
    if (!isObj(r) || !isObj(r.target)) continue
    const text = ruleText(r.when, situations)
    const id = typeof r.target.id === 'string' ? r.target.id : ''
    if (!text || !id) continue
    if (r.target.type === 'item') items.set(id, text)
    if (r.target.type === 'material') own.set(id, text)
  }
  const out = new Map<string, string>()
  for (const m of materials) {
    const mine = own.get(m.key)
    if (mine) out.set(m.key, mine)
    else if (m.items.length && m.items.every((c) => items.has(c)))
      out.set(m.key, [...new Set(m.items.map((c) => items.get(c)))].join('；或'))
  }
  return { items, materials: out }
}
