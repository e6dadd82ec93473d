/**
 * What the 办事指南 is printed from: a published bundle version (its guide, member items, merged
 * materials, situations and rules) and the day it was published. A bundle's guide is free JSON in
 * a draft, so everything is read defensively: a missing or mistyped element prints as 「—」,
 * never as an error.
 */
import type {
  ApplicabilityRule,
  Guide,
  MaterialForm,
  MaterialRequirement,
  MergedMaterial,
  Situation,
} from '../types'

export type GuideDoc = {
  slug: string
  version: number
  hash: string
  name: string
  leadDepartment?: string
  /** the version's publication day, `YYYY-MM-DD` */
  date: string
  items: { code: string; name: string; department: string; version?: number }[]
  materials: MergedMaterial[]
  situations: Situation[]
  rules: ApplicabilityRule[]
  guide: Partial<Guide>
}

export type PrintStep = {
  title: string
  department: string
  days?: number
  description: string
  parallel: string
}

/** The guide as printed: every element present, text as text. */
export type PrintGuide = {
  implementer: string
  jointDepartments: string[]
  targets: string
  basis: string[]
  conditions: string
  process: PrintStep[]
  legal?: number
  promised?: number
  fee: string
  location: string
  hours: string
  window: string
  onlineUrl: string
  visits?: number
  consultPhone: string
  complaintPhone: string
  intermediaries: { name: string; basis: string; required: boolean; note: string }[]
  result: { name: string; sampleUrl: string }
  faq: { q: string; a: string }[]
}

export type PrintMaterial = {
  key: string
  name: string
  form: MaterialForm | ''
  copies?: number
  requirement: MaterialRequirement | ''
  source: string
  eLicense: string
  note: string
  exempt: boolean
  items: string[]
}

export type PrintSituation = {
  id: string
  title: string
  options: { value: string; label: string }[]
  multiple: boolean
  help: string
  when?: unknown
}

type Raw = Record<string, unknown>
const obj = (v: unknown): Raw =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : {}
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
export const str = (v: unknown): string =>
  typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : ''
const strs = (v: unknown): string[] =>
  (typeof v === 'string' ? [v] : list(v)).map(str).filter(Boolean)
const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined

export function printGuide(raw: unknown): PrintGuide {
  const g = obj(raw)
  const time = obj(g.timeLimit)
  const result = obj(g.result)
  return {
    implementer: str(g.implementer),
    jointDepartments: strs(g.jointDepartments),
    targets: str(g.targets),
    basis: strs(g.basis),
    conditions: str(g.conditions),
    process: list(g.process).map((s) => {
      const step = obj(s)
      return {
        title: str(step.title),
        department: str(step.department),
        days: count(step.days),
        description: str(step.description),
        parallel: str(step.parallel),
      }
    }),
    legal: count(time.legal),
    promised: count(time.promised),
    fee: str(g.fee),
    location: str(g.location),
    hours: str(g.hours),
    window: str(g.window),
    onlineUrl: str(g.onlineUrl),
    visits: count(g.visits),
    consultPhone: str(g.consultPhone),
    complaintPhone: str(g.complaintPhone),
    intermediaries: list(g.intermediaries).map((i) => {
      const m = obj(i)
      return {
        name: str(m.name),
        basis: str(m.basis),
        required: m.required === true,
        note: str(m.note),
      }
    }),
    result: { name: str(result.name), sampleUrl: str(result.sampleUrl) },
    faq: list(g.faq)
      .map((f) => ({ q: str(obj(f).q), a: str(obj(f).a) }))
      .filter((f) => f.q || f.a),
  }
}

const FORMS = new Set(['original', 'copy', 'electronic'])
const NEEDS = new Set(['required', 'tolerated', 'conditional'])

export function printMaterials(raw: unknown): PrintMaterial[] {
  return list(raw).map((v, i) => {
    const m = obj(v)
    const form = str(m.form)
    const requirement = str(m.requirement)
    return {
      key: str(m.key) || `#${i}`,
      name: str(m.name),
      form: FORMS.has(form) ? (form as MaterialForm) : '',
      copies: count(m.copies),
      requirement: NEEDS.has(requirement) ? (requirement as MaterialRequirement) : '',
      source: str(m.source),
      eLicense: str(m.eLicense),
      note: str(m.note),
      exempt: m.exempt === true,
      items: strs(m.items),
    }
  })
}

export function printSituations(raw: unknown): PrintSituation[] {
  return list(raw).map((v) => {
    const s = obj(v)
    return {
      id: str(s.id),
      title: str(s.title),
      options: list(s.options).map((o) => ({ value: str(obj(o).value), label: str(obj(o).label) })),
      multiple: s.kind === 'multiple',
      help: str(s.help),
      ...(s.when !== undefined ? { when: s.when } : {}),
    }
  })
}

export function printItems(raw: unknown): { code: string; name: string; department: string }[] {
  return list(raw).map((v) => {
    const i = obj(v)
    return { code: str(i.code), name: str(i.name), department: str(i.department) }
  })
}
