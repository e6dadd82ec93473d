import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import {
  checkForm,
  collectLeaves,
  type Leaf,
  resolveRefs,
  schemaAt,
} from '../../../runtime/core/schema'
import { checkSituations, enumerateAnswers } from '../../../runtime/core/situations'
import {
  coverage,
  type TailorInput,
  tailor,
  tailoredFieldCount,
} from '../../../runtime/core/tailor'
import { rulesHold } from '../../../runtime/core/tailor/rules-hold'
import type {
  Element,
  Item,
  JsonSchema,
  MergeOptions,
  MergeResult,
} from '../../../runtime/core/types'
import { getValidator } from '../../../runtime/core/validation'
import { qiyeKaiban } from '../../bundles/qiye-kaiban'
import { departments } from '../../departments'
import { elementById, elements } from '../../elements'
import type { ItemTemplate } from '../../types'
import { enterpriseItems } from './index'

const byCode = new Map(enterpriseItems.map((i) => [i.code, i]))
const departmentName = (code: string) => departments.find((d) => d.code === code)?.name

const leavesOf = (item: ItemTemplate): Leaf[] => collectLeaves(resolveRefs(item.form.schema))

/** Why a field cannot hold its element's data (empty when it can), per the merge's intersection. */
function incompatibilities(field: JsonSchema, element: JsonSchema): string[] {
  const out: string[] = []
  const numeric = (t: unknown) => t === 'number' || t === 'integer'
  const sameType = field.type === element.type || (numeric(field.type) && numeric(element.type))
  if (!sameType) out.push(`type ${String(field.type)} ≠ ${String(element.type)}`)
  if (field.format !== undefined && field.format !== element.format)
    out.push(`format ${field.format} ≠ ${String(element.format)}`)
  for (const key of ['x-money', 'x-unit'])
    if (field[key] !== undefined && element[key] !== undefined && field[key] !== element[key])
      out.push(`${key} ${String(field[key])} ≠ ${String(element[key])}`)
  if (Array.isArray(field.enum) && Array.isArray(element.enum)) {
    const extra = field.enum.filter((v) => !element.enum?.includes(v))
    if (extra.length) out.push(`enum values not in the element: ${extra.join('、')}`)
  }
  const lo = Math.max(field.minimum ?? -Infinity, element.minimum ?? -Infinity)
  const hi = Math.min(field.maximum ?? Infinity, element.maximum ?? Infinity)
  if (lo > hi) out.push(`empty range [${lo}, ${hi}]`)
  const minLen = Math.max(field.minLength ?? 0, element.minLength ?? 0)
  const maxLen = Math.min(field.maxLength ?? Infinity, element.maxLength ?? Infinity)
  if (minLen > maxLen) out.push(`empty length range [${minLen}, ${maxLen}]`)
  if (field.items && element.items) out.push(...incompatibilities(field.items, element.items))
  return out
}

const toItem = ({ departmentCode, ...rest }: ItemTemplate): Item => ({
  ...rest,
  department: departmentName(departmentCode) ?? departmentCode,
})

