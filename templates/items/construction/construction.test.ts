import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { checkForm, collectLeaves, resolveRefs } from '../../../runtime/core/schema'
import {
  checkSituations,
  enumerateAnswers,
  evaluateRule,
  normalizeAnswers,
} from '../../../runtime/core/situations'
import { coverage, tailor, tailoredFieldCount } from '../../../runtime/core/tailor'
import type {
  Answers,
  ApplicabilityRule,
  Element,
  Guide,
  Item,
  JsonSchema,
  MergeOptions,
  MergeResult,
} from '../../../runtime/core/types'
import { gongchengJianshe } from '../../bundles/gongcheng-jianshe'
import { jungongYanshou } from '../../bundles/jungong-yanshou'
import { lixiangYongdi } from '../../bundles/lixiang-yongdi'
import { shigongXuke } from '../../bundles/shigong-xuke'
import { departments } from '../../departments'
import { elementById, elements } from '../../elements'
import type { BundleTemplate, ItemTemplate } from '../../types'
import { constructionItems } from './index'

const bundles: BundleTemplate[] = [lixiangYongdi, gongchengJianshe, shigongXuke, jungongYanshou]
const itemByCode = new Map(constructionItems.map((i) => [i.code, i]))
const departmentName = new Map(departments.map((d) => [d.code, d.name]))
const KINDS = ['行政许可', '备案', '其他行政权力', '公共服务']
const FORBIDDEN_KEYS = new Set(['__proto__', 'prototype', 'constructor'])

const sectionKey = (code: string) => `item_${code.replace(/[^A-Za-z0-9_]/g, '_')}`

/** Every schema node with its dotted data path (`rows[].name` inside tables). */
function nodes(schema: JsonSchema, path = ''): { path: string; node: JsonSchema }[] {
  const out = [{ path, node: schema }]
  for (const [key, child] of Object.entries(schema.properties ?? {})) {
    out.push(...nodes(child, path ? `${path}.${key}` : key))
  }
  if (schema.items && !Array.isArray(schema.items)) out.push(...nodes(schema.items, `${path}[]`))
  return out
}

const leafAt = (item: ItemTemplate, path: string): JsonSchema | undefined =>
  collectLeaves(resolveRefs(item.form.schema)).find((l) => l.path === path)?.schema

/** Why a field cannot be bound to an element (empty when it can). */
function incompatibility(field: JsonSchema, element: Element): string[] {
  const problems: string[] = []
  const want = element.schema
  if (field.type !== want.type) problems.push(`type ${String(field.type)} ≠ ${String(want.type)}`)
  if (field.format !== undefined && field.format !== want.format) {
    problems.push(`format ${field.format} ≠ ${String(want.format)}`)
  }
  for (const key of ['x-money', 'x-unit'] as const) {
    if (field[key] !== undefined && want[key] !== undefined && field[key] !== want[key]) {
      problems.push(`${key} ${String(field[key])} ≠ ${String(want[key])}`)
    }
  }
  const enumOf = (s: JsonSchema) =>
    s.enum ?? (s.items && !Array.isArray(s.items) ? s.items.enum : undefined)
  const fieldEnum = enumOf(field)
  const elementEnum = enumOf(want)
  if (fieldEnum && elementEnum && !fieldEnum.some((v) => elementEnum.includes(v))) {
    problems.push('enum has no value in common with the element')
  }
  const nums = (key: string) =>
    [field[key], want[key]].filter((v): v is number => typeof v === 'number')
  const lo = Math.max(...nums('minimum'), ...nums('exclusiveMinimum'), -Infinity)
  const hi = Math.min(...nums('maximum'), ...nums('exclusiveMaximum'), Infinity)
  if (lo > hi) problems.push(`empty range [${lo}, ${hi}]`)
  const minLength = Math.max(...nums('minLength'), 0)
  const maxLength = Math.min(...nums('maxLength'), Infinity)
  if (minLength > maxLength) problems.push(`empty length range [${minLength}, ${maxLength}]`)
  return problems
}

