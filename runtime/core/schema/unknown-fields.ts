import type { JsonSchema } from '../types'
import { isOpaque, typeOf } from './leaves'

export type UnknownField = { path: string; message: string }

/**
 * What the check needs of a schema node: its fixed properties (null: a key the form does not have)
 * and its rows. Opaque nodes (oneOf, maps …) have neither: they are trusted to their own validation.
 */
type Shape = { props?: Map<string, Shape | null>; rows?: Shape }

/** Compiled once per schema node: every submission is checked against the same published schema. */
const shapes = new WeakMap<object, Shape>()

function shapeOf(s: unknown): Shape | null {
  if (!s || typeof s !== 'object') return s === true ? {} : null
  let shape = shapes.get(s)
  if (shape) return shape
  const schema = s as JsonSchema
  shape = {}
  if (!isOpaque(schema)) {
    const items = schema.items
    if (typeOf(schema) === 'array' && items && typeof items === 'object' && !Array.isArray(items)) {
      shape.rows = shapeOf(items) ?? {}
    }
    if (schema.properties) {
      shape.props = new Map(Object.entries(schema.properties).map(([k, v]) => [k, shapeOf(v)]))
    }
  }
  shapes.set(s, shape)
  return shape
}

/**
 * Data keys the form does not have (`path` dotted, rows by index). Objects with fixed properties
 * are checked, table rows too; opaque nodes (oneOf, maps …) and schemas that allow extra keys by
 * pattern are trusted to their own validation. Stops after `limit` findings.
 */
export function unknownFields(schema: JsonSchema, data: unknown, limit = 20): UnknownField[] {
  const out: UnknownField[] = []
  const walk = (shape: Shape, d: unknown, path: string) => {
    if (out.length >= limit || d === null || typeof d !== 'object') return
    if (Array.isArray(d)) {
      if (shape.rows) {
        for (let i = 0; i < d.length; i++) walk(shape.rows, d[i], path ? `${path}.${i}` : String(i))
      }
      return
    }
    if (!shape.props) return
    for (const key of Object.keys(d)) {
      const child = shape.props.get(key)
      // only containers are walked: a leaf's value is its own validation's business
      if (!child) out.push({ path: path ? `${path}.${key}` : key, message: '表单中没有这个字段' })
      else if (child.props || child.rows) {
        walk(child, (d as Record<string, unknown>)[key], path ? `${path}.${key}` : key)
      }
    }
  }
  const root = shapeOf(schema)
  if (root) walk(root, data, '')
  return out.slice(0, limit).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
