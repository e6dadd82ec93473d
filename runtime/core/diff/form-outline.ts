import { collectLeaves, isObjectSchema, type Leaf, resolveRefs, schemaAt } from '../schema'
import type { JsonSchema } from '../types'
import { orderByUi } from './display-order'
import type { FormLike } from './types'
import { uiAt } from './ui-at'

/** An object or table above some leaf. Row objects of tables have paths ending in `[]`. */
export type Container = { path: string; schema: JsonSchema; required: boolean; children?: string[] }

/** A form laid out for comparison: leaves and containers by path, all paths in display order. */
export type FormOutline = {
  ui: unknown
  leaves: Map<string, Leaf>
  containers: Map<string, Container>
  order: string[]
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v)

const container = (root: JsonSchema, path: string): Container => {
  const schema = schemaAt(root, path) ?? {}
  const cut = path.lastIndexOf('.')
  const parent = cut >= 0 ? path.slice(0, cut) : ''
  const key = cut >= 0 ? path.slice(cut + 1) : path
  const required = !path.endsWith('[]') && !!schemaAt(root, parent)?.required?.includes(key)
  const children = isObjectSchema(schema) ? Object.keys(schema.properties ?? {}) : undefined
  return { path, schema, required, children }
}

/**
 * A node's comparable view: its keywords (a container's without its children), `required` (whether
 * its parent requires it) and its `ui:*` options except `ui:order` (order changes are `moved`).
 */
export function nodeView(
  schema: JsonSchema,
  required: boolean,
  ui: unknown,
  path: string,
  isContainer: boolean,
): Record<string, unknown> {
  const view: Record<string, unknown> = { ...schema }
  if (isContainer) {
    delete view.properties
    delete view.items
  }
  view.required = required
  for (const [k, v] of Object.entries(uiAt(ui, path))) {
    if (k.startsWith('ui:') && k !== 'ui:order') view[k] = v
  }
  return view
}

/** Resolves refs (a broken ref leaves the schema as it is), orders by `ui:order`, lists nodes. */
export function formOutline(form: FormLike | undefined): FormOutline {
  const raw = (isPlainObject(form?.schema) ? form.schema : {}) as JsonSchema
  let schema: JsonSchema
  try {
    schema = resolveRefs(raw)
  } catch {
    schema = raw
  }
  const ui = form?.uiSchema ?? {}
  const ordered = orderByUi(schema, ui)
  const leaves = new Map<string, Leaf>()
  const containers = new Map<string, Container>([['', container(ordered, '')]])
  const order: string[] = []
  for (const leaf of collectLeaves(ordered)) {
    for (const p of leaf.parents) {
      if (containers.has(p)) continue
      containers.set(p, container(ordered, p))
      order.push(p)
    }
    leaves.set(leaf.path, leaf)
    order.push(leaf.path)
  }
  return { ui, leaves, containers, order }
}
