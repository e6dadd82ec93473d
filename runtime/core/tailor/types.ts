import type {
  ApplicabilityRule,
  JsonSchema,
  MappingEntry,
  MergedMaterial,
  Situation,
  UiSchema,
} from '../types'

/** A mapping entry as `merge` writes it: `required` when that item requires the value. */
export type TailorMappingEntry = MappingEntry & { required?: boolean }

export type TailorItem = { code: string; name: string; department: string; version: number }

/** A published bundle version, as far as tailoring needs it. */
export type TailorInput = {
  schema: JsonSchema
  uiSchema: UiSchema
  mapping: TailorMappingEntry[]
  materials: MergedMaterial[]
  situations: Situation[]
  rules: ApplicabilityRule[]
  items: TailorItem[]
}

/** What this applicant must fill and bring. */
export type TailorResult = {
  schema: JsonSchema
  uiSchema: UiSchema
  materials: MergedMaterial[]
  items: TailorItem[]
  mapping: TailorMappingEntry[]
}
