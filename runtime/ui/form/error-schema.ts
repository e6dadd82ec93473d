/**
 * rjsf shows errors at a field from an ErrorSchema (`{applicant: {uscc: {__errors: [...]}}}`). These
 * turn the API's `details: [{path, message}]` into one, and keep only the fields the applicant has
 * already left, so that leaving the first field does not flag every empty field below it.
 */
import type { ErrorSchema } from '@rjsf/utils'

export type PathMessage = { path: string; message: string }

type Node = { __errors?: string[]; [k: string]: unknown }

export function toErrorSchema(details: PathMessage[]): ErrorSchema {
  const root: Node = {}
  for (const { path, message } of details) {
    let node = root
    for (const seg of path === '' ? [] : path.split('.')) {
      node[seg] ??= {}
      node = node[seg] as Node
    }
    node.__errors = [...(node.__errors ?? []), message]
  }
  return root as ErrorSchema
}

/** Flattens an ErrorSchema to dotted paths. */
export function errorPaths(schema: ErrorSchema | undefined, prefix = ''): PathMessage[] {
  const out: PathMessage[] = []
  if (!schema) return out
  for (const [k, v] of Object.entries(schema as Node)) {
    if (k === '__errors') {
      for (const m of (v as string[]) ?? []) out.push({ path: prefix, message: m })
    } else if (v && typeof v === 'object') {
      out.push(...errorPaths(v as ErrorSchema, prefix ? `${prefix}.${k}` : k))
    }
  }
  return out
}

/** The errors of fields whose path is one of `touched` (or lies inside a touched table row). */
export function touchedOnly(details: PathMessage[], touched: ReadonlySet<string>): PathMessage[] {
  return details.filter(({ path }) => {
    if (touched.has(path)) return true
    for (const t of touched) if (path.startsWith(`${t}.`)) return true
    return false
  })
}
