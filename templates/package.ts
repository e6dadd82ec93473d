import type { Element } from '../runtime/core/types'
import type { BundleTemplate, DepartmentTemplate, ItemTemplate } from './types'

export const PACKAGE_FORMAT = 'yizhangbiao-package'

/**
 * A shareable package: departments, items and bundles in one JSON file. The seed templates use it,
 * `GET /api/bundles/:id/export` writes it and `POST /api/templates/import` reads it.
 */
export type TemplatePackage = {
  format: typeof PACKAGE_FORMAT
  formatVersion: 1
  departments: DepartmentTemplate[]
  /** data elements the items and bindings use, added where the importing system lacks them */
  elements?: Element[]
  items: ItemTemplate[]
  bundles: BundleTemplate[]
}
