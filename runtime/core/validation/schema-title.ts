import type { JsonSchema } from '../types'

/** Enough for any real form; stops `$ref` cycles. */
const MAX_DEPTH = 64

const isSchema = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** Resolves a local JSON pointer (`#/$defs/x`, `#/properties/a`) against the root schema. */
export const resolvePointer = (root: JsonSchema, pointer: string): unknown => {
  if (!pointer.startsWith('#')) return undefined
  let node: unknown = root
  for (const raw of pointer.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

const COMBINATORS = ['allOf', 'anyOf', 'oneOf'] as const

/** Sub-schemas that apply to the same data as `node` (composition and conditionals). */
const siblings = (node: JsonSchema): JsonSchema[] => {
  const out: JsonSchema[] = []
  for (const key of COMBINATORS) {
    const list = node[key]
    if (Array.isArray(list)) out.push(...list.filter(isSchema))
  }
  if (isSchema(node.then)) out.push(node.then)
  if (isSchema(node.else)) out.push(node.else)
  return out
}

/** Sub-schemas for the value under `segment` of data that `node` describes. */
const children = (node: JsonSchema, segment: string): JsonSchema[] => {
  const out: JsonSchema[] = []
  const prop = node.properties?.[segment]
  if (isSchema(prop)) out.push(prop)
  if (/^\d+$/.test(segment)) {
    const prefix = node.prefixItems
    const tuple = Array.isArray(prefix) ? prefix[Number(segment)] : undefined
    if (isSchema(tuple)) out.push(tuple)
    if (isSchema(node.items)) out.push(node.items)
  }
  if (isSchema(node.additionalProperties)) out.push(node.additionalProperties)
  return out
}

const find = (
  root: JsonSchema,
  node: JsonSchema,
  path: readonly string[],
  depth: number,
): string | undefined => {
  if (depth > MAX_DEPTH) return undefined
  // A title beside a `$ref` names this use of the referenced schema: it wins.
  if (path.length === 0 && typeof node.title === 'string' && node.title) return node.title
  const next: JsonSchema[] = []
  if (typeof node.$ref === 'string') {
    const target = resolvePointer(root, node.$ref)
    if (isSchema(target)) next.push(target)
  }
  if (path.length > 0) {
    const [head, ...rest] = path
    for (const child of children(node, head!)) {
      const title = find(root, child, rest, depth + 1)
      if (title) return title
    }
  }
  next.push(...siblings(node))
  for (const sub of next) {
    const title = find(root, sub, path, depth + 1)
    if (title) return title
  }
  return undefined
}

/** The `title` of the schema describing the data at `path` (segments of a data path), if any. */
export const titleAt = (root: JsonSchema, path: readonly string[]): string | undefined =>
  find(root, root, path, 0)
