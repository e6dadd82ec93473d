import fc from 'fast-check'
import { dataArb } from '../../runtime/core/merge/testing/arbitrary-data'
import type { JsonSchema } from '../../runtime/core/types'

/** One deterministic valid data sample for a merged schema (the law tests' generator). */
export const sampleData = (schema: JsonSchema, seed = 42): Record<string, unknown> =>
  fc.sample(dataArb(schema), { seed, numRuns: 1 })[0] as Record<string, unknown>
