import type { JsonSchema } from '../types'

export class SchemaRefError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message)
    this.name = 'SchemaRefError'
  }
}

const LOCAL_REF = /^#\/(\$defs|definitions)\/(.+)$/

/** Decodes one JSON Pointer segment (`~1` → `/`, `~0` → `~`). */
const unescapePointer = (s: string) => s.replace(/~1/g, '/').replace(/~0/g, '~')

/**
 * Inlines local `$ref`s (`#/$defs/x`, `#/definitions/x`) so later passes see plain trees.
 * Remote refs and cycles are refused: a form must be a finite tree to be merged, printed and split.
 * Sibling keywords of a `$ref` (2020-12 allows them) override the referenced schema's.
 */
export function resolveRefs(root: JsonSchema): JsonSchema {
  const defs = { ...(root.definitions ?? {}), ...(root.$defs ?? {}) }
  const lookup = (ref: string, at: string): JsonSchema => {
    const m = LOCAL_REF.exec(ref)
    if (!m) throw new SchemaRefError(`只支持本地引用（#/$defs/…），不支持 ${ref}`, at)
    const name = unescapePointer(m[2] ?? '')
    const found = (m[1] === '$defs' ? root.$defs : root.definitions)?.[name] ?? defs[name]
    if (!found) throw new SchemaRefError(`引用 ${ref} 不存在`, at)
    return found
  }
  const visit = (node: unknown, at: string, stack: string[]): unknown => {
    if (Array.isArray(node)) return node.map((x, i) => visit(x, `${at}/${i}`, stack))
    if (!node || typeof node !== 'object') return node
    const obj = node as Record<string, unknown>
    if (typeof obj.$ref === 'string') {
      const ref = obj.$ref
      if (stack.includes(ref)) throw new SchemaRefError(`引用 ${ref} 形成循环`, at)
      const { $ref: _ignored, ...siblings } = obj
      const target = visit(lookup(ref, at), at, [...stack, ref]) as Record<string, unknown>
      return { ...target, ...(visit(siblings, at, stack) as Record<string, unknown>) }
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(obj)) {
      if (at === '' && (k === '$defs' || k === 'definitions')) continue
      out[k] = visit(v, `${at}/${k}`, stack)
    }
    return out
  }
  return visit(root, '', []) as JsonSchema
}
