import { intersectSchemas } from '../merge/intersect'
import type { Conflict, JsonSchema, Suggestion } from '../types'
import type { ElementIndex } from './element-index'
import { normalizeKey } from './key-aliases'
import { normalizeTitle, throughSection } from './normalize-title'
import { fieldRoles } from './roles'
import type { SuggestField } from './score-field'

/** Titles that every department uses for its own data (备注, 申请理由 …): never one element. */
const GENERIC = new Set([
  '名称',
  '类型',
  '类别',
  '种类',
  '级别',
  '等级',
  '状态',
  '性质',
  '规模',
  '结果',
  '方式',
  '内容',
  '日期',
  '时间',
  '金额',
  '数量',
  '面积',
  '地址',
  '电话',
  '姓名',
  '编号',
  '代码',
  '序号',
  '附件',
  '其他',
  '描述',
  '详情',
  '用途',
  '签字',
  '盖章',
  '申请事项',
  '申请内容',
])
const NARRATIVE = /备注|说明|意见|理由|原因|承诺|声明|情况/u

/** The intersection of two schemas, or undefined when they conflict. */
const meet = (a: JsonSchema, b: JsonSchema): JsonSchema | undefined => {
  const conflicts: Conflict[] = []
  const out = intersectSchemas(
    [
      { item: 'a', label: '', path: '', schema: a },
      { item: 'b', label: '', path: '', schema: b },
    ],
    { element: '', title: '', conflicts },
  )
  return conflicts.length === 0 ? out : undefined
}

/**
 * Fields of at least two items that look like one element the dictionary lacks: the same
 * normalized title, unit and roles, schemas that intersect without conflict, and a title that is
 * neither generic nor any element's name; a generic title (姓名, 名称 …) is read with its nearest
 * section's title before it (办税人 › 姓名 is 办税人姓名). Each member gets `{ new: true, title }` with a confidence
 * of 0.6–0.75 (more items, equal keys: higher). Returns suggestions by field position.
 */
export function proposeNewElements(
  fields: SuggestField[],
  index: ElementIndex,
): Map<number, Suggestion> {
  const buckets = new Map<string, number[]>()
  // a generic title says whose data it is through its section: 办税人 › 姓名 is 办税人姓名
  const titles = new Map<number, string>()
  fields.forEach((f, i) => {
    const title = typeof f.schema.title === 'string' ? f.schema.title : ''
    const { core: own, unit } = normalizeTitle(title)
    const read = GENERIC.has(own) ? throughSection(own, f.context) : undefined
    const core = read ?? own
    if (core.length < 2 || GENERIC.has(core) || NARRATIVE.test(core) || index.exact.has(core))
      return
    titles.set(i, read ?? title.trim())
    const key = [core, unit ?? '', fieldRoles(own, f.context)].join('\u0000')
    const list = buckets.get(key)
    if (list) list.push(i)
    else buckets.set(key, [i])
  })
  const out = new Map<number, Suggestion>()
  for (const members of buckets.values()) {
    // greedy: each field joins the first group it is compatible with (kept as a running
    // intersection, so a field is checked against one schema, not every member)
    const groups: { members: number[]; schema: JsonSchema }[] = []
    for (const i of members) {
      const f = fields[i] as SuggestField
      let placed = false
      for (const g of groups) {
        const merged = meet(g.schema, f.schema)
        if (!merged) continue
        g.members.push(i)
        g.schema = merged
        placed = true
        break
      }
      if (!placed) groups.push({ members: [i], schema: f.schema })
    }
    for (const { members: group } of groups) {
      const items = new Set(group.map((i) => fields[i]?.item))
      if (items.size < 2) continue
      const keys = new Set(
        group.map((i) => normalizeKey((fields[i]?.path ?? '').split('.').pop() ?? '')),
      )
      const c = 0.6 + 0.05 * Math.min(items.size - 2, 2) + (keys.size === 1 ? 0.05 : 0)
      const title = titles.get(group[0] ?? 0) ?? ''
      for (const i of group) {
        const f = fields[i] as SuggestField
        out.set(i, {
          item: f.item,
          path: f.path,
          element: { new: true, title },
          confidence: Math.round(c * 100) / 100,
        })
      }
    }
  }
  return out
}
