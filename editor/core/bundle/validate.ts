/**
 * What the reducer refuses: values the API would reject on save (wrong types, bad ids, over its
 * limits). Things an administrator passes through on the way (an empty title, a rule naming a
 * removed option) are allowed and listed by `situationIssues` / `publishCheck`.
 */
import type {
  Guide,
  GuideStep,
  Intermediary,
  Material,
  Rule,
  Situation,
  SituationOption,
} from '../../../runtime/core/types'
import type { GuideListKey } from './types'

export class Refused extends Error {}

export function refuse(message: string): never {
  throw new Refused(message)
}

/** The API's limits (api/schemas/bundle.schema.ts). */
export const LIMITS = {
  items: 200,
  bindings: 5000,
  rejected: 5000,
  situations: 100,
  options: 50,
  rules: 2000,
  name: 200,
  slug: 80,
  stage: 50,
  questionId: 64,
  title: 200,
  help: 1000,
  value: 64,
  path: 500,
  element: 100,
} as const

export const QUESTION_ID = /^[\w-]+$/
export const SLUG = /^[a-z0-9][a-z0-9-]*$/

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

export const isText = (v: unknown, max = Number.POSITIVE_INFINITY): v is string =>
  typeof v === 'string' && v.length <= max

const count = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0

export function checkText(v: unknown, what: string, max?: number): string {
  if (typeof v !== 'string') refuse(`${what}应为文本`)
  if (max !== undefined && v.length > max) refuse(`${what}不能超过 ${max} 个字符`)
  return v
}

export function checkQuestionId(id: unknown): string {
  if (typeof id !== 'string' || id === '') refuse('情形问题编号不能为空')
  if (id.length > LIMITS.questionId) refuse(`情形问题编号不能超过 ${LIMITS.questionId} 个字符`)
  if (!QUESTION_ID.test(id)) refuse('问题编号只能包含字母、数字、_ 和 -')
  return id
}

export function checkOption(o: unknown): SituationOption {
  if (!isObject(o)) refuse('选项格式无效')
  const value = checkText(o.value, '选项取值', LIMITS.value)
  if (value.trim() === '') refuse('选项取值不能为空')
  if (value.trim() !== value) refuse('选项取值不能以空格开头或结尾')
  const label = checkText(o.label ?? '', '选项名称', LIMITS.title)
  return { value, label }
}

export function checkRuleShape(rule: unknown, what = '条件'): Rule {
  if (!isObject(rule)) refuse(`${what}格式无效`)
  return rule as Rule
}

/** A situation as the API stores it: known fields only, options checked. */
export function checkSituation(s: unknown): Situation {
  if (!isObject(s)) refuse('情形问题格式无效')
  const id = checkQuestionId(s.id)
  const kind = s.kind ?? 'single'
  if (kind !== 'single' && kind !== 'multiple') refuse('情形问题的题型应为单选或多选')
  if (!Array.isArray(s.options)) refuse('情形问题的选项应为列表')
  if (s.options.length > LIMITS.options) refuse(`一个情形问题最多 ${LIMITS.options} 个选项`)
  const options = s.options.map(checkOption)
  const values = new Set<string>()
  for (const o of options) {
    if (values.has(o.value)) refuse(`选项值「${o.value}」重复`)
    values.add(o.value)
  }
  const out: Situation = {
    id,
    title: checkText(s.title ?? '', '问题标题', LIMITS.title),
    kind,
    options,
  }
  if (s.help !== undefined) out.help = checkText(s.help, '问题说明', LIMITS.help)
  if (s.when !== undefined) out.when = checkRuleShape(s.when, '追问条件')
  return out
}

const MATERIAL_FORMS = new Set(['original', 'copy', 'electronic'])
const REQUIREMENTS = new Set(['required', 'tolerated', 'conditional'])
const MATERIAL_TEXT = ['name', 'source', 'eLicense', 'note', 'blankUrl', 'sampleUrl'] as const

