import { intersectSchemas } from '../merge/intersect'
import type { Conflict, Element, JsonSchema } from '../types'
import { type ElementIndex, type ElementName, elementUnit } from './element-index'
import { aliasOf, normalizeKey } from './key-aliases'
import { nearestSection, normalizeTitle, stemTitle, throughSection } from './normalize-title'
import { fieldRoles, rolesOf } from './roles'

/** An unbound field that could be bound to an element. */
export type SuggestField = {
  item: string
  path: string
  schema: JsonSchema
  /** titles of the objects and tables above it, outermost first */
  context: string[]
}

export type Scored = { element: Element; confidence: number }

/** Words that may stand before an element's name without changing whose data it is. */
const QUALIFIERS = [
  '申请单位',
  '申请人',
  '申请',
  '申报单位',
  '申报',
  '本单位',
  '本项目',
  '本',
  '项目',
  '企业',
  '公司',
  '单位',
  '拟建',
  '拟',
]
/**
 * A name shortened at the front must not have lost whose data it is: a party (设计单位…, …人, …方)
 * or a thing (项目所属行业 is not an enterprise's 所属行业).
 */
const PARTY = /单位|机构|公司|企业|人|方|项目|工程|建设|土地|房屋|建筑|申请|个体/u

/**
 * `exact`: the title is an element's name or synonym; `section`: it is one when the nearest
 * section's title is put before it (法定代表人 › 姓名 reads 法定代表人姓名); `stem`, `qualified`,
 * `shortened`: near forms of a name.
 */
const TITLE_BASE = {
  exact: 0.9,
  section: 0.85,
  stem: 0.8,
  qualified: 0.7,
  shortened: 0.65,
} as const
type TitleHow = keyof typeof TITLE_BASE

const lastSegment = (path: string) => (path.split('.').pop() ?? '').replace(/\[\]$/, '')

/** Would binding this field to the element report a conflict? Then it is no suggestion. */
const incompatible = (element: Element, field: SuggestField): boolean => {
  const conflicts: Conflict[] = []
  intersectSchemas(
    [
      { item: '', label: '', path: element.id, schema: element.schema, element: true },
      { item: field.item, label: '', path: field.path, schema: field.schema },
    ],
    { element: element.id, title: element.title, conflicts },
  )
  return conflicts.length > 0
}

/** A section title that names a party: whose data the fields inside it are. */
const PARTY_NAME = /(?:单位|机构|公司|企业|人|方)$/u

/**
 * A section naming a party the dictionary does not know (收款单位, 委托人) holds that party's data:
 * its fields may only be elements whose names say the party (a 收款单位's 开户银行 is not the
 * applicant's). A known party needs no filter: 建设单位 names the applicant (its 法定代表人 is the
 * applicant's), and one with roles (施工单位, 法定代表人) is already held to them. Undefined: no
 * filter.
 */
function unknownParty(section: string, index: ElementIndex): ((e: Element) => boolean) | undefined {
  if (!PARTY_NAME.test(section)) return undefined
  if (index.exact.has(`${section}名称`) || index.exact.has(section)) return undefined
  return (e) => [e.title, ...e.synonyms].some((n) => normalizeTitle(n).core.includes(section))
}

/**
 * Candidate elements for one field, best first, each with a confidence in (0, 1]. Title evidence
 * (exact name or synonym, near forms) dominates; key evidence (whole id, known alias, a distinctive
 * last id segment) adds to it or stands alone with less; an agreeing format adds a little. Vetoes:
 * different roles, different units, or any constraint that would conflict on binding.
 */
export function scoreField(field: SuggestField, index: ElementIndex): Scored[] {
  const title = typeof field.schema.title === 'string' ? field.schema.title : ''
  const { core, unit } = normalizeTitle(title)
  const roles = fieldRoles(core, field.context)
  // the nearest section, without a trailing 信息/情况…: whose data the field is, if it names a party
  const section = nearestSection(field.context)
  const party = unknownParty(section, index)
  const byTitle = new Map<string, { how: TitleHow; name: ElementName }>()
  const offer = (
    names: ElementName[] | undefined,
    how: TitleHow,
    accept = (_n: ElementName) => true,
  ) => {
    for (const name of names ?? []) {
      if (name.roles !== roles || !accept(name)) continue
      if (unit !== undefined && name.unit !== undefined && unit !== name.unit) continue
      const known = byTitle.get(name.element.id)
      if (!known || TITLE_BASE[how] > TITLE_BASE[known.how])
        byTitle.set(name.element.id, { how, name })
    }
  }
  if (core.length >= 2) {
    offer(index.exact.get(core), 'exact')
    const stem = stemTitle(core)
    if (stem !== core) {
      offer(index.stem.get(stem), 'stem')
      offer(index.exact.get(stem), 'stem')
    }
    for (const q of QUALIFIERS) {
      if (core.startsWith(q) && core.length - q.length >= 2) {
        offer(index.exact.get(core.slice(q.length)), 'qualified')
      }
    }
    if (core.length >= 4) {
      offer(index.suffix.get(core), 'shortened', (name) => {
        const lost = name.core.slice(0, name.core.length - core.length)
        return !PARTY.test(lost) && rolesOf(lost) === ''
      })
    }
    // A short title in a section names its data through the section, as forms are printed:
    // 经办人信息 › 姓名, 建设单位 › 名称. Only the nearest section speaks for the field.
    const read = throughSection(core, field.context)
    if (read !== undefined) offer(index.exact.get(read), 'section')
  }

  const byKey = new Map<string, number>()
  const key = normalizeKey(lastSegment(field.path))
  const whole = normalizeKey(field.path)
  for (const k of [key, whole]) {
    const e = index.wholeId.get(k)
    if (e) byKey.set(e.id, 1)
  }
  const alias = aliasOf(key)
  if (alias && index.byId.has(alias)) byKey.set(alias, 1)
  const bySegment = key.length >= 4 ? index.lastSegment.get(key) : undefined
  if (bySegment?.length === 1 && bySegment[0] && !byKey.has(bySegment[0].id)) {
    byKey.set(bySegment[0].id, 0.6)
  }

  const out: Scored[] = []
  for (const id of new Set([...byTitle.keys(), ...byKey.keys()])) {
    const element = index.byId.get(id)
    if (!element) continue
    const t = byTitle.get(id)
    const k = byKey.get(id) ?? 0
    if (party && t?.how !== 'section' && !party(element)) continue
    if (!t) {
      // key evidence alone: the title must not name another role or unit
      if (rolesOf(element.title) !== roles) continue
      const own = elementUnit(element)
      if (unit !== undefined && own !== undefined && unit !== own) continue
    }
    let c = t ? TITLE_BASE[t.how] : k === 1 ? 0.65 : 0.55
    if (t && k === 1) c += 0.05
    else if (t && k > 0) c += 0.03
    const format = field.schema.format
    if (format !== undefined && format === element.schema.format) c += 0.05
    if (incompatible(element, field)) continue
    out.push({ element, confidence: Math.min(1, Math.round(c * 100) / 100) })
  }
  return out.sort(
    (a, b) =>
      b.confidence - a.confidence ||
      (a.element.id < b.element.id ? -1 : a.element.id > b.element.id ? 1 : 0),
  )
}
