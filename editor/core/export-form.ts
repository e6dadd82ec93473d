/**
 * Editor nodes → `{schema, uiSchema}`. Properties are written in display order and the order is
 * also given as `ui:order` on every object with fields (the database keeps JSON as text, but other
 * consumers may not keep key order). Empty uiSchema entries are left out.
 */
import type { Form, JsonSchema, UiSchema } from '../../runtime/core/types'
import type { EditorNode, EditorState, NodeId } from './types'

/** Assigns an own key even when it is `__proto__` (imported forms may hold any key). */
const put = (target: Record<string, unknown>, key: string, value: unknown) => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  })
}

type Exported = { schema: JsonSchema; ui: UiSchema }

/** An object body (root, section, table row): own keywords, `properties`, `required`. */
function objectBody(
  nodes: EditorState['nodes'],
  own: JsonSchema,
  ownUi: UiSchema,
  children: NodeId[],
): Exported {
  const properties: Record<string, JsonSchema> = {}
  const required: string[] = []
  const ui: UiSchema = { ...ownUi }
  if (children.length) ui['ui:order'] = children.map((c) => nodes[c]!.key)
  for (const c of children) {
    const child = nodes[c]!
    const out = exportNode(nodes, child)
    put(properties, child.key, out.schema)
    if (child.required) required.push(child.key)
    if (Object.keys(out.ui).length) put(ui, child.key, out.ui)
  }
  const schema: JsonSchema = { ...own, properties }
  if (required.length) schema.required = required
  return { schema, ui }
}

/** One node and its subtree. */
export function exportNode(nodes: EditorState['nodes'], node: EditorNode): Exported {
  if (node.kind === 'field') return { schema: node.schema, ui: node.ui }
  if (node.kind === 'table') {
    const row = objectBody(
      nodes,
      node.row?.schema ?? { type: 'object' },
      node.row?.ui ?? {},
      node.children ?? [],
    )
    const ui: UiSchema = { ...node.ui }
    if (Object.keys(row.ui).length) ui.items = row.ui
    return { schema: { ...node.schema, items: row.schema }, ui }
  }
  return objectBody(nodes, node.schema, node.ui, node.children ?? [])
}

const cache = new WeakMap<object, Form>()

/** The form as JSON Schema + uiSchema. Cached per state document; do not mutate the result. */
export function exportForm(state: EditorState): Form {
  const known = cache.get(state.nodes)
  if (known) return known
  const { schema, ui } = exportNode(state.nodes, state.nodes[state.root]!)
  const form = { schema, uiSchema: ui }
  cache.set(state.nodes, form)
  return form
}

/** The subtree of one node as a property schema and its uiSchema (for copy, preview, depth). */
export function exportSubtree(state: EditorState, id: NodeId): Form {
  const { schema, ui } = exportNode(state.nodes, state.nodes[id]!)
  return { schema, uiSchema: ui }
}
