import type { JsonSchema } from '../types'

/** Titles made comparable: `「单位名称」（盖章）：` and `单位名称` read alike; units are kept apart. */

/** Bracketed words that are measuring units: a field in 元 is not the element in 万元. */
const UNIT_SYNONYMS: Record<string, string> = {
  万元: '万元',
  元: '元',
  亿元: '亿元',
  万美元: '万美元',
  美元: '美元',
  平方米: '平方米',
  m2: '平方米',
  平米: '平方米',
  万平方米: '万平方米',
  公顷: '公顷',
  亩: '亩',
  米: '米',
  m: '米',
  千米: '千米',
  公里: '千米',
  km: '千米',
  层: '层',
  天: '天',
  日: '天',
  日历天: '日历天',
  工作日: '工作日',
  '%': '%',
  人: '人',
  个: '个',
  吨: '吨',
  千瓦: '千瓦',
  kw: '千瓦',
  立方米: '立方米',
  m3: '立方米',
}

export type NormalTitle = {
  /** the comparable text: no brackets, quotes, spaces, numbering or trailing colon */
  core: string
  /** a measuring unit named in brackets, canonical (`㎡` → `平方米`) */
  unit?: string
}

const BRACKETED = /\(([^()]*)\)|\[([^[\]]*)\]|【([^【】]*)】|〔([^〔〕]*)〕/g

const cache = new Map<string, NormalTitle>()

/** `（一）总投资（万元）：` → `{ core: '总投资', unit: '万元' }`; latin lowercased. */
export function normalizeTitle(title: string): NormalTitle {
  const known = cache.get(title)
  if (known) return known
  const out = normalizeUncached(title)
  // bounded: a long-running server sees many titles
  if (cache.size > 10_000) cache.clear()
  cache.set(title, out)
  return out
}

function normalizeUncached(title: string): NormalTitle {
  // NFKC makes full-width letters, digits and brackets half-width and `㎡` → `m2`
  let text = title.normalize('NFKC').trim()
  text = text.replace(/^(\d+|[一二三四五六七八九十]+)[.、)]\s*/u, '')
  let unit: string | undefined
  const stripped = text.replace(BRACKETED, (_m, ...groups: unknown[]) => {
    const inner = groups.slice(0, 4).find((g) => typeof g === 'string') as string | undefined
    const key = (inner ?? '').trim().toLowerCase()
    if (unit === undefined && UNIT_SYNONYMS[key]) unit = UNIT_SYNONYMS[key]
    return ''
  })
  const core = (stripped || text)
    .replace(/[「」『』“”"'‘’《》*＊:：\s]/gu, '')
    .replace(/[，,。.、;；]+$/u, '')
    .toLowerCase()
  return unit === undefined ? { core } : { core, unit }
}

/** A canonical unit for an element's `x-money` / `x-unit`, or undefined. */
export const canonicalUnit = (u: unknown): string | undefined =>
  typeof u === 'string' ? (UNIT_SYNONYMS[u.normalize('NFKC').toLowerCase()] ?? u) : undefined

/** The unit a schema declares (`x-money`, else `x-unit`), canonical, or undefined. */
export const schemaUnit = (schema: JsonSchema): string | undefined =>
  canonicalUnit(schema['x-money']) ?? canonicalUnit(schema['x-unit'])

/**
 * Loose form for near matches: a trailing 名称/全称 is dropped (单位全称 ≈ 单位名称) when at least
 * two characters remain, and 号码 reads as 号 (身份证号码 ≈ 身份证号).
 */
export function stemTitle(core: string): string {
  let s = core
  const m = /^(.{2,})(名称|全称)$/u.exec(s)
  if (m?.[1]) s = m[1]
  return s.replace(/号码$/u, '号')
}

/** Words that end a section's title without saying whose data it holds: 经办人信息 → 经办人. */
const SECTION_TAIL = /(?:基本)?(?:信息|情况|概况|资料)$/u

/** The nearest section's title (the last of `context`), normalized, without such a tail. */
export const nearestSection = (context: readonly string[]): string =>
  normalizeTitle(context.at(-1) ?? '').core.replace(SECTION_TAIL, '')

/**
 * A normalized title read through its nearest section, as printed forms mean it: 法定代表人 › 姓名
 * is 法定代表人姓名, and words both share are said once (勘察单位 › 单位名称 is 勘察单位名称).
 * Undefined when the section adds nothing (none, or the title already starts with it).
 */
export function throughSection(core: string, context: readonly string[]): string | undefined {
  const section = nearestSection(context)
  if (section.length < 2 || core.startsWith(section)) return undefined
  for (let k = Math.min(section.length, core.length - 1); k >= 2; k--) {
    if (section.endsWith(core.slice(0, k))) return section + core.slice(k)
  }
  return section + core
}
