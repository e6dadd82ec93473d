/**
 * Visibility rules in the merged form. An item's rules name paths of that item's own form; in 一张表
 * they must name the merged paths of the same fields (the mapping says where each went). A common
 * field is shown when any item that uses it would show it: the OR of its items' rules (with the
 * rules of the objects above it in each item), no rule when one item shows it always. See README.
 */
import { schemaAt, splitPath } from '../schema'
import { canonicalJson, cloneJson, isPlainObject } from '../schema/json-value'
import type { Conflict, JsonSchema, Rule } from '../types'
import { isAtOrBelow, mapRuleFields, ruleFields, VISIBLE_WHEN } from '../visibility'
import type { CollectedItem, MergeMappingEntry, Unit } from './types'

type Resolve = (q: string) => string | undefined

export type RuleContext = {
  schema: JsonSchema
  collected: CollectedItem[]
  /** item section key per item index */
  keys: string[]
  mapping: MergeMappingEntry[]
  groups: Map<string, Unit[]>
  label: (code: string) => string
  conflicts: Conflict[]
}

/** Where an item path went: the deepest mapped unit at or above it, or the item section for a group. */
function resolver(entries: MergeMappingEntry[], sectionKey: string): Resolve {
  return (q) => {
    let best: MergeMappingEntry | undefined
    for (const e of entries) {
      if (e.path !== '' && !isAtOrBelow(q, e.path)) continue
      if (!best || e.path.length > best.path.length) best = e
    }
    if (best) {
      if (best.path === '') return q ? `${best.merged}.${q}` : best.merged
      return `${best.merged}${q.slice(best.path.length)}`
    }
    const under = entries.filter((e) => isAtOrBelow(e.path, q))
    return under.length > 0 && under.every((e) => !e.common) ? `${sectionKey}.${q}` : undefined
  }
}

/** Rule nodes below `node` (itself included when `self`), with their relative template paths. */
function ruleNodes(node: JsonSchema, self: boolean): { rel: string; node: JsonSchema }[] {
  const out: { rel: string; node: JsonSchema }[] = []
  const walk = (n: JsonSchema, rel: string, include: boolean) => {
    if (include && n[VISIBLE_WHEN] !== undefined) out.push({ rel, node: n })
    if (isPlainObject(n.properties)) {
      for (const [k, child] of Object.entries(n.properties)) {
        if (isPlainObject(child)) walk(child, rel ? `${rel}.${k}` : k, true)
      }
    }
    if (isPlainObject(n.items)) walk(n.items, `${rel}[]`, true)
  }
  walk(node, '', self)
  return out
}

const join = (base: string, rel: string) =>
  !rel ? base : rel.startsWith('[]') ? `${base}${rel}` : base ? `${base}.${rel}` : rel

export function rewriteVisibility(ctx: RuleContext): void {
  const { schema, collected, keys, mapping, groups, label, conflicts } = ctx
  const byItem = new Map<string, MergeMappingEntry[]>()
  for (const e of mapping) byItem.set(e.item, [...(byItem.get(e.item) ?? []), e])
  const resolvers = new Map<string, Resolve>()
  collected.forEach((c, i) => {
    resolvers.set(c.item.code, resolver(byItem.get(c.item.code) ?? [], keys[i] ?? ''))
  })

  const reported = new Set<string>()
  /** The rule in merged paths, or undefined (and a conflict) when a field it reads is not there. */
  const mapRule = (code: string, at: string, title: string, rule: unknown): Rule | undefined => {
    const resolve = resolvers.get(code) ?? (() => undefined)
    const lost = ruleFields(rule).filter((q) => {
      const to = resolve(q)
      return to === undefined || schemaAt(schema, to) === undefined
    })
    if (!isPlainObject(rule) || lost.length > 0) {
      if (reported.has(`${code}\u0000${at}`)) return undefined
      reported.add(`${code}\u0000${at}`)
      const what = lost.length > 0 ? `引用了不存在的字段「${lost.join('、')}」` : '格式无效'
      conflicts.push({
        element: '',
        kind: 'shape',
        members: [{ item: code, path: at, value: rule }],
        detail: `事项「${label(code)}」中「${title}」的显示条件${what}：一张表中不设此条件，该项始终显示`,
      })
      return undefined
    }
    return mapRuleFields(rule as Rule, (q) => resolve(q) ?? q)
  }
  const setRule = (node: JsonSchema, rule: Rule | undefined) => {
    if (rule === undefined) delete node[VISIBLE_WHEN]
    else node[VISIBLE_WHEN] = rule
  }
  const titleOf = (node: JsonSchema | undefined, path: string) =>
    typeof node?.title === 'string' && node.title ? node.title : path

  // item sections keep their objects and tables: each rule stays where it is, its paths rewritten
  collected.forEach((c, i) => {
    const key = keys[i] ?? ''
    const section = schema.properties?.[key]
    if (!section) return
    for (const { rel, node } of ruleNodes(section, false)) {
      setRule(node, mapRule(c.item.code, rel, titleOf(node, rel), node[VISIBLE_WHEN]))
    }
  })

  const entryOf = new Map<string, MergeMappingEntry>()
  for (const e of mapping) if (e.common) entryOf.set(`${e.item}\u0000${e.path}`, e)
  const itemSchema = new Map(collected.map((c) => [c.item.code, c.schema]))

  for (const [id, units] of groups) {
    const node = schemaAt(schema, id)
    if (!node) continue
    let always = false
    const rules: Rule[] = []
    const perUnit: [Unit, Rule][] = []
    for (const u of units) {
      // the unit's own rule and those of the objects and tables above it in its item
      const root = itemSchema.get(u.item) ?? {}
      const segs = splitPath(u.path)
      const own: Rule[] = []
      let lost = false
      let prefix = ''
      for (const seg of segs) {
        prefix = seg === '[]' ? `${prefix}[]` : prefix ? `${prefix}.${seg}` : seg
        const at = schemaAt(root, prefix)
        if (at?.[VISIBLE_WHEN] === undefined) continue
        const mapped = mapRule(u.item, prefix, titleOf(at, prefix), at[VISIBLE_WHEN])
        if (mapped) own.push(mapped)
        else lost = true
      }
      if (own.length === 0 || lost) {
        always = true
        continue
      }
      const rule = own.length === 1 ? (own[0] as Rule) : { all: own }
      perUnit.push([u, rule])
      if (!rules.some((r) => canonicalJson(r) === canonicalJson(rule))) rules.push(rule)
    }
    const merged = always ? undefined : rules.length === 1 ? rules[0] : { any: rules }
    setRule(node, merged)
    // split sends a common value to an item only while that item's own rule holds
    for (const [u, rule] of perUnit) {
      const entry = entryOf.get(`${u.item}\u0000${u.path}`)
      if (entry && (merged === undefined || canonicalJson(rule) !== canonicalJson(merged))) {
        entry.visibleWhen = cloneJson(rule)
      }
    }
    // rules inside a field bound whole (an object, a table): from the first item that has one
    for (const { rel, node: inner } of ruleNodes(node, false)) {
      const from = units.find((u) => schemaAt(u.schema, rel)?.[VISIBLE_WHEN] !== undefined)
      if (!from) {
        delete inner[VISIBLE_WHEN]
        continue
      }
      const rule = schemaAt(from.schema, rel)?.[VISIBLE_WHEN]
      setRule(inner, mapRule(from.item, join(from.path, rel), titleOf(inner, rel), rule))
    }
  }
}
