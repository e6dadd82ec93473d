/**
 * The merged 一套材料 as the materials tab shows it: each material once, with the items (and their
 * own entries) that need it, its 免提交 mark, its rule and the lead department's override.
 */
import { normalizeMaterialName } from '../../../runtime/core/merge'
import type { MergeOutput } from '../../../runtime/core/merge/types'
import type { Material, MergedMaterial, Rule } from '../../../runtime/core/types'
import { ruleOf } from './rules'
import { memberItems } from './state'
import type { BundleState, MemberItem } from './types'

export type MaterialSource = {
  item: string
  itemName: string
  department: string
  /** the item's own entry for this material */
  material: Material
}

export type MaterialView = MergedMaterial & {
  /** the items that need it, with their own entries (name, form, copies … as each item says) */
  sources: MaterialSource[]
  /** the lead department's override (`overrides.materials[key]`) */
  override?: Partial<Material>
  /** the overridden properties */
  overridden: (keyof Material)[]
  /** the rule that makes it apply */
  rule?: Rule
}

/**
 * The identity merge gives a material (runtime/core/merge/materials.ts): its key, else the key of
 * a keyed material with the same normalized name, else the normalized name.
 */
function identities(items: MemberItem[]): (m: Material) => string {
  const keyOfName = new Map<string, string>()
  for (const item of items)
    for (const m of item.materials ?? []) {
      const name = normalizeMaterialName(m.name)
      if (m.key && !keyOfName.has(name)) keyOfName.set(name, m.key)
    }
  return (m) => {
    const name = normalizeMaterialName(m.name)
    return m.key || keyOfName.get(name) || name
  }
}

export function materialsOf(state: BundleState, merged: MergeOutput): MaterialView[] {
  const items = memberItems(state)
  const identity = identities(items)
  const sources = new Map<string, MaterialSource[]>()
  for (const item of items)
    for (const m of item.materials ?? []) {
      const key = identity(m)
      const list = sources.get(key) ?? []
      list.push({ item: item.code, itemName: item.name, department: item.department, material: m })
      sources.set(key, list)
    }
  const overrides = state.doc.overrides.materials ?? {}
  return merged.materials.map((m) => {
    const view: MaterialView = { ...m, sources: sources.get(m.key) ?? [], overridden: [] }
    const override = Object.hasOwn(overrides, m.key) ? overrides[m.key] : undefined
    if (override) {
      view.override = override
      view.overridden = Object.keys(override).filter((k) => k !== 'key') as (keyof Material)[]
    }
    const rule = ruleOf(state.doc.rules, { type: 'material', id: m.key })
    if (rule !== undefined) view.rule = rule
    return view
  })
}

/** Material overrides whose key no merged material has (left by a removed or upgraded member). */
export function staleMaterialOverrides(state: BundleState, merged: MergeOutput): string[] {
  const keys = new Set(merged.materials.map((m) => m.key))
  return Object.keys(state.doc.overrides.materials ?? {}).filter((k) => !keys.has(k))
}
