/** Post-processing of generated item forms: bindings from markers, root keywords, `$defs`. */
import type { Binding, JsonSchema } from '../../types'

/** Marks a generated node as bound: `{ id, mode }`, `x` = by `x-element`, `b` = by the bundle. */
export const MARK = 'x-test-bind'
type Mark = { id: string; mode: 'x' | 'b' }

/** Replaces the markers: `x-element` on the node, or a bundle binding at its path. */
export function bind(node: JsonSchema, path: string, code: string, out: Binding[]): JsonSchema {
  const { [MARK]: mark, ...rest } = node as JsonSchema & { [MARK]?: Mark }
  const copy: JsonSchema = { ...rest }
  if (mark?.mode === 'x') copy['x-element'] = mark.id
  if (mark?.mode === 'b') out.push({ item: code, path, element: mark.id })
  if (copy.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([k, v]) => [
        k,
        bind(v, path ? `${path}.${k}` : k, code, out),
      ]),
    )
  }
  if (copy.items && !Array.isArray(copy.items))
    copy.items = bind(copy.items, `${path}[]`, code, out)
  return copy
}

/** Moves one root property into `$defs` behind a `$ref` (with a sibling title, as 2020-12 allows). */
export function useDefs(schema: JsonSchema, key: string | undefined): JsonSchema {
  if (!key || !schema.properties?.[key]) return schema
  const props = { ...schema.properties, [key]: { $ref: `#/$defs/${key}Def`, title: `引用${key}` } }
  return { ...schema, properties: props, $defs: { [`${key}Def`]: schema.properties[key] } }
}

export type RootKind = 'plain' | 'ifThen' | 'dependent'

/**
 * Root-level keywords that keep a form whole: an (always true) if/then makes the root opaque,
 * `dependentRequired` ties two keys together.
 */
export function rootKeywords(schema: JsonSchema, kind: RootKind): JsonSchema {
  const [first, second] = Object.keys(schema.properties ?? {})
  if (kind === 'ifThen' && first) {
    return { ...schema, if: { required: [first] }, then: { required: [first] } }
  }
  if (kind === 'dependent' && first && second) {
    return { ...schema, dependentRequired: { [first]: [second] } }
  }
  return schema
}
