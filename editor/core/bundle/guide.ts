/**
 * The guide editor's derived views: a default 办理流程 from the members (一家牵头 受理 → one
 * parallel step per department → 限时办结), defaults for the other elements the members can tell,
 * the flowchart rows and totals, the completeness meter (要素完整率) and checks.
 */
import { flowRows, type GuideCompleteness, guideCompleteness } from '../../../runtime/core/guide'
import type { Guide, GuideStep } from '../../../runtime/core/types'
import * as cmd from './commands'
import { memberItems } from './state'
import type { BundleState, Command, GuidePatch, MemberItem } from './types'

/** 收费 when nothing is charged. */
export const NO_FEE = '不收费'

/** The parallel group of the generated default process. */
export const PARALLEL_GROUP = 'parallel'

/** The departments of the members, in member order, once each. */
export const memberDepartments = (items: MemberItem[]): string[] => [
  ...new Set(items.map((i) => i.department).filter(Boolean)),
]

/**
 * The default 办理流程: the lead department accepts (1 day), every member department approves its
 * items in parallel (one step each, the longest promised time limit of its items), the lead
 * department concludes and hands out the results (1 day).
 */
export function defaultProcess(items: MemberItem[], leadDepartment: string): GuideStep[] {
  const steps: GuideStep[] = [
    {
      title: '一窗受理',
      department: leadDepartment,
      days: 1,
      description:
        '申请人一次提交一张表单和一套材料，牵头部门审核，材料齐全的当日受理并分送各部门；不齐全的一次性告知。',
    },
  ]
  for (const department of memberDepartments(items)) {
    const own = items.filter((i) => i.department === department)
    steps.push({
      title: own.map((i) => i.name).join('、'),
      department,
      days: Math.max(0, ...own.map((i) => i.timeLimit?.promised ?? 0)),
      description: '并联审批',
      parallel: PARALLEL_GROUP,
    })
  }
  steps.push({
    title: '限时办结、统一出件',
    department: leadDepartment,
    days: 1,
    description: '汇总各部门结果，由综合受理窗口统一发放。',
  })
  return steps
}

/** Working days of a process: consecutive steps of one parallel group count as their longest. */
export function processDays(steps: GuideStep[]): number {
  return flowRows(steps).reduce(
    (sum, row) => sum + Math.max(0, ...row.map((s) => (Number.isFinite(s.days) ? s.days : 0))),
    0,
  )
}

/** 收费 from the members: 「不收费」 when none charges, else each item's fee. */
export function defaultFee(items: MemberItem[]): string {
  const charged = items.filter((i) => {
    const fee = (i.fee ?? '').trim()
    return fee !== '' && fee !== NO_FEE && fee !== '无'
  })
  if (charged.length === 0) return NO_FEE
  return charged.map((i) => `${i.name}：${i.fee.trim()}`).join('；')
}

/**
 * The guide elements the members can tell: 实施主体, 联办部门, 设定依据 (every item's, once), 受理条件
 * (each item's), 办理流程 (`defaultProcess`), 时限 (legal: the longest member's; promised: the
 * process's days), 收费, 结果名称 (the items' names).
 */
export function defaultGuide(items: MemberItem[], leadDepartment: string): Partial<Guide> {
  const departments = memberDepartments(items)
  const process = defaultProcess(items, leadDepartment)
  return {
    implementer: `${leadDepartment}（牵头）${
      departments.some((d) => d !== leadDepartment)
        ? `，会同${departments.filter((d) => d !== leadDepartment).join('、')}并联实施`
        : ''
    }`,
    jointDepartments: departments.filter((d) => d !== leadDepartment),
    basis: [...new Set(items.flatMap((i) => i.basis ?? []))],
    conditions: items
      .filter((i) => (i.conditions ?? '').trim() !== '')
      .map((i) => (items.length > 1 ? `${i.name}：${i.conditions.trim()}` : i.conditions.trim()))
      .join('\n'),
    process,
    timeLimit: {
      legal: Math.max(0, ...items.map((i) => i.timeLimit?.legal ?? 0)),
      promised: processDays(process),
    },
    fee: defaultFee(items),
    result: { name: items.map((i) => i.name).join('；') },
  }
}

/**
 * Fills the guide elements that are missing (per `guideCompleteness`) with the members' defaults,
 * as one command; undefined when there is nothing to fill.
 */
export function fillGuideDefaults(state: BundleState, leadDepartment: string): Command | undefined {
  const defaults = defaultGuide(memberItems(state), leadDepartment) as Record<string, unknown>
  const patch: Record<string, unknown> = {}
  for (const { key } of guideCompleteness(state.doc.guide).missing) {
    const v = defaults[key]
    const empty =
      v === undefined ||
      v === '' ||
      (Array.isArray(v) && v.length === 0 && key !== 'intermediaries')
    if (!empty) patch[key] = v
  }
  return Object.keys(patch).length ? cmd.setGuide(patch as GuidePatch) : undefined
}

/** Replaces the process with the generated default. */
export const generateProcess = (state: BundleState, leadDepartment: string): Command =>
  cmd.setGuide({ process: defaultProcess(memberItems(state), leadDepartment) })

export type GuideWarning = { key: keyof Guide; message: string }

/**
 * Checks beyond completeness: time limits against each other and the process, departments of the
 * process, fee wording.
 */
export function guideWarnings(state: BundleState): GuideWarning[] {
  const g = state.doc.guide
  const out: GuideWarning[] = []
  const items = memberItems(state)
  const t = g.timeLimit
  if (t && t.promised > t.legal)
    out.push({
      key: 'timeLimit',
      message: `承诺时限 ${t.promised} 个工作日超过法定时限 ${t.legal} 个工作日`,
    })
  const steps = Array.isArray(g.process) ? g.process : []
  if (steps.length && t && processDays(steps) > t.promised)
    out.push({
      key: 'process',
      message: `办理流程合计 ${processDays(steps)} 个工作日，超过承诺时限 ${t.promised} 个工作日`,
    })
  const departments = new Set(memberDepartments(items))
  const stepDepartments = new Set(steps.map((s) => s.department))
  for (const d of departments)
    if (!stepDepartments.has(d))
      out.push({ key: 'process', message: `办理流程中没有成员部门「${d}」的步骤` })
  steps.forEach((s, i) => {
    if (!s.title?.trim()) out.push({ key: 'process', message: `第 ${i + 1} 步缺少名称` })
    if (!s.department?.trim()) out.push({ key: 'process', message: `第 ${i + 1} 步缺少办理部门` })
  })
  if (typeof g.fee === 'string' && /^(无|免费|不收取费用|否)$/.test(g.fee.trim()))
    out.push({ key: 'fee', message: `不收费时请写「${NO_FEE}」` })
  return out
}

export type GuideView = {
  completeness: GuideCompleteness
  /** the process as flowchart rows (a parallel group is one row), steps numbered from 1 */
  flow: (GuideStep & { n: number })[][]
  /** working days of the process (parallel steps counted once, as their longest) */
  days: number
  warnings: GuideWarning[]
}

export function guideView(state: BundleState): GuideView {
  const steps = Array.isArray(state.doc.guide.process) ? state.doc.guide.process : []
  return {
    completeness: guideCompleteness(state.doc.guide),
    flow: flowRows(steps),
    days: processDays(steps),
    warnings: guideWarnings(state),
  }
}