describe('企业开办 items', () => {
  it('has five items with unique local catalogue codes and known departments', () => {
    expect(enterpriseItems).toHaveLength(5)
    expect(byCode.size).toBe(enterpriseItems.length)
    for (const item of enterpriseItems) {
      expect(item.code).toMatch(/^430100-[A-Z]+-\d{3}$/)
      expect(departmentName(item.departmentCode), item.code).toBeDefined()
    }
  })

  it.each(enterpriseItems.map((i) => [i.name, i] as const))('%s: catalogue data', (_, item) => {
    expect(item.kind).not.toBe('')
    expect(item.basis.length).toBeGreaterThan(0)
    for (const b of item.basis) expect(b).toMatch(/《.+》/)
    expect(item.fee).toBe('不收费')
    expect(item.conditions.length).toBeGreaterThan(20)
    expect(item.timeLimit.promised).toBeGreaterThan(0)
    expect(item.timeLimit.promised).toBeLessThanOrEqual(item.timeLimit.legal)
  })

  it.each(enterpriseItems.map((i) => [i.name, i] as const))('%s: a valid form', (_, item) => {
    expect(checkForm(item.form.schema)).toEqual([])
    expect(() => getValidator(item.form.schema)).not.toThrow()
    const leaves = leavesOf(item)
    expect(leaves.length).toBeGreaterThanOrEqual(6)
    expect(leaves.length).toBeLessThanOrEqual(40)
    for (const leaf of leaves) expect(leaf.schema.title, leaf.path).toMatch(/\p{Script=Han}/u)
    const order = item.form.uiSchema['ui:order']
    expect(order).toEqual(Object.keys(item.form.schema.properties ?? {}))
  })

  it.each(enterpriseItems.map((i) => [i.name, i] as const))('%s: materials', (_, item) => {
    expect(item.materials.length).toBeGreaterThanOrEqual(2)
    expect(item.materials.length).toBeLessThanOrEqual(8)
    for (const m of item.materials) {
      expect(m.key).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(m.copies).toBeGreaterThan(0)
    }
    expect(new Set(item.materials.map((m) => m.key)).size).toBe(item.materials.length)
  })

  it('binds fields only to known elements, with compatible schemas', () => {
    for (const item of enterpriseItems) {
      for (const leaf of leavesOf(item)) {
        const id = leaf.schema['x-element']
        if (id === undefined) continue
        const element = elementById(String(id))
        expect(element, `${item.code} ${leaf.path} → ${String(id)}`).toBeDefined()
        const problems = incompatibilities(leaf.schema, (element as Element).schema)
        expect(problems, `${item.code} ${leaf.path} → ${String(id)}`).toEqual([])
      }
    }
  })

  it('keeps look-alikes apart: each element at most once per item, people by role', () => {
    for (const item of enterpriseItems) {
      const ids = leavesOf(item)
        .map((l) => l.schema['x-element'])
        .filter((id) => id !== undefined)
      expect(new Set(ids).size, item.code).toBe(ids.length)
    }
    const sw = leavesOf(byCode.get('430100-SW-005') as ItemTemplate)
    const at = (path: string) => sw.find((l) => l.path === path)?.schema['x-element']
    expect(at('tax_officer_name')).toBeUndefined()
    expect(at('fin_mgr_name')).toBe('enterprise.financeManagerName')
    expect(at('operating_address')).toBe('enterprise.operatingAddress')
    expect(at('reg_address')).toBe('applicant.address')
  })
})

describe('企业开办一件事 bundle', () => {
  const bundle = qiyeKaiban

  it('refers to existing items and departments', () => {
    expect(bundle.slug).toBe('qiye-kaiban')
    expect(departmentName(bundle.leadDepartmentCode)).toBeDefined()
    for (const code of bundle.items) expect(byCode.has(code), code).toBe(true)
    const names = new Set(departments.map((d) => d.name))
    for (const d of bundle.guide.jointDepartments) expect(names.has(d), d).toBe(true)
    for (const s of bundle.guide.process) expect(names.has(s.department), s.title).toBe(true)
  })

  it('binds fields the items left unbound, to known elements, compatibly', () => {
    expect(bundle.bindings.length).toBeGreaterThan(0)
    for (const b of bundle.bindings) {
      const item = byCode.get(b.item)
      expect(item, b.item).toBeDefined()
      const field = schemaAt(resolveRefs((item as ItemTemplate).form.schema), b.path)
      expect(field, `${b.item} ${b.path}`).toBeDefined()
      expect(field?.['x-element'], `${b.item} ${b.path}`).toBeUndefined()
      const element = elementById(b.element)
      expect(element, b.element).toBeDefined()
      expect(incompatibilities(field as JsonSchema, (element as Element).schema)).toEqual([])
    }
  })

  it('has consistent situations and rules', () => {
    const members = bundle.items.map((c) => byCode.get(c) as ItemTemplate)
    const targets = {
      items: bundle.items,
      materials: [...new Set(members.flatMap((i) => i.materials.map((m) => m.key ?? m.name)))],
      sections: bundle.items.map((c) => `item_${c.replace(/[^A-Za-z0-9_]/g, '_')}`),
    }
    expect(checkSituations(bundle.situations, bundle.rules, targets)).toEqual([])
    // a section rule repeats its item's rule, so it never hides the data of an applicable item
    for (const r of bundle.rules.filter((r) => r.target.type === 'section')) {
      const code = bundle.items.find(
        (c) => r.target.id === `item_${c.replace(/[^A-Za-z0-9_]/g, '_')}`,
      )
      const itemRule = bundle.rules.find((x) => x.target.type === 'item' && x.target.id === code)
      expect(r.when).toEqual(itemRule?.when)
    }
  })

  it('leaves 设立登记 applicable under every combination of answers', () => {
    const { combos, truncated } = enumerateAnswers(bundle.situations)
    expect(truncated).toBe(false)
    expect(combos.length).toBeGreaterThan(16)
    for (const answers of combos) {
      const target = { type: 'item', id: '430100-SCJG-001' } as const
      expect(rulesHold(bundle.rules, target, answers)).toBe(true)
    }
  })

  it('has a complete guide', () => {
    const g = bundle.guide
    for (const [key, value] of Object.entries(g)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('')
      if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0)
    }
    expect(g.faq.length).toBeGreaterThanOrEqual(3)
    for (const f of g.faq) expect(f.q && f.a).toBeTruthy()
    expect(g.result.name).not.toBe('')
    expect(g.fee).toBe('不收费')
    expect(g.location).toContain('企业开办专区')
    expect(g.onlineUrl).toMatch(/^https:\/\//)
    expect(g.visits).toBeGreaterThanOrEqual(0)
    expect(g.intermediaries.every((i) => i.name !== '' && typeof i.required === 'boolean')).toBe(
      true,
    )
    // 受理 → 设立登记 → parallel steps → 出件: the promised days are the critical path
    const parallel = g.process.filter((s) => s.parallel)
    expect(new Set(parallel.map((s) => s.parallel)).size).toBe(1)
    const serial = g.process.filter((s) => !s.parallel).reduce((n, s) => n + s.days, 0)
    expect(serial + Math.max(...parallel.map((s) => s.days))).toBe(g.timeLimit.promised)
    expect(g.timeLimit.promised).toBeGreaterThanOrEqual(1)
    expect(g.timeLimit.promised).toBeLessThanOrEqual(3)
    expect(g.timeLimit.legal).toBeGreaterThanOrEqual(g.timeLimit.promised)
  })
})