/** One property of a material override. */
export function checkMaterialValue(key: string, v: unknown): unknown {
  if ((MATERIAL_TEXT as readonly string[]).includes(key)) return checkText(v, `材料的${key}`)
  if (key === 'form') {
    if (!MATERIAL_FORMS.has(v as string)) refuse('材料形式应为原件、复印件或电子件')
    return v
  }
  if (key === 'requirement') {
    if (!REQUIREMENTS.has(v as string)) refuse('材料要求应为必要、容缺或情形适用')
    return v
  }
  if (key === 'copies') {
    if (!count(v) || !Number.isInteger(v)) refuse('材料份数应为非负整数')
    return v
  }
  return refuse(`材料没有可覆盖的属性「${key}」`)
}
export type MaterialKey = Exclude<keyof Material, 'key'>

function checkStep(v: unknown): GuideStep {
  if (!isObject(v)) refuse('办理步骤格式无效')
  const step: GuideStep = {
    title: checkText(v.title ?? '', '步骤名称'),
    department: checkText(v.department ?? '', '步骤的办理部门'),
    days: v.days === undefined ? 0 : (v.days as number),
  }
  if (!count(step.days)) refuse('步骤时限应为非负的工作日数')
  if (v.description !== undefined) step.description = checkText(v.description, '步骤说明')
  if (v.parallel !== undefined) step.parallel = checkText(v.parallel, '并联分组')
  return step
}

function checkIntermediary(v: unknown): Intermediary {
  if (!isObject(v)) refuse('中介服务格式无效')
  const out: Intermediary = {
    name: checkText(v.name ?? '', '中介服务名称'),
    required: v.required === true,
  }
  if (v.required !== undefined && typeof v.required !== 'boolean') refuse('是否必需应为是或否')
  if (v.basis !== undefined) out.basis = checkText(v.basis, '中介服务依据')
  if (v.note !== undefined) out.note = checkText(v.note, '中介服务说明')
  return out
}

function checkFaq(v: unknown): { q: string; a: string } {
  if (!isObject(v)) refuse('常见问题格式无效')
  return { q: checkText(v.q ?? '', '问题'), a: checkText(v.a ?? '', '解答') }
}

/** One entry of a guide list. */
export function checkGuideEntry(list: GuideListKey, v: unknown): unknown {
  switch (list) {
    case 'jointDepartments':
      return checkText(v, '联办部门')
    case 'basis':
      return checkText(v, '设定依据')
    case 'process':
      return checkStep(v)
    case 'intermediaries':
      return checkIntermediary(v)
    case 'faq':
      return checkFaq(v)
    default:
      return refuse(`办事指南没有列表「${String(list)}」`)
  }
}

export const GUIDE_LISTS: readonly GuideListKey[] = [
  'jointDepartments',
  'basis',
  'process',
  'intermediaries',
  'faq',
]

const GUIDE_TEXT = [
  'implementer',
  'targets',
  'conditions',
  'fee',
  'location',
  'hours',
  'window',
  'onlineUrl',
  'consultPhone',
  'complaintPhone',
] as const

/** One top-level guide element, checked and copied. */
export function checkGuideValue(key: string, v: unknown): unknown {
  if ((GUIDE_TEXT as readonly string[]).includes(key)) return checkText(v, '办事指南要素')
  if ((GUIDE_LISTS as readonly string[]).includes(key)) {
    if (!Array.isArray(v)) refuse('该要素应为列表')
    return v.map((x) => checkGuideEntry(key as GuideListKey, x))
  }
  if (key === 'timeLimit') {
    if (!isObject(v) || !count(v.legal) || !count(v.promised))
      refuse('法定/承诺时限应为非负的工作日数')
    return { legal: v.legal, promised: v.promised } satisfies Guide['timeLimit']
  }
  if (key === 'visits') {
    if (!count(v) || !Number.isInteger(v)) refuse('到现场次数应为非负整数')
    return v
  }
  if (key === 'result') {
    if (!isObject(v)) refuse('办理结果格式无效')
    const out: Guide['result'] = { name: checkText(v.name ?? '', '结果名称') }
    if (v.sampleUrl !== undefined) out.sampleUrl = checkText(v.sampleUrl, '结果样本地址')
    return out
  }
  return refuse(`办事指南没有要素「${key}」`)
}
