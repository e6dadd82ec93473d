import { eq, inArray } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { departments } from '../../db/schema'
import type { Item } from '../../runtime/core/types'
import { PACKAGE_FORMAT, type TemplatePackage } from '../../templates/package'
import type { BundleTemplate, ItemTemplate } from '../../templates/types'
import { bundleDoc, getBundleRow, loadPinnedItems } from './bundles'
import { listElements } from './elements'

/**
 * A bundle with its pinned item versions and their departments as one package, the format the
 * seed templates use and `POST /api/templates/import` reads: departments share packages this way.
 */
export async function exportBundle(db: Db, id: string): Promise<TemplatePackage> {
  const row = await getBundleRow(db, id)
  const doc = bundleDoc(row)
  const pinned = await loadPinnedItems(db, doc.items)
  const lead = (
    await db.select().from(departments).where(eq(departments.id, row.leadDepartmentId))
  )[0]
  const byName = new Map<string, { code: string; name: string }>()
  if (lead) byName.set(lead.name, { code: lead.code, name: lead.name })
  const names = [...new Set(pinned.map((p) => p.department))]
  if (names.length) {
    for (const d of await db.select().from(departments).where(inArray(departments.name, names))) {
      byName.set(d.name, { code: d.code, name: d.name })
    }
  }
  const items: ItemTemplate[] = pinned.map(({ id: _id, version: _v, department, ...item }) => {
    const { formatVersion: _f, ...rest } = item as Item & { formatVersion?: number }
    return { ...rest, departmentCode: byName.get(department)?.code ?? department }
  })
  const bundle: BundleTemplate = {
    slug: doc.slug,
    name: doc.name,
    leadDepartmentCode: lead?.code ?? '',
    stage: doc.stage as BundleTemplate['stage'],
    items: pinned.map((p) => p.code),
    bindings: doc.bindings as BundleTemplate['bindings'],
    situations: doc.situations as BundleTemplate['situations'],
    rules: doc.rules as BundleTemplate['rules'],
    overrides: doc.overrides as BundleTemplate['overrides'],
    guide: doc.guide as BundleTemplate['guide'],
    rejected: doc.rejected,
  }
  const used = new Set<string>(bundle.bindings.map((b) => b.element))
  for (const item of items) collectElementIds(item.form.schema, used)
  const elements = (await listElements(db)).filter((e) => used.has(e.id))
  return {
    format: PACKAGE_FORMAT,
    formatVersion: 1,
    departments: [...byName.values()],
    elements,
    items,
    bundles: [bundle],
  }
}

function collectElementIds(node: unknown, out: Set<string>) {
  const stack = [node]
  while (stack.length) {
    const n = stack.pop()
    if (!n || typeof n !== 'object') continue
    const id = (n as { 'x-element'?: unknown })['x-element']
    if (typeof id === 'string') out.add(id)
    stack.push(...Object.values(n))
  }
}