/** Every rule's answers: which items apply to this combination. */
const applicableItems = (bundle: BundleTemplate, answers: Answers): string[] => {
  const norm = normalizeAnswers(bundle.situations, answers)
  const holds = (rules: ApplicabilityRule[], code: string) =>
    rules
      .filter((r) => r.target.type === 'item' && r.target.id === code)
      .every((r) => evaluateRule(r.when, norm))
  return bundle.items.filter((code) => holds(bundle.rules, code))
}

const toItem = (t: ItemTemplate): Item => {
  const { departmentCode, ...rest } = t
  return { ...rest, department: departmentName.get(departmentCode) ?? departmentCode }
}

describe('construction items', () => {
  it('has 15 items with unique, local-style codes', () => {
    const codes = constructionItems.map((i) => i.code)
    expect(codes.length).toBe(15)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) expect(code).toMatch(/^430100-[A-Z]{4}-\d{3}$/)
  })

  it.each(constructionItems.map((i) => [i.name, i] as const))(
    '%s: catalogue data is complete',
    (_name, item) => {
      expect(departmentName.has(item.departmentCode)).toBe(true)
      expect(KINDS).toContain(item.kind)
      expect(item.basis.length).toBeGreaterThan(0)
      for (const b of item.basis) expect(b).toMatch(/^《/)
      expect(item.timeLimit.promised).toBeLessThanOrEqual(item.timeLimit.legal)
      expect(item.timeLimit.promised).toBeGreaterThan(0)
      expect(item.fee.trim()).not.toBe('')
      expect(item.conditions.length).toBeGreaterThan(20)
    },
  )

  it.each(constructionItems.map((i) => [i.name, i] as const))(
    '%s: the form is a valid, titled form of 6–40 fields',
    (_name, item) => {
      expect(checkForm(item.form.schema)).toEqual([])
      const leaves = collectLeaves(resolveRefs(item.form.schema))
      expect(leaves.length).toBeGreaterThanOrEqual(6)
      expect(leaves.length).toBeLessThanOrEqual(40)
      for (const { path, node } of nodes(item.form.schema)) {
        if (path && !path.endsWith('[]')) {
          expect(node.title, path).toMatch(/[\u4e00-\u9fff]/)
          const key = path.split('.').at(-1) ?? ''
          expect(FORBIDDEN_KEYS.has(key), path).toBe(false)
          expect(key, path).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/)
        }
        for (const r of node.required ?? [])
          expect(node.properties, `${path} requires ${r}`).toHaveProperty(r)
        if (node['x-money'] !== undefined) {
          expect(node.type, path).toBe('number')
          expect(node.minimum, path).toBe(0)
        }
      }
    },
  )

  it.each(constructionItems.map((i) => [i.name, i] as const))(
    '%s: long free text is a textarea',
    (_name, item) => {
      for (const leaf of collectLeaves(resolveRefs(item.form.schema))) {
        const { schema } = leaf
        if (schema.type !== 'string' || schema.enum || schema.format) continue
        if ((schema.maxLength ?? Infinity) < 500) continue
        let ui: unknown = item.form.uiSchema
        for (const seg of leaf.path.split('.')) {
          const key = seg.endsWith('[]') ? seg.slice(0, -2) : seg
          ui = (ui as Record<string, unknown> | undefined)?.[key]
          if (seg.endsWith('[]')) ui = (ui as Record<string, unknown> | undefined)?.items
        }
        expect((ui as Record<string, unknown> | undefined)?.['ui:widget'], leaf.path).toBe(
          'textarea',
        )
      }
    },
  )

  it.each(constructionItems.map((i) => [i.name, i] as const))(
    '%s: binds only known elements, with compatible schemas',
    (_name, item) => {
      let bound = 0
      for (const { path, node } of nodes(item.form.schema)) {
        const id = node['x-element']
        if (id === undefined) continue
        bound++
        const element = elementById(id)
        expect(element, `${path} → ${id}`).toBeDefined()
        if (element) expect(incompatibility(node, element), `${path} → ${id}`).toEqual([])
      }
      expect(bound).toBeGreaterThanOrEqual(3)
    },
  )

  it.each(constructionItems.map((i) => [i.name, i] as const))(
    '%s: lists 3–10 materials with stable keys',
    (_name, item) => {
      expect(item.materials.length).toBeGreaterThanOrEqual(3)
      expect(item.materials.length).toBeLessThanOrEqual(10)
      const keys = item.materials.map((m) => m.key)
      expect(new Set(keys).size).toBe(keys.length)
      for (const m of item.materials) {
        expect(m.key).toMatch(/^[a-z]+(-[a-z]+)*$/)
        expect(m.copies).toBeGreaterThan(0)
        expect(m.source?.trim()).toBeTruthy()
      }
    },
  )

  it('uses one material key for one document across items', () => {
    const seen = new Map<string, string | undefined>()
    for (const item of constructionItems) {
      for (const m of item.materials) {
        const key = m.key ?? ''
        if (seen.has(key)) expect(m.eLicense, `${item.code} ${key}`).toBe(seen.get(key))
        else seen.set(key, m.eLicense)
      }
    }
  })
})

