import type { JsonSchema } from '../types'
import { sharedAjv } from '../validation/compile'
import { checkPattern } from '../validation/pattern-safety'
import { collectLeaves, isObjectSchema, typeOf } from './leaves'
import { resolveRefs, SchemaRefError } from './resolve-refs'

export type FormProblem = { path: string; message: string }

export const FORM_LIMITS = { depth: 32, leaves: 5000 } as const

/**
 * Checks an item form at save: an object schema, nesting ≤ 32, ≤ 5,000 leaves, `$ref` local and
 * acyclic, every `pattern` accepted. Problems name the schema path (`/properties/a/pattern`).
 */
export function checkForm(schema: unknown): FormProblem[] {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) {
    return [{ path: '', message: '表单必须是一个 JSON Schema 对象' }]
  }
  const root = schema as JsonSchema
  if (typeOf(root) !== 'object' && !isObjectSchema(root)) {
    return [{ path: '/type', message: '表单的根节点必须是 type: "object"' }]
  }
  const problems: FormProblem[] = []
  const depthProblem = findTooDeep(root, FORM_LIMITS.depth)
  if (depthProblem) return [depthProblem]
  const shapeProblem = findNonObjectField(root)
  if (shapeProblem) return [shapeProblem]
  const metaProblems = againstMetaSchema(root)
  if (metaProblems.length) return metaProblems
  walkPatterns(root, '', (path, pattern) => {
    if (typeof pattern !== 'string') {
      problems.push({ path, message: 'pattern 必须是字符串' })
      return
    }
    const r = checkPattern(pattern)
    if (!r.ok) problems.push({ path, message: r.message })
  })
  let resolved: JsonSchema
  try {
    resolved = resolveRefs(root)
  } catch (e) {
    if (e instanceof SchemaRefError) return [...problems, { path: e.path, message: e.message }]
    throw e
  }
  const leaves = collectLeaves(resolved).length
  if (leaves > FORM_LIMITS.leaves) {
    problems.push({ path: '', message: `字段过多：${leaves} 个，上限 ${FORM_LIMITS.leaves} 个` })
  }
  return problems
}

/** The JSON Schema 2020-12 meta-schema catches ill-formed keywords (`required: 5`, `type: 'txt'`). */
function againstMetaSchema(root: JsonSchema): FormProblem[] {
  const ajv = sharedAjv()
  if (ajv.validateSchema(root)) return []
  return (ajv.errors ?? []).slice(0, 20).map((e) => ({
    path: e.instancePath,
    message: `不是合法的 JSON Schema：${e.message ?? e.keyword}`,
  }))
}

/** Fields and table rows must be schema objects: `true`/`false` or scalars cannot be laid out. */
function findNonObjectField(root: JsonSchema): FormProblem | null {
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }]
  while (stack.length) {
    const { node, path } = stack.pop()!
    if (!node || typeof node !== 'object' || Array.isArray(node)) {
      return { path, message: '字段定义必须是对象（JSON Schema）' }
    }
    const { properties, items, $defs, definitions } = node as JsonSchema
    if (properties !== undefined) {
      if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
        return { path: `${path}/properties`, message: 'properties 必须是对象' }
      }
      for (const [k, v] of Object.entries(properties))
        stack.push({ node: v, path: `${path}/properties/${k}` })
    }
    if (items !== undefined) stack.push({ node: items, path: `${path}/items` })
    for (const [key, defs] of [
      ['$defs', $defs],
      ['definitions', definitions],
    ] as const) {
      if (defs && typeof defs === 'object') {
        for (const [k, v] of Object.entries(defs))
          stack.push({ node: v, path: `${path}/${key}/${k}` })
      }
    }
  }
  return null
}

/** Iterative, so a 10,000-deep document cannot overflow the stack before it is refused. */
function findTooDeep(root: unknown, max: number): FormProblem | null {
  const stack: { node: unknown; depth: number; path: string }[] = [
    { node: root, depth: 0, path: '' },
  ]
  while (stack.length) {
    const { node, depth, path } = stack.pop()!
    if (!node || typeof node !== 'object') continue
    const props = (node as JsonSchema).properties
    const items = (node as JsonSchema).items
    const next = depth + 1
    if ((props || items) && next > max) {
      return { path, message: `表单嵌套过深：超过 ${max} 层` }
    }
    if (props && typeof props === 'object') {
      for (const [k, v] of Object.entries(props))
        stack.push({ node: v, depth: next, path: `${path}/properties/${k}` })
    }
    if (items && typeof items === 'object')
      stack.push({ node: items, depth: next, path: `${path}/items` })
    for (const key of ['$defs', 'definitions'] as const) {
      const defs = (node as JsonSchema)[key]
      if (defs && typeof defs === 'object') {
        for (const [k, v] of Object.entries(defs))
          stack.push({ node: v, depth: next, path: `${path}/${key}/${k}` })
      }
    }
  }
  return null
}

function walkPatterns(
  root: unknown,
  rootPath: string,
  visit: (path: string, pattern: unknown) => void,
) {
  const stack: { node: unknown; path: string }[] = [{ node: root, path: rootPath }]
  while (stack.length) {
    const { node, path } = stack.pop()!
    if (!node || typeof node !== 'object') continue
    if (Array.isArray(node)) {
      for (const [i, v] of node.entries()) stack.push({ node: v, path: `${path}/${i}` })
      continue
    }
    for (const [k, v] of Object.entries(node)) {
      if (k === 'pattern') visit(`${path}/pattern`, v)
      else if (k !== 'enum' && k !== 'const' && k !== 'default' && k !== 'examples') {
        stack.push({ node: v, path: `${path}/${k}` })
      }
    }
  }
}
