import { cloneJson } from '../schema/json-value'
import type {
  Item,
  Material,
  MaterialForm,
  MaterialRequirement,
  MergedMaterial,
  Overrides,
} from '../types'

const BRACKETS: Record<string, string> = {
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '〔': '(',
  '〕': ')',
  '｛': '{',
  '｝': '}',
}

/**
 * A material's name as an identity: trimmed, full-width brackets made half-width, runs of spaces
 * collapsed, trailing punctuation dropped (`营业执照（副本）。` → `营业执照(副本)`).
 */
export function normalizeMaterialName(name: string): string {
  return name
    .replace(/[（）［］【】〔〕｛｝]/g, (c) => BRACKETS[c] ?? c)
    .replace(/[\s\u3000]+/g, ' ')
    .trim()
    .replace(/[\s。．.，,；;：:、！!？?]+$/u, '')
}

const FORM_RANK: Record<MaterialForm, number> = { original: 3, copy: 2, electronic: 1 }
const REQUIREMENT_RANK: Record<MaterialRequirement, number> = {
  required: 3,
  conditional: 2,
  tolerated: 1,
}
const OPTIONAL_FIELDS = ['source', 'eLicense', 'note', 'blankUrl', 'sampleUrl'] as const

/**
 * One entry per material identity (`key`, else the normalized name; a keyless material whose name
 * matches a keyed one joins it): the strictest form and requirement, the most copies, the items
 * needing it, `exempt` when the e-license library holds its type; `overrides.materials` last.
 */
export function mergeMaterials(
  items: Item[],
  options: { eLicenses?: string[]; overrides?: Overrides },
): MergedMaterial[] {
  const keyOfName = new Map<string, string>()
  for (const item of items) {
    for (const m of item.materials ?? []) {
      const name = normalizeMaterialName(m.name)
      if (m.key && !keyOfName.has(name)) keyOfName.set(name, m.key)
    }
  }
  const merged = new Map<string, MergedMaterial>()
  for (const item of items) {
    for (const m of item.materials ?? []) {
      const name = normalizeMaterialName(m.name)
      const key = m.key || keyOfName.get(name) || name
      const known = merged.get(key)
      if (!known) {
        const entry: MergedMaterial = {
          key,
          name: m.name.trim(),
          form: m.form,
          copies: m.copies,
          requirement: m.requirement,
          items: [item.code],
          exempt: false,
        }
        for (const f of OPTIONAL_FIELDS) if (m[f] !== undefined) entry[f] = m[f]
        merged.set(key, entry)
        continue
      }
      if (FORM_RANK[m.form] > FORM_RANK[known.form]) known.form = m.form
      if (REQUIREMENT_RANK[m.requirement] > REQUIREMENT_RANK[known.requirement]) {
        known.requirement = m.requirement
      }
      known.copies = Math.max(known.copies, m.copies)
      for (const f of OPTIONAL_FIELDS)
        if (known[f] === undefined && m[f] !== undefined) known[f] = m[f]
      if (!known.items.includes(item.code)) known.items.push(item.code)
    }
  }
  const held = new Set(options.eLicenses ?? [])
  const patches = options.overrides?.materials ?? {}
  return [...merged.values()].map((entry) => {
    const patch: Partial<Material> = Object.hasOwn(patches, entry.key)
      ? (patches[entry.key] ?? {})
      : {}
    const { key: _ignored, ...rest } = cloneJson(patch)
    const patched = { ...entry, ...rest }
    // a stable field order, whatever order the fields were found in
    const out: Material & { key: string } = {
      key: entry.key,
      name: patched.name,
      form: patched.form,
      copies: patched.copies,
      requirement: patched.requirement,
    }
    for (const f of OPTIONAL_FIELDS) if (patched[f] !== undefined) out[f] = patched[f]
    const exempt = out.eLicense !== undefined && held.has(out.eLicense)
    return { ...out, items: entry.items, exempt }
  })
}
