import type { Rule } from '../types'

/** The question ids a rule reads, in first-seen order, without duplicates. */
export function ruleQuestions(rule: Rule | undefined): string[] {
  const out = new Set<string>()
  const walk = (r: unknown) => {
    if (!r || typeof r !== 'object') return
    const node = r as Record<string, unknown>
    if (Array.isArray(node.all)) node.all.forEach(walk)
    else if (Array.isArray(node.any)) node.any.forEach(walk)
    else if ('not' in node) walk(node.not)
    else if (typeof node.q === 'string') out.add(node.q)
  }
  walk(rule)
  return [...out]
}