describe('construction bundles', () => {
  it('have unique slugs and reference existing departments and items', () => {
    expect(new Set(bundles.map((b) => b.slug)).size).toBe(bundles.length)
    for (const bundle of bundles) {
      expect(bundle.slug).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(bundle.name).toMatch(/阶段一件事$/)
      expect(departmentName.has(bundle.leadDepartmentCode), bundle.slug).toBe(true)
      expect(bundle.items.length).toBeGreaterThanOrEqual(2)
      expect(new Set(bundle.items).size).toBe(bundle.items.length)
      for (const code of bundle.items) expect(itemByCode.has(code), code).toBe(true)
    }
  })

  it('put every item into exactly one stage', () => {
    const all = bundles.flatMap((b) => b.items).sort()
    expect(all).toEqual(constructionItems.map((i) => i.code).sort())
  })

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: bindings point at unbound leaves of member items, compatibly',
    (_slug, bundle) => {
      for (const b of bundle.bindings) {
        expect(bundle.items, b.item).toContain(b.item)
        const item = itemByCode.get(b.item)
        const field = item && leafAt(item, b.path)
        expect(field, `${b.item} ${b.path}`).toBeDefined()
        expect(field?.['x-element'], `${b.item} ${b.path} is already bound`).toBeUndefined()
        const element = elementById(b.element)
        expect(element, b.element).toBeDefined()
        if (field && element) expect(incompatibility(field, element)).toEqual([])
      }
    },
  )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: situations and rules are well formed',
    (_slug, bundle) => {
      expect(bundle.situations.length).toBeGreaterThanOrEqual(2)
      expect(bundle.situations.length).toBeLessThanOrEqual(4)
      for (const s of bundle.situations) {
        for (const o of s.options) expect(o.value).toMatch(/^[a-z]+$/)
      }
      const members = bundle.items.map((c) => itemByCode.get(c)!)
      const issues = checkSituations(bundle.situations, bundle.rules, {
        items: bundle.items,
        materials: [...new Set(members.flatMap((i) => i.materials.map((m) => m.key ?? '')))],
        sections: bundle.items.map(sectionKey),
      })
      expect(issues).toEqual([])
    },
  )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: every combination of answers leaves an item',
    (_slug, bundle) => {
      const { combos, truncated } = enumerateAnswers(bundle.situations)
      expect(truncated).toBe(false)
      expect(combos.length).toBeGreaterThan(1)
      for (const answers of combos) {
        expect(applicableItems(bundle, answers).length, JSON.stringify(answers)).toBeGreaterThan(0)
      }
    },
  )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: the guide is complete',
    (_slug, bundle) => {
      const guide = bundle.guide
      const keys: Record<keyof Guide, true> = {
        implementer: true,
        jointDepartments: true,
        targets: true,
        basis: true,
        conditions: true,
        process: true,
        timeLimit: true,
        fee: true,
        location: true,
        hours: true,
        window: true,
        onlineUrl: true,
        visits: true,
        consultPhone: true,
        complaintPhone: true,
        intermediaries: true,
        result: true,
        faq: true,
      }
      for (const key of Object.keys(keys) as (keyof Guide)[]) {
        const value = guide[key]
        expect(value, key).toBeDefined()
        if (typeof value === 'string') expect(value.trim(), key).not.toBe('')
        if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0)
      }
      expect([0, 1]).toContain(guide.visits)
      expect(guide.onlineUrl).toMatch(/^https?:\/\//)
      expect(guide.timeLimit.promised).toBeGreaterThan(0)
      expect(guide.timeLimit.promised).toBeLessThanOrEqual(guide.timeLimit.legal)
      expect(guide.result.name.trim()).not.toBe('')
      expect(guide.faq.length).toBeGreaterThanOrEqual(3)
      for (const f of guide.faq) expect(f.q.trim() && f.a.trim()).toBeTruthy()
      for (const i of guide.intermediaries) expect(i.name.trim() && i.basis?.trim()).toBeTruthy()

      const names = new Set(departmentName.values())
      const lead = departmentName.get(bundle.leadDepartmentCode)
      for (const d of guide.jointDepartments) expect(names.has(d), d).toBe(true)
      expect(guide.implementer).toContain(lead)
      // 一家牵头受理 → 并联审批 → 限时办结: the lead receives, steps of a group run side by side
      expect(guide.process[0]?.department).toBe(lead)
      expect(guide.process.some((s) => s.parallel !== undefined)).toBe(true)
      for (const step of guide.process) {
        expect(names.has(step.department), step.department).toBe(true)
        expect(step.days).toBeGreaterThan(0)
      }
      const groups = new Map<string, number>()
      let days = 0
      for (const step of guide.process) {
        if (step.parallel === undefined) days += step.days
        else groups.set(step.parallel, Math.max(groups.get(step.parallel) ?? 0, step.days))
      }
      for (const d of groups.values()) days += d
      expect(days).toBeLessThanOrEqual(guide.timeLimit.promised)
      // every member item's department takes part
      for (const code of bundle.items) {
        const dept = departmentName.get(itemByCode.get(code)!.departmentCode)!
        expect([lead, ...guide.jointDepartments], code).toContain(dept)
      }
    },
  )
})

