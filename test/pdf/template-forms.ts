/** The seed bundles merged and tailored in memory (no database), as printable forms. */
import { merge } from '../../runtime/core/merge'
import { type TailorInput, tailor } from '../../runtime/core/tailor'
import type { Item, MergedMaterial } from '../../runtime/core/types'
import type { PdfForm } from '../../runtime/pdf'
import { seedPackage } from '../../templates'
import { eLicenseLibrary } from '../../templates/e-licenses'
import { elements } from '../../templates/elements'

const departments = new Map(seedPackage.departments.map((d) => [d.code, d.name]))
const items = new Map<string, Item>(
  seedPackage.items.map(({ departmentCode, ...i }) => [
    i.code,
    { ...i, department: departments.get(departmentCode) ?? departmentCode },
  ]),
)

export type TemplateForm = { slug: string; form: PdfForm }

export function templateForms(): TemplateForm[] {
  return seedPackage.bundles.map((b) => {
    const members = b.items.map((c) => items.get(c)!)
    const merged = merge(members, elements, {
      bindings: b.bindings,
      overrides: b.overrides,
      eLicenses: eLicenseLibrary,
    })
    const input: TailorInput = {
      schema: merged.schema,
      uiSchema: merged.uiSchema,
      mapping: merged.mapping,
      materials: merged.materials,
      situations: b.situations,
      rules: b.rules,
      items: members.map((m) => ({
        code: m.code,
        name: m.name,
        department: m.department,
        version: 1,
      })),
    }
    const t = tailor(input, {})
    const form: PdfForm = {
      title: `${b.name}申请表`,
      bundleName: b.name,
      slug: b.slug,
      version: 1,
      hash: `test-${b.slug}`,
      date: '2026-01-15',
      schema: t.schema,
      uiSchema: t.uiSchema,
      materials: t.materials as MergedMaterial[],
    }
    return { slug: b.slug, form }
  })
}
