/** Nesting depth as runtime/core/schema checkForm counts it (each `properties`/`items` is a level). */
import { FORM_LIMITS } from '../../runtime/core/schema'
import type { JsonSchema } from '../../runtime/core/types'

export type DepthProblem = { path: string; message: string }

const tooDeep = (max: number): string => `表单嵌套过深：超过 ${max} 层`

/** The first place where `root`, standing at `start` levels, nests past the limit. Iterative. */
export function findTooDeep(
  root: unknown,
  start = 0,
  max: number = FORM_LIMITS.depth,
): DepthProblem | null {
  const stack: { node: unknown; depth: number; path: string }[] = [
    { node: root, depth: start, path: '' },
  ]
  while (stack.length) {
    const { node, depth, path } = stack.pop()!
    if (!node || typeof node !== 'object') continue
    const s = node as JsonSchema
    const next = depth + 1
    if ((s.properties || s.items) && next > max) return { path, message: tooDeep(max) }
    if (s.properties && typeof s.properties === 'object')
      for (const [k, v] of Object.entries(s.properties))
        stack.push({ node: v, depth: next, path: `${path}/properties/${k}` })
    if (s.items && typeof s.items === 'object')
      stack.push({ node: s.items, depth: next, path: `${path}/items` })
    for (const key of ['$defs', 'definitions'] as const) {
      const defs = s[key]
      if (defs && typeof defs === 'object')
        for (const [k, v] of Object.entries(defs))
          stack.push({ node: v, depth: next, path: `${path}/${key}/${k}` })
    }
  }
  return null
}
