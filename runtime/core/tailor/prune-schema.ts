import { isObjectSchema, isOpaque, isTableSchema } from '../schema'
import { setOwn } from '../situations/answer-value'
import type { JsonSchema } from '../types'

export type PruneContext = {
  /** whether the leaf at this merged path stays */
  keepLeaf: (path: string) => boolean
  /** merged paths that some applicable item requires */
  required: Set<string>
  /** merged paths that a mapping entry points at (whichever item) */
  mapped: Set<string>
  /** whether the rules on this root section hold */
  sectionApplies: (key: string) => boolean
}

type Mode = 'common' | 'item'
type Pruned = { node: JsonSchema; required: boolean }

const isLeaf = (node: JsonSchema) =>
  isOpaque(node) || (!isObjectSchema(node) && !isTableSchema(node))

const withChildren = (node: JsonSchema, props: Record<string, JsonSchema>, req: string[]) => {
  const { required: _old, ...rest } = node
  const out: JsonSchema = { ...rest, properties: props }
  if (req.length) out.required = req
  return out
}

/**
 * Common sections: a leaf is required iff an applicable item requires it (unmapped leaves keep
 * their flag), a container iff it holds a required field. Item sections keep the item's own
 * `required` lists, less removed children. Returns undefined for a node left without any leaf.
 */
function prune(
  node: JsonSchema,
  path: string,
  mode: Mode,
  wasRequired: boolean,
  ctx: PruneContext,
): Pruned | undefined {
  if (isLeaf(node)) {
    if (!ctx.keepLeaf(path)) return undefined
    const required =
      mode === 'common' && ctx.mapped.has(path) ? ctx.required.has(path) : wasRequired
    return { node, required }
  }
  if (isTableSchema(node) && node.items) {
    const row = prune(node.items, `${path}[]`, mode, false, ctx)
    if (!row) return undefined
    const required = mode === 'common' ? ctx.required.has(path) || row.required : wasRequired
    return { node: { ...node, items: row.node }, required }
  }
  const original = node.required ?? []
  const props: Record<string, JsonSchema> = {}
  const computed: string[] = []
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const r = prune(child, `${path}.${key}`, mode, original.includes(key), ctx)
    if (!r) continue
    setOwn(props, key, r.node)
    if (r.required) computed.push(key)
  }
  if (Object.keys(props).length === 0) return undefined
  const req =
    mode === 'item'
      ? original.filter((k, i) => Object.hasOwn(props, k) && original.indexOf(k) === i)
      : computed
  const required =
    mode === 'common' ? ctx.required.has(path) || req.length > 0 : req.length > 0 || wasRequired
  return { node: withChildren(node, props, req), required }
}

/**
 * Prunes a merged form (root → sections; sections keyed `item_<code>` belong to one item). Sections
 * whose rules fail go whole; empty objects and tables go; `required` lists are recomputed.
 */
export function pruneSchema(root: JsonSchema, ctx: PruneContext): JsonSchema {
  if (!isObjectSchema(root) || isOpaque(root)) return root
  const props: Record<string, JsonSchema> = {}
  const req: string[] = []
  for (const [key, child] of Object.entries(root.properties ?? {})) {
    if (!ctx.sectionApplies(key)) continue
    const mode: Mode = key.startsWith('item_') ? 'item' : 'common'
    const r = prune(child, key, mode, false, ctx)
    if (!r) continue
    setOwn(props, key, r.node)
    if (r.required) req.push(key)
  }
  return withChildren(root, props, req)
}
