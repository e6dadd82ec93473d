import type { Situation } from '../types'
import { sameValue } from './answer-value'
import type { Issue } from './issue'

/**
 * Checks one rule's shape and its references: questions must exist, compared values must be among
 * the question's options. `questions` maps an id to its (first) definition.
 */
export function checkRule(rule: unknown, path: string, questions: Map<string, Situation>): Issue[] {
  const issues: Issue[] = []
  const value = (s: Situation, v: unknown, at: string) => {
    if (!(s.options ?? []).some((o) => sameValue(o.value, v)))
      issues.push({ path: at, message: `情形问题「${s.title || s.id}」没有选项「${String(v)}」` })
  }
  const walk = (r: unknown, at: string) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) {
      issues.push({ path: at, message: '条件格式无效' })
      return
    }
    const node = r as Record<string, unknown>
    if ('all' in node || 'any' in node) {
      const key = 'all' in node ? 'all' : 'any'
      const list = node[key]
      if (!Array.isArray(list)) issues.push({ path: `${at}.${key}`, message: '条件列表应为数组' })
      else for (const [i, x] of list.entries()) walk(x, `${at}.${key}.${i}`)
      return
    }
    if ('not' in node) {
      walk(node.not, `${at}.not`)
      return
    }
    if (typeof node.q !== 'string') {
      issues.push({ path: at, message: '条件格式无效：缺少情形问题编号（q）' })
      return
    }
    const s = questions.get(node.q)
    if (!s) {
      issues.push({ path: `${at}.q`, message: `条件引用了不存在的情形问题「${node.q}」` })
      return
    }
    if ('eq' in node) value(s, node.eq, `${at}.eq`)
    else if ('in' in node) {
      if (!Array.isArray(node.in))
        issues.push({ path: `${at}.in`, message: '条件的取值列表应为数组' })
      else for (const [i, v] of node.in.entries()) value(s, v, `${at}.in.${i}`)
    } else if ('answered' in node) {
      if (typeof node.answered !== 'boolean')
        issues.push({ path: `${at}.answered`, message: '条件 answered 应为 true 或 false' })
    } else issues.push({ path: at, message: '条件格式无效：应有 eq、in 或 answered' })
  }
  walk(rule, path)
  return issues
}
