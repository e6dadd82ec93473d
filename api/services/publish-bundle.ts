import { eq } from 'drizzle-orm'
import type { Db } from '../../db/client'
import { bundles, bundleVersions, departments } from '../../db/schema'
import { checkSituations } from '../../runtime/core/situations'
import type { ApplicabilityRule, Situation } from '../../runtime/core/types'
import { requireDepartment } from '../auth/permissions'
import type { SessionUser } from '../context'
import { AppError, notFound } from '../errors'
import { contentHash } from '../lib/hash'
import { audit } from './audit'
import { bundleDoc, getBundleRow, mergeBundle } from './bundles'

/**
 * Publishes a bundle: merges its pinned items, refuses while a conflict is unresolved (409 with the
 * conflicts) or the situations are inconsistent (422), then writes an immutable numbered version.
 * The bundle row is locked so concurrent publishes get consecutive numbers.
 */
export async function publishBundle(db: Db, actor: SessionUser, id: string, note: string) {
  const pre = await getBundleRow(db, id)
  requireDepartment(actor, pre.leadDepartmentId)
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(bundles).where(eq(bundles.id, id)).for('update')
    if (!row) throw notFound('一件事')
    const doc = bundleDoc(row)
    if (!doc.items.length) throw new AppError('INVALID_INPUT', '一件事至少要包含一个已发布的事项')
    const { merged, items } = await mergeBundle(tx, doc)
    if (merged.conflicts.length) {
      throw new AppError(
        'MERGE_CONFLICTS',
        `合并表单存在 ${merged.conflicts.length} 处冲突，解决后才能发布`,
        merged.conflicts,
      )
    }
    const situations = doc.situations as Situation[]
    const rules = doc.rules as ApplicabilityRule[]
    const sections = Object.keys(merged.schema.properties ?? {})
    const problems = checkSituations(situations, rules, {
      items: items.map((i) => i.code),
      materials: merged.materials.map((m) => m.key),
      sections,
    })
    if (problems.length)
      throw new AppError('INVALID_INPUT', `情形引导设置有误：${problems[0]?.message}`, problems)
    const [lead] = await tx
      .select()
      .from(departments)
      .where(eq(departments.id, row.leadDepartmentId))
    const version = row.latestVersion + 1
    const content = {
      slug: row.slug,
      name: doc.name,
      stage: doc.stage,
      leadDepartment: lead?.name ?? '',
      schema: merged.schema,
      uiSchema: merged.uiSchema,
      mapping: merged.mapping,
      materials: merged.materials,
      situations,
      rules,
      guide: doc.guide,
      items: items.map((i) => ({
        code: i.code,
        name: i.name,
        department: i.department,
        version: i.version,
      })),
    }
    const hash = contentHash(content)
    const published = { ...content, version, hash, publishedAt: new Date().toISOString() }
    await tx.insert(bundleVersions).values({
      bundleId: id,
      slug: row.slug,
      version,
      hash,
      doc: published,
      note,
      publishedBy: actor.id,
    })
    await tx.update(bundles).set({ latestVersion: version }).where(eq(bundles.id, id))
    await audit(tx, actor, {
      action: 'publish',
      entity: 'bundle',
      entityId: id,
      before: row.hash,
      after: hash,
      detail: { version, note },
    })
    return { version, hash }
  })
}
