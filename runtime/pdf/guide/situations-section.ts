/**
 * 十四、情形引导: each question with its options as tick boxes, the answer it follows up, its help,
 * and what each option adds (事项 and 材料 switched on by a rule over that question alone).
 */

import type { PrintMaterial, PrintSituation } from '../../core/guide/guide-doc'
import { MUTED } from '../layout/geometry'
import { breakLines } from '../text/line-break'
import type { Measure } from '../types'
import { ruleText } from './conditions'
import { paragraphBlocks } from './paragraph'
import { G, NONE } from './style'
import type { Section } from './text-sections'

type Raw = Record<string, unknown>
const isObj = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v)

/** Options packed into lines whole (「□ 纸质增值税普通发票」 never splits unless it is wider than a line). */
function optionLines(labels: string[], width: number, m: Measure): string[] {
  const gap = '　　'
  const lines: string[] = []
  let line = ''
  for (const label of labels) {
    const next = line ? `${line}${gap}${label}` : label
    if (!line || m(next, G.body) <= width) line = next
    else {
      lines.push(line)
      line = label
    }
  }
  if (line) lines.push(line)
  return lines.flatMap((l) => breakLines(l, width, G.body, m))
}

/** Values of question `q` that a simple rule ({q, eq} or {q, in}) holds for. */
function simpleValues(rule: unknown, q: string): string[] | undefined {
  if (!isObj(rule) || rule.q !== q) return undefined
  if ('eq' in rule) return [String(rule.eq)]
  if (Array.isArray(rule.in)) return rule.in.map(String)
  return undefined
}

export function situationsSection(
  situations: PrintSituation[],
  rules: unknown,
  items: { code: string; name: string }[],
  materials: PrintMaterial[],
  width: number,
  m: Measure,
): Section {
  if (!situations.length)
    return {
      title: '情形引导',
      blocks: paragraphBlocks(
        '本一件事无需情形引导，所有申请人办理相同事项、提交相同材料。',
        width,
        m,
      ),
    }
  const names = new Map<string, string>([
    ...items.map((i): [string, string] => [`item:${i.code}`, `「${i.name || i.code}」`]),
    ...materials.map((x): [string, string] => [`material:${x.key}`, `「${x.name || x.key}」`]),
  ])
  const ruleList = (Array.isArray(rules) ? rules : []).filter(isObj)
  const intro = paragraphBlocks(
    '申请时先回答以下问题，系统据此确定需要办理的事项、填写的表单和提交的材料：',
    width,
    m,
    { after: 4 },
  )
  const blocks = situations.flatMap((s, i) => {
    const head = paragraphBlocks(`${s.title || NONE}${s.multiple ? '（可多选）' : ''}`, width, m, {
      label: `${i + 1}.`,
      labelWidth: 20,
      labelBold: true,
      bold: true,
      after: 1,
    })
    const lines: string[] = []
    const follow = ruleText(s.when, situations)
    if (follow) lines.push(`（${follow}时回答）`)
    if (s.help) lines.push(s.help)
    const options = optionLines(
      s.options.map((o) => `□ ${o.label || o.value || NONE}`),
      width - 20,
      m,
    )
    const effects = s.options.flatMap((o) => {
      const targets = ruleList
        .filter((r) => simpleValues(r.when, s.id)?.includes(o.value) && isObj(r.target))
        .map((r) => r.target as Raw)
      const named = (type: string) =>
        targets
          .filter((t) => t.type === type)
          .map((t) => names.get(`${type}:${t.id}`))
          .filter((x): x is string => !!x)
      const adds = [
        ...(named('item').length ? [`增加事项${named('item').join('、')}`] : []),
        ...(named('material').length ? [`增加材料${named('material').join('、')}`] : []),
      ]
      return adds.length ? [`选「${o.label || o.value}」：${adds.join('；')}`] : []
    })
    const body = [
      ...(options.length ? options : [NONE]).flatMap((line) =>
        paragraphBlocks(line, width, m, { indent: 20, after: 1 }),
      ),
      ...lines.flatMap((t) =>
        paragraphBlocks(t, width, m, {
          indent: 20,
          size: G.small,
          lead: G.smallLead,
          gray: MUTED,
          after: 1,
        }),
      ),
      ...effects.flatMap((t) =>
        paragraphBlocks(t, width, m, { indent: 20, size: G.small, lead: G.smallLead, after: 1 }),
      ),
    ]
    head.at(-1)!.keepWithNext = true
    body.at(-1)!.height += 5
    return [...head, ...body]
  })
  return { title: '情形引导', blocks: [...intro, ...blocks] }
}
