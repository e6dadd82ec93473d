/** Test-side path copying (independent of split): `[]` walks array indices on both sides. */
import { getAt } from '../../schema'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v)

const chunks = (path: string) => path.split('[]').map((c) => c.split('.').filter(Boolean))

function put(dst: Obj, keys: string[], value: unknown) {
  let cur = dst
  keys.slice(0, -1).forEach((k) => {
    if (!isObj(cur[k])) cur[k] = {}
    cur = cur[k] as Obj
  })
  cur[keys[keys.length - 1] as string] = value
}

function walk(src: unknown, dst: Obj, from: string[][], to: string[][], k: number) {
  const value = getAt(src, (from[k] ?? []).join('.'))
  if (k === from.length - 1) {
    const keys = to[k] ?? []
    // '' (a form kept whole): the value is the whole target
    if (keys.length === 0 && isObj(value)) Object.assign(dst, structuredClone(value))
    else if (value !== undefined && keys.length > 0) put(dst, keys, structuredClone(value))
    return
  }
  if (!Array.isArray(value)) return
  const keys = to[k] ?? []
  let holder = dst
  for (const key of keys.slice(0, -1)) {
    if (!isObj(holder[key])) holder[key] = {}
    holder = holder[key] as Obj
  }
  const last = keys[keys.length - 1] as string
  if (!Array.isArray(holder[last])) holder[last] = []
  const rows = holder[last] as unknown[]
  value.forEach((row, i) => {
    if (k + 1 === from.length - 1 && (to[k + 1] ?? []).length === 0) {
      rows[i] = structuredClone(row)
      return
    }
    if (!isObj(rows[i])) rows[i] = {}
    walk(row, rows[i] as Obj, from, to, k + 1)
  })
}

/** Copies the value(s) at `fromPath` in `src` to `toPath` in `dst`. */
export function copyPath(src: unknown, fromPath: string, dst: Obj, toPath: string): void {
  walk(src, dst, chunks(fromPath), chunks(toPath), 0)
}
