/**
 * Before publishing: what blocks it (conflicts → the API answers 409; situation issues → 422; an
 * unusable draft), what asks for confirmation (missing guide elements), and the diff against the
 * last published version (runtime/core/diff `diffBundleVersions`).
 */
import {
  type BundleDiff,
  type BundleSnapshot,
  diffBundleVersions,
} from '../../../runtime/core/diff'
import { guideCompleteness } from '../../../runtime/core/guide'
import type { MergeOutput } from '../../../runtime/core/merge/types'
import type { Issue } from '../../../runtime/core/situations'
import type { Conflict, Guide } from '../../../runtime/core/types'
import { situationIssues } from './situations'
import { memberItems } from './state'
import type { BundleState } from './types'
import { LIMITS, SLUG } from './validate'

export type PublishCheck = {
  conflicts: Conflict[]
  missingGuideElements: { key: keyof Guide; title: string }[]
  situationIssues: Issue[]
  /** what the API refuses to save or publish otherwise: no member, a bad slug, no name … */
  draftIssues: Issue[]
  /** nothing blocks publishing (conflicts, situation issues, draft issues) */
  canPublish: boolean
  /** publishing needs the administrator's confirmation: guide elements are missing */
  needsConfirmation: boolean
}

/** What the API would refuse in the draft itself (beyond conflicts and situations). */
export function draftIssues(state: BundleState): Issue[] {
  const d = state.doc
  const out: Issue[] = []
  if (d.slug.length < 2 || !SLUG.test(d.slug))
    out.push({ path: 'slug', message: 'slug 至少 2 个字符，只能包含小写字母、数字和 -' })
  if (d.name.trim() === '') out.push({ path: 'name', message: '一件事名称不能为空' })
  if (d.name.length > LIMITS.name)
    out.push({ path: 'name', message: `名称不能超过 ${LIMITS.name} 个字符` })
  if (d.leadDepartmentId === '') out.push({ path: 'leadDepartmentId', message: '请选择牵头部门' })
  if (d.items.length === 0) out.push({ path: 'items', message: '一件事至少要包含一个已发布的事项' })
  return out
}

export function publishCheck(state: BundleState, merged: MergeOutput): PublishCheck {
  const conflicts = merged.conflicts
  const situations = situationIssues(state, merged)
  const draft = draftIssues(state)
  const missing = guideCompleteness(state.doc.guide).missing
  return {
    conflicts,
    missingGuideElements: missing,
    situationIssues: situations,
    draftIssues: draft,
    canPublish: conflicts.length === 0 && situations.length === 0 && draft.length === 0,
    needsConfirmation: missing.length > 0,
  }
}

/**
 * The content a publish would write (as api/services/publish-bundle.ts builds it, without version,
 * hash and date): the merged form, materials, situations, rules, guide and pinned items.
 */
export function publishedContent(
  state: BundleState,
  merged: MergeOutput,
  options: { leadDepartment?: string } = {},
): BundleSnapshot {
  const d = state.doc
  const content: BundleSnapshot = {
    slug: d.slug,
    name: d.name,
    stage: d.stage,
    schema: merged.schema,
    uiSchema: merged.uiSchema,
    mapping: merged.mapping,
    materials: merged.materials,
    situations: d.situations,
    rules: d.rules,
    guide: d.guide,
    items: memberItems(state).map((i) => ({
      code: i.code,
      name: i.name,
      department: i.department,
      version: i.version,
    })),
  }
  if (options.leadDepartment !== undefined) content.leadDepartment = options.leadDepartment
  return content
}

/**
 * What publishing the draft would change against the last published version
 * (`GET /api/bundles/:id/versions/:latestVersion`; none: everything is added). Give the lead
 * department's name to compare it too.
 */
export function publishDiff(
  last: BundleSnapshot | null | undefined,
  state: BundleState,
  merged: MergeOutput,
  options: { leadDepartment?: string } = {},
): BundleDiff {
  const next = publishedContent(state, merged, options)
  // without the lead department's name, it is left out of the comparison
  const before: BundleSnapshot = { ...(last ?? {}) }
  if (options.leadDepartment === undefined) delete before.leadDepartment
  return diffBundleVersions(before, next)
}

/** How many changes each part of a diff has, and in all. */
export function diffCounts(diff: BundleDiff): Record<keyof BundleDiff | 'total', number> {
  const counts = {} as Record<keyof BundleDiff | 'total', number>
  let total = 0
  for (const [k, v] of Object.entries(diff) as [keyof BundleDiff, unknown[]][]) {
    counts[k] = v.length
    total += v.length
  }
  counts.total = total
  return counts
}
