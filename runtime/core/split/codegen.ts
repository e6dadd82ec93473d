import { cloneJson, isPlainObject } from '../schema/json-value'
import type { Rule } from '../types'
import { isVisible } from '../visibility/is-visible'

/**
 * One entry of a mapping, parsed: merged and part key runs between array steps (`m`, `p`), the
 * object to create first (`anchor`), the objects to mirror per key run, whether it copies only
 * while a rule holds.
 */
export type CompiledEntry = {
  m: string[][]
  p: string[][]
  anchor: string[]
  mirror: { src: string[]; dst: string[] }[][]
  visibleWhen?: Rule
  /** mirror objects on the way (an item's own section keeps its shape) */
  mirrored: boolean
}

export type ItemSplitter = (merged: unknown) => Record<string, unknown>

type Helpers = {
  isPlainObject: typeof isPlainObject
  cloneJson: typeof cloneJson
  isVisible: typeof isVisible
  hasOwn: typeof Object.hasOwn
  rules: Rule[]
}

/** Entries per generated function: V8 optimises small functions, not one of thousands of lines. */
const ENTRIES_PER_FUNCTION = 24

/**
 * Generates one item's splitter from its entries. Every key is a string literal in the code, so
 * each read and write has its own inline cache: the objects `JSON.parse` makes for one form share
 * their shapes, and the generated code reads them at the speed of `a.b.c`, where a loop over key
 * arrays does one generic lookup per key. Keys only ever appear through `JSON.stringify`, which
 * makes any string a safe literal.
 *
 * What the code does, entry by entry (see `split`): create the anchor object; with a rule, go on
 * only while it holds on the merged data; mirror the merged objects on the way (item sections keep
 * their shape, empty ones included); copy the value at the merged keys to the part keys, objects
 * cloned, objects on the way created; at each `[]`, walk the merged rows by index into the part's
 * rows (whole rows cloned). Absent values and values of the wrong shape are skipped.
 */
export function generateItemSplitter(entries: CompiledEntry[]): ItemSplitter {
  const rules: Rule[] = []
  const helpers: Helpers = { isPlainObject, cloneJson, isVisible, hasOwn: Object.hasOwn, rules }
  const parts: ((src: unknown, out: Record<string, unknown>) => void)[] = []
  for (let i = 0; i < entries.length; i += ENTRIES_PER_FUNCTION) {
    const gen = new Gen()
    for (const e of entries.slice(i, i + ENTRIES_PER_FUNCTION)) gen.entry(e, rules)
    const body = `const {isPlainObject, cloneJson, isVisible, hasOwn, rules} = h;\nreturn (src, out) => {\n${gen.code}}`
    parts.push(new Function('h', body)(helpers))
  }
  return (merged) => {
    const out: Record<string, unknown> = {}
    for (const part of parts) part(merged, out)
    return out
  }
}

const lit = (key: string) => JSON.stringify(key)

class Gen {
  code = ''
  private n = 0
  private v = () => `v${this.n++}`

  entry(e: CompiledEntry, rules: Rule[]) {
    this.code += '{\n'
    if (e.anchor.length > 0) this.objectAt('out', e.anchor)
    if (e.visibleWhen !== undefined) {
      rules.push(e.visibleWhen)
      this.code += `if (isVisible(rules[${rules.length - 1}], src)) {\n`
    }
    this.place(e, 'src', 'out', 0)
    if (e.visibleWhen !== undefined) this.code += '}\n'
    this.code += '}\n'
  }

  /** A variable holding the value at `keys` under `from` (own values; inherited ones are functions). */
  private read(from: string, keys: string[]): string {
    const t = this.v()
    this.code += `let ${t} = ${from};\n`
    for (const key of keys) {
      this.code += `${t} = ${t} !== null && typeof ${t} === 'object' ? ${t}[${lit(key)}] : undefined;\n`
      this.code += `if (typeof ${t} === 'function') ${t} = undefined;\n`
    }
    return t
  }

  /** A variable holding the object at `keys` under `dst`, created on the way, or undefined. */
  private objectAt(dst: string, keys: string[]): string {
    const o = this.v()
    this.code += `let ${o} = ${dst};\n`
    for (const key of keys) {
      const k = lit(key)
      // the part's objects are plain: only a key Object.prototype has can be inherited
      const own =
        key in Object.prototype ? `hasOwn(${o}, ${k}) ? ${o}[${k}] : undefined` : `${o}[${k}]`
      this.code += `if (${o} !== undefined) { const n = ${own}; if (n === undefined) ${o} = ${o}[${k}] = {}; else ${o} = isPlainObject(n) ? n : undefined; }\n`
    }
    return o
  }

  private place(e: CompiledEntry, src: string, dst: string, k: number) {
    const mk = e.m[k] ?? []
    const pk = e.p[k] ?? []
    if (e.mirrored) {
      for (const { src: from, dst: to } of e.mirror[k] ?? []) {
        const t = this.read(src, from)
        this.code += `if (isPlainObject(${t})) {\n`
        this.objectAt(dst, to)
        this.code += '}\n'
      }
    }
    const value = this.read(src, mk)
    const leaf = lit(pk[pk.length - 1] ?? '')
    if (k === e.m.length - 1) {
      if (pk.length === 0) {
        // path '': the entry is the item's whole data (a form kept whole)
        if (k === 0)
          this.code += `if (isPlainObject(${value})) Object.assign(${dst}, cloneJson(${value}));\n`
        return
      }
      this.code += `if (${value} !== undefined) {\n`
      const parent = this.objectAt(dst, pk.slice(0, -1))
      this.code += `if (${parent} !== undefined) ${parent}[${leaf}] = typeof ${value} === 'object' ? cloneJson(${value}) : ${value};\n}\n`
      return
    }
    if (pk.length === 0) return
    this.code += `if (Array.isArray(${value})) {\n`
    const holder = this.objectAt(dst, pk.slice(0, -1))
    const rows = this.v()
    const i = this.v()
    const wholeRows = k + 1 === e.m.length - 1 && (e.p[k + 1] ?? []).length === 0
    this.code += `if (${holder} !== undefined) {\n`
    this.code += `if (!Array.isArray(${holder}[${leaf}])) ${holder}[${leaf}] = [];\n`
    this.code += `const ${rows} = ${holder}[${leaf}];\n`
    const row = this.v()
    const dstRow = this.v()
    this.code += `for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {\n`
    this.code += `const ${row} = ${value}[${i}];\n`
    this.code += `if (${wholeRows ? 'true' : `!isPlainObject(${row})`}) { if (${rows}[${i}] === undefined) ${rows}[${i}] = cloneJson(${row}); continue; }\n`
    this.code += `if (!isPlainObject(${rows}[${i}])) ${rows}[${i}] = {};\n`
    this.code += `const ${dstRow} = ${rows}[${i}];\n`
    this.place(e, row, dstRow, k + 1)
    this.code += '}\n}\n}\n'
  }
}
