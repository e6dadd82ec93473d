import type {
  ApplicabilityRule,
  Binding,
  Guide,
  Item,
  Overrides,
  Situation,
} from '../runtime/core/types'

/** A department of the templates, referred to by code. */
export type DepartmentTemplate = { code: string; name: string }

/** An item as a template: its department by code. `department` (the name) is filled at load. */
export type ItemTemplate = Omit<Item, 'department'> & { departmentCode: string }

/** A bundle as a template: member items by code, pinned at load to the version then published. */
export type BundleTemplate = {
  slug: string
  name: string
  leadDepartmentCode: string
  stage: '立项用地规划许可' | '工程建设许可' | '施工许可' | '竣工验收' | '其他'
  items: string[]
  bindings: Binding[]
  situations: Situation[]
  rules: ApplicabilityRule[]
  overrides: Overrides
  guide: Guide
  /** suggestions the lead department rejected, as `itemCode:path` */
  rejected?: string[]
}
