import type { JsonSchema } from '../types'

/** Keywords whose presence makes a node's shape depend on data: such a node is kept whole. */
const OPAQUE_KEYWORDS = ['oneOf', 'anyOf', 'allOf', 'if', 'not', 'dependentSchemas', 'dependencies']

/** Dynamic keys (a map of name → value) cannot be laid out as fixed fields. */
const hasDynamicKeys = (s: JsonSchema): boolean =>
  s.patternProperties !== undefined ||
  (typeof s.additionalProperties === 'object' && s.additionalProperties !== null)

export const isOpaque = (s: JsonSchema): boolean =>
  OPAQUE_KEYWORDS.some((k) => k in s) || hasDynamicKeys(s)

export const typeOf = (s: JsonSchema): string | undefined =>
  Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type

export const isObjectSchema = (s: JsonSchema): boolean =>
  (typeOf(s) === 'object' || (s.type === undefined && !!s.properties)) && !!s.properties

/** An array of objects: printed as a table, its rows' fields are leaves under `path[]`. */
export const isTableSchema = (s: JsonSchema): boolean =>
  typeOf(s) === 'array' && !!s.items && !Array.isArray(s.items) && isObjectSchema(s.items)

export type Leaf = {
  /** dotted data path; array rows written `rows[].name` */
  path: string
  schema: JsonSchema
  /** required by its parent object (not necessarily reachable: its parents may be optional) */
  required: boolean
  /** the object/table paths above it, outermost first */
  parents: string[]
}

/**
 * Lists a form's leaves in document order: every node that is not an object with properties
 * and not a table (array of objects). Opaque nodes (oneOf, if/then …) count as one leaf.
 * Expects a schema whose local refs are resolved.
 */
export function collectLeaves(schema: JsonSchema): Leaf[] {
  const out: Leaf[] = []
  const walk = (node: JsonSchema, path: string, required: boolean, parents: string[]) => {
    if (path && isOpaque(node)) {
      out.push({ path, schema: node, required, parents })
      return
    }
    if (isObjectSchema(node) && !isOpaque(node)) {
      const req = new Set(node.required ?? [])
      const inner = path ? [...parents, path] : parents
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        walk(child, path ? `${path}.${key}` : key, req.has(key), inner)
      }
      return
    }
    if (isTableSchema(node) && node.items) {
      walk(node.items, `${path}[]`, required, [...parents, path])
      return
    }
    if (path) out.push({ path, schema: node, required, parents })
  }
  walk(schema, '', false, [])
  return out
}

/** The schema node at a dotted path (`rows[].name`), or undefined. */
export function schemaAt(schema: JsonSchema, path: string): JsonSchema | undefined {
  let node: JsonSchema | undefined = schema
  for (const seg of splitPath(path)) {
    if (!node) return undefined
    if (seg === '[]') node = node.items
    else node = node.properties?.[seg]
  }
  return node
}

/** `a.rows[].name` → `['a', 'rows', '[]', 'name']` */
export function splitPath(path: string): string[] {
  if (!path) return []
  const out: string[] = []
  for (const part of path.split('.')) {
    if (part.endsWith('[]')) out.push(part.slice(0, -2), '[]')
    else out.push(part)
  }
  return out
}