type MergeModule = {
  merge: (items: Item[], elements: Element[], options?: MergeOptions) => MergeResult
}
const MERGE_MODULE = '../../../runtime/core/merge/index'
const hasMerge = existsSync(fileURLToPath(new URL(`${MERGE_MODULE}.ts`, import.meta.url)))

describe.skipIf(!hasMerge)('企业开办一件事 merged', () => {
  const load = async () => {
    const { merge } = (await import(/* @vite-ignore */ MERGE_MODULE)) as MergeModule
    const items = qiyeKaiban.items.map((c) => toItem(byCode.get(c) as ItemTemplate))
    const merged = merge(items, elements, { bindings: qiyeKaiban.bindings, overrides: {} })
    const input: TailorInput = {
      schema: merged.schema,
      uiSchema: merged.uiSchema,
      mapping: merged.mapping,
      materials: merged.materials,
      situations: qiyeKaiban.situations,
      rules: qiyeKaiban.rules,
      items: items.map((i) => ({
        code: i.code,
        name: i.name,
        department: i.department,
        version: 1,
      })),
    }
    return { merged, input }
  }

  it('merges without conflicts, one field per shared element', async () => {
    const { merged } = await load()
    expect(merged.conflicts).toEqual([])
    const shared = merged.mapping.filter((e) => e.merged === 'applicant.name')
    expect(shared.map((e) => e.item).sort()).toEqual([...qiyeKaiban.items].sort())
    const bound = (item: string, path: string) =>
      merged.mapping.find((e) => e.item === item && e.path === path)?.merged
    for (const b of qiyeKaiban.bindings) expect(bound(b.item, b.path)).toBe(b.element)
  })

  it('tailors every combination to at least one item and one field, without flags', async () => {
    const { input } = await load()
    const { combos } = enumerateAnswers(qiyeKaiban.situations)
    for (const answers of combos) {
      const result = tailor(input, answers)
      expect(result.items.length, JSON.stringify(answers)).toBeGreaterThanOrEqual(1)
      expect(tailoredFieldCount(result), JSON.stringify(answers)).toBeGreaterThanOrEqual(1)
    }
    const flagged = coverage(input).rows.filter((r) => r.flags.length > 0)
    expect(flagged).toEqual([])
  })
})
