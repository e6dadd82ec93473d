import { normalizeTitle } from './normalize-title'

/**
 * Role words: who a field is about. 联系人电话 and 法定代表人电话 share every other character, yet
 * they are different data, so a title match only counts when both sides name the same roles.
 * 申请/建设/项目单位 are not listed: they name the applicant, which is what unqualified fields mean.
 */
const ROLE_WORDS: [string, string][] = [
  ['法定代表人', '法定代表人'],
  ['法人代表', '法定代表人'],
  ['联系人', '联系人'],
  // the dictionary treats 经办人 and 委托代理人 as one person (单位委托的经办人)
  ['委托代理人', '经办人'],
  ['代理人', '经办人'],
  ['受托人', '经办人'],
  ['经办人', '经办人'],
  ['项目负责人', '项目负责人'],
  ['技术负责人', '技术负责人'],
  ['安全负责人', '安全负责人'],
  ['负责人', '负责人'],
  ['项目经理', '项目经理'],
  ['总监理工程师', '监理'],
  ['监理', '监理'],
  ['施工', '施工'],
  ['总承包', '施工'],
  ['设计', '设计'],
  ['勘察', '勘察'],
  ['测绘', '测绘'],
  ['审图', '审图'],
  ['审查机构', '审图'],
  ['代建', '代建'],
  ['造价', '造价'],
  ['评估', '评估'],
  ['检测', '检测'],
  ['咨询', '咨询'],
  ['中介', '中介'],
  ['股东', '股东'],
  ['出资人', '出资人'],
  ['投资方', '投资方'],
  ['投资人', '投资方'],
  ['母公司', '母公司'],
  ['分支机构', '分支机构'],
  ['产权人', '产权人'],
  ['权利人', '产权人'],
  ['受让', '受让方'],
  ['出让', '出让方'],
  ['转让', '转让方'],
  ['承租', '承租方'],
  ['出租', '出租方'],
  ['甲方', '甲方'],
  ['乙方', '乙方'],
  ['担保', '担保人'],
  ['监护人', '监护人'],
  ['变更前', '变更前'],
  ['变更后', '变更后'],
]

// longest first: at one position the alternation takes the first that matches, so 项目负责人 is
// read as one role, not also as 负责人
const PATTERN = new RegExp(
  [...ROLE_WORDS]
    .sort((a, b) => b[0].length - a[0].length)
    .map(([w]) => w)
    .join('|'),
  'gu',
)
const CANONICAL = new Map(ROLE_WORDS)

// titles repeat across items and calls; bounded so a long-running server does not grow it forever
const cache = new Map<string, string>()

/** The roles a text names, canonical and sorted, joined by `|` ('' for none). */
export function rolesOf(text: string): string {
  const known = cache.get(text)
  if (known !== undefined) return known
  const found = new Set<string>()
  for (const m of text.matchAll(PATTERN)) found.add(CANONICAL.get(m[0]) ?? m[0])
  const out = [...found].sort().join('|')
  if (cache.size > 10_000) cache.clear()
  cache.set(text, out)
  return out
}

/**
 * The roles of a field: its title and the titles of the sections above it, read as normalized
 * titles (bracketed words aside: 法定代表人（负责人）姓名 is about the 法定代表人).
 */
export const fieldRoles = (title: string, context: readonly string[]): string =>
  rolesOf([title, ...context].map((t) => normalizeTitle(t).core).join(' '))
