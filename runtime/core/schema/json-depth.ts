/**
 * Whether a JSON value nests deeper than `limit` (a scalar is 0, `{}` is 1). Walked without
 * recursion (10,000-deep input must not overflow the stack); only objects and arrays are queued,
 * so a valid submission's hundreds of scalars cost one check each.
 */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const values: object[] = []
  const depths: number[] = []
  const visit = (v: unknown, depth: number) => {
    if (v !== null && typeof v === 'object') {
      values.push(v)
      depths.push(depth)
    }
  }
  visit(value, 1)
  while (values.length > 0) {
    const v = values.pop() as object
    const depth = depths.pop() as number
    if (depth > limit) return true
    if (Array.isArray(v)) for (const child of v) visit(child, depth + 1)
    else for (const child of Object.values(v)) visit(child, depth + 1)
  }
  return false
}
