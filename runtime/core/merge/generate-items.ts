/**
 * Deterministic, realistic member items for benchmarks and tests: Chinese titles, department
 * keys (pinyin initials and camelCase), nested objects, tables, and about 30 % of the leaves bound
 * by `x-element` to ids of the element dictionary (`templates/elements`) with compatible schemas.
 */
import { cloneJson } from '../schema/json-value'
import type { Item, JsonSchema, UiSchema } from '../types'
import { BOUND, DEPARTMENTS, FREE, ITEM_NAMES, MATERIALS } from './generate-items-data'

/** A small deterministic PRNG (mulberry32): the same seed gives the same items everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * `count` items of about `fieldsPerItem` leaves each (objects and tables count their leaves),
 * about 30 % of them bound to dictionary elements. Same arguments, same items.
 */
export function generateItems(count: number, fieldsPerItem: number, seed: number): Item[] {
  const rnd = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T
  // Fisher–Yates: a random comparator in sort() would differ between JavaScript engines
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list]
    for (let j = out.length - 1; j > 0; j--) {
      const k = Math.floor(rnd() * (j + 1))
      ;[out[j], out[k]] = [out[k] as T, out[j] as T]
    }
    return out
  }
  const items: Item[] = []
  for (let i = 0; i < count; i++) {
    const bound = shuffle(BOUND).slice(0, Math.round(fieldsPerItem * 0.3))
    const fields: { key: string; schema: JsonSchema; required: boolean }[] = []
    const used = new Set<string>()
    const unique = (key: string) => {
      let k = key
      for (let n = 2; used.has(k); n++) k = `${key}${n}`
      used.add(k)
      return k
    }
    for (const b of bound) {
      const title = pick(b.titles)
      fields.push({
        key: unique(pick(b.keys)),
        schema: { ...b.schema, title, 'x-element': b.id },
        required: rnd() < 0.6,
      })
    }
    let leaves = bound.length
    while (leaves < fieldsPerItem) {
      const f = pick(FREE)
      if (f.leaves > fieldsPerItem - leaves && f.leaves > 1) continue
      fields.push({ key: unique(f.key), schema: cloneJson(f.schema), required: rnd() < 0.4 })
      leaves += f.leaves
    }
    const properties: Record<string, JsonSchema> = {}
    const uiSchema: UiSchema = {}
    for (const f of shuffle(fields)) {
      properties[f.key] = f.schema
      if (f.schema.type === 'string' && (f.schema.maxLength ?? 0) >= 500)
        uiSchema[f.key] = { 'ui:widget': 'textarea' }
    }
    const required = fields.filter((f) => f.required).map((f) => f.key)
    const n = i + 1
    items.push({
      code: `11330100MB${String(seed).padStart(4, '0')}-${String(n).padStart(3, '0')}`,
      name:
        ITEM_NAMES[i % ITEM_NAMES.length] +
        (i >= ITEM_NAMES.length ? `（${Math.floor(i / ITEM_NAMES.length) + 1}）` : ''),
      department: DEPARTMENTS[i % DEPARTMENTS.length] as string,
      kind: '行政许可',
      basis: ['《中华人民共和国行政许可法》'],
      timeLimit: { legal: 20, promised: 5 + (i % 5) },
      fee: '不收费',
      conditions: '申请人为依法设立的法人或其他组织',
      form: {
        schema: { type: 'object', properties, ...(required.length ? { required } : {}) },
        uiSchema,
      },
      materials: MATERIALS.filter(() => rnd() < 0.5).map((m) => ({ ...m })),
    })
  }
  return items
}