type MergeFn = (items: Item[], elements: Element[], options?: MergeOptions) => MergeResult
const mergeUrl = new URL('../../../runtime/core/merge/index.ts', import.meta.url)
/** These checks run where `runtime/core/merge` exists. */
const mergeModule = existsSync(fileURLToPath(mergeUrl))
  ? ((await import(/* @vite-ignore */ mergeUrl.href)) as { merge: MergeFn })
  : undefined

describe.runIf(mergeModule !== undefined)('merged construction bundles', () => {
  const merge = mergeModule?.merge as MergeFn

  const merged = (bundle: BundleTemplate) =>
    merge(
      bundle.items.map((code) => toItem(itemByCode.get(code)!)),
      elements,
      { bindings: bundle.bindings, overrides: bundle.overrides },
    )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: merges without conflicts',
    (_slug, bundle) => {
      expect(merged(bundle).conflicts).toEqual([])
    },
  )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: the bundle bindings take effect',
    (_slug, bundle) => {
      const { mapping } = merged(bundle)
      for (const b of bundle.bindings) {
        const entry = mapping.find((m) => m.item === b.item && m.path === b.path)
        expect(entry?.merged, `${b.item} ${b.path}`).toBe(b.element)
      }
    },
  )

  it.each(bundles.map((b) => [b.slug, b] as const))(
    '%s: every combination tailors to at least one item and one field',
    (_slug, bundle) => {
      const result = merged(bundle)
      const input = {
        schema: result.schema,
        uiSchema: result.uiSchema,
        mapping: result.mapping,
        materials: result.materials,
        situations: bundle.situations,
        rules: bundle.rules,
        items: bundle.items.map((code) => {
          const item = itemByCode.get(code)!
          const department = departmentName.get(item.departmentCode)!
          return { code, name: item.name, department, version: 1 }
        }),
      }
      const { combos } = enumerateAnswers(bundle.situations)
      for (const answers of combos) {
        const tailored = tailor(input, answers)
        expect(tailored.items.length, JSON.stringify(answers)).toBeGreaterThan(0)
        expect(tailoredFieldCount(tailored), JSON.stringify(answers)).toBeGreaterThan(0)
      }
      for (const row of coverage(input).rows)
        expect(row.flags, JSON.stringify(row.answers)).toEqual([])
    },
  )
})
