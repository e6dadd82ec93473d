/** Test helpers: member items and states from the seed templates, commands that must apply. */
import { expect } from 'vitest'
import type { Item, JsonSchema } from '../../../../runtime/core/types'
import { seedPackage } from '../../../../templates'
import { eLicenseLibrary } from '../../../../templates/e-licenses'
import { elements } from '../../../../templates/elements'
import type { BundleTemplate } from '../../../../templates/types'
import { createMerger, type MergeContext } from '../merged'
import { executeBundle } from '../reducer'
import { createBundleState } from '../state'
import type { BundleState, Command, MemberItem } from '../types'

export const ctx: MergeContext = { elements, eLicenses: eLicenseLibrary }
export { elements }

const departments = new Map(seedPackage.departments.map((d) => [d.code, d.name]))

/** A seed item as a published member: id `id-<code>`, the given version. */
export function seedItem(code: string, version = 1): MemberItem {
  const t = seedPackage.items.find((i) => i.code === code)
  if (!t) throw new Error(`no seed item ${code}`)
  const { departmentCode, ...rest } = t
  return {
    ...rest,
    department: departments.get(departmentCode) ?? departmentCode,
    id: `id-${code}`,
    version,
  }
}

export const seedBundle = (slug: string): BundleTemplate => {
  const b = seedPackage.bundles.find((x) => x.slug === slug)
  if (!b) throw new Error(`no seed bundle ${slug}`)
  return b
}

export const leadName = (b: BundleTemplate): string =>
  departments.get(b.leadDepartmentCode) ?? b.leadDepartmentCode

/** The seed bundle's draft as the API would hold it, loaded into a state. */
export function seedState(slug: string): BundleState {
  const b = seedBundle(slug)
  const items = b.items.map((c) => seedItem(c))
  return createBundleState(
    {
      slug: b.slug,
      name: b.name,
      leadDepartmentId: `dept-${b.leadDepartmentCode}`,
      stage: b.stage,
      items: items.map((i) => ({ itemId: i.id, version: i.version })),
      bindings: b.bindings,
      situations: b.situations,
      rules: b.rules,
      overrides: b.overrides,
      guide: b.guide,
      rejected: b.rejected ?? [],
    },
    items,
  )
}

/** An empty draft. */
export const emptyState = (): BundleState =>
  createBundleState({ slug: 'test', name: '测试一件事', leadDepartmentId: 'dept-1', stage: '其他' })

/** Applies a command that must not be refused. */
export function apply(state: BundleState, command: Command): BundleState {
  const { state: next, error } = executeBundle(state, command)
  expect(error).toBeUndefined()
  return next
}

/** Applies commands in order, each must apply. */
export const applyAll = (state: BundleState, commands: Command[]): BundleState =>
  commands.reduce(apply, state)

export const merger = () => createMerger(ctx)

/** A small member item with the given form properties. */
export function smallItem(
  code: string,
  properties: Record<string, JsonSchema>,
  extra: Partial<Item> & { required?: string[]; version?: number } = {},
): MemberItem {
  const { required, version, ...rest } = extra
  return {
    code,
    name: `事项${code}`,
    department: '某局',
    kind: '行政许可',
    basis: [],
    timeLimit: { legal: 20, promised: 5 },
    fee: '不收费',
    conditions: '',
    form: {
      schema: { type: 'object', properties, ...(required ? { required } : {}) },
      uiSchema: {},
    },
    materials: [],
    ...rest,
    id: `id-${code}`,
    version: version ?? 1,
  }
}

/** Freezes a value deeply (so a mutating reducer throws in tests). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}
