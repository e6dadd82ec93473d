import type { Overrides } from '../types'
import type { Section } from './common-sections'

/**
 * Applies `overrides.sections`: a `title` replaces the section's title; sections with an `order`
 * come first, by that number (ties keep their natural order), then the rest in natural order.
 */
export function orderSections(sections: Section[], overrides: Overrides | undefined): Section[] {
  const rules = overrides?.sections ?? {}
  const ruleOf = (key: string) => (Object.hasOwn(rules, key) ? rules[key] : undefined)
  for (const s of sections) {
    const title = ruleOf(s.key)?.title
    if (typeof title === 'string' && title.trim() !== '') s.schema.title = title
  }
  const ordered = sections
    .map((s, i) => ({ s, i, order: ruleOf(s.key)?.order }))
    .filter(
      (x): x is { s: Section; i: number; order: number } =>
        typeof x.order === 'number' && Number.isFinite(x.order),
    )
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((x) => x.s)
  return [...ordered, ...sections.filter((s) => !ordered.includes(s))]
}
