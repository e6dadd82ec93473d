export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved'

/** One field-level change of a form. `keywords` lists what changed (`maxLength`, `ui:widget` …). */
export type FieldChange = {
  path: string
  change: ChangeKind
  title?: string
  before?: unknown
  after?: unknown
  keywords?: string[]
}

/** One change of plain JSON data. `moved` only for arrays matched by `id`/`key`/`code`. */
export type ValueChange = { path: string; change: ChangeKind; before?: unknown; after?: unknown }

/** A form as stored (schema and uiSchema are loosely typed JSON in drafts). */
export type FormLike = { schema?: unknown; uiSchema?: unknown }

export type ItemDiff = { fields: FieldChange[]; values: ValueChange[] }

export type BundleDiff = {
  fields: FieldChange[]
  materials: ValueChange[]
  guide: ValueChange[]
  situations: ValueChange[]
  rules: ValueChange[]
  items: ValueChange[]
  other: ValueChange[]
}
