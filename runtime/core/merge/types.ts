import type {
  Conflict,
  Item,
  JsonSchema,
  MappingEntry,
  MergeResult,
  Rule,
  UiSchema,
} from '../types'

/**
 * A mapping entry as `merge` writes it: the contract's `{item, path, merged}` plus hints that `split`
 * and the form tools read. Extra fields are optional, so a bare `MappingEntry` still works.
 */
export type MergeMappingEntry = MappingEntry & {
  /** The item requires this value: the node and all its ancestors are required (in tables: within the row). */
  required?: true
  /** The value lives in a common section, shared with other fields through an element. */
  common?: true
  /**
   * The deepest object above this field that the item requires (item-side dotted path). `split`
   * creates it even when no value lands inside, so the part keeps the item's required objects.
   */
  requiredParent?: string
  /**
   * A common value's item-side visibility rule in merged paths, when it differs from the merged
   * field's own (which is the OR of its items' rules): `split` leaves the value out of this item's
   * part while the rule is false.
   */
  visibleWhen?: Rule
}

export type MergeOutput = Omit<MergeResult, 'mapping'> & { mapping: MergeMappingEntry[] }

/** One mapped piece of an item form: a leaf, or a bound object/array taken whole. */
export type Unit = {
  item: string
  /** the item's position in the `items` argument */
  itemIndex: number
  path: string
  /** the ref-resolved node */
  schema: JsonSchema
  /** the known element this unit is bound to and pulled out for; undefined: stays in its item section */
  element?: string
  required: boolean
  /** see `MergeMappingEntry.requiredParent`; set for bound units only */
  requiredParent?: string
  /** the item's uiSchema at this path */
  ui?: UiSchema
  /** could be pulled into a common section if bound (not in a table, not in a conditional group) */
  pullable: boolean
  /** the bundle unbinds this leaf (`element: ''`): never suggested */
  unbound?: true
  /** titles of the objects/tables above, outermost first (for role words in suggestions) */
  context: string[]
}

/** An item after `resolveRefs`, cut into units, plus what went wrong on the way. */
export type CollectedItem = {
  item: Item
  index: number
  schema: JsonSchema
  units: Unit[]
  conflicts: Conflict[]
  /** element ids this item refers to that the dictionary does not know or that cannot be used */
  unusable: { element: string; path: string; reason: string }[]
}
