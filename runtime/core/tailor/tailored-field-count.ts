import { collectLeaves } from '../schema'
import type { TailorResult } from './types'

/** How many fields (leaves) the applicant sees. */
export const tailoredFieldCount = (result: Pick<TailorResult, 'schema'>): number =>
  collectLeaves(result.schema).length
