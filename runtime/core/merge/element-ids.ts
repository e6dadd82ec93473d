import { FORBIDDEN_KEYS } from '../schema/json-value'
import type { Element } from '../types'

/** The dictionary by id; with duplicate ids the first element wins. */
export function indexElements(elements: Element[]): Map<string, Element> {
  const byId = new Map<string, Element>()
  for (const e of elements) if (!byId.has(e.id)) byId.set(e.id, e)
  return byId
}

/** Why an element id cannot place a field (a Chinese reason), or undefined when it can. */
export function idProblem(id: string, byId: ReadonlyMap<string, Element>): string | undefined {
  if (!byId.has(id)) return `数据元「${id}」不在数据元目录中`
  const segs = id.split('.')
  if (segs.length < 2 || segs.some((s) => s === '' || s.includes('[') || FORBIDDEN_KEYS.has(s))) {
    return `数据元编号「${id}」应为「分组.名称」形式，不能用作数据路径`
  }
  return undefined
}

/**
 * Element ids become merged data paths, so one may not lie inside another (`project.site` and
 * `project.site.area`). Ids are taken in first-use order; a later id that overlaps an earlier one
 * is returned with the reason.
 */
export function overlappingIds(idsInOrder: string[]): Map<string, string> {
  const accepted = new Set<string>()
  const prefixOf = new Map<string, string>()
  const out = new Map<string, string>()
  for (const id of idsInOrder) {
    const segs = id.split('.')
    let clash = prefixOf.get(id)
    for (let i = 1; i < segs.length && clash === undefined; i++) {
      const prefix = segs.slice(0, i).join('.')
      if (accepted.has(prefix)) clash = prefix
    }
    if (clash !== undefined) {
      out.set(id, `数据元「${id}」与「${clash}」的数据位置重叠（一个位于另一个之内）`)
      continue
    }
    accepted.add(id)
    for (let i = 1; i < segs.length; i++) {
      const prefix = segs.slice(0, i).join('.')
      if (!prefixOf.has(prefix)) prefixOf.set(prefix, id)
    }
  }
  return out
}
