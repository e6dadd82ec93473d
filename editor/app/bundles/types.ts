/** The bundle shapes the composer reads from the API (see docs/api.md). */
import type { BundleDoc } from '../../core/bundle'

/** GET /api/bundles/:id. */
export type BundleView = BundleDoc & {
  id: string
  status: 'draft' | 'published'
  latestVersion: number
  revision: number
  hash: string
  updatedAt: string
}

/** A row of GET /api/bundles. */
export type BundleSummary = Omit<
  BundleView,
  'guide' | 'situations' | 'rules' | 'overrides' | 'bindings' | 'rejected'
> & { situationCount: number; bindingCount: number }
