/**
 * The editor's data shapes. The form is held as a flat map of nodes (id → node) with parent
 * pointers and ordered child ids: a command replaces the few nodes it touches and shares the rest.
 */
import type { Element, Form, JsonSchema, Rule, UiSchema } from '../../runtime/core/types'

export type NodeId = string

/**
 * `root` the form itself, `section` an object with properties (分组), `table` an array of row
 * objects (表格), `field` everything else, kept whole (a leaf, a note, a date range, a multi-select,
 * an opaque oneOf …).
 */
export type NodeKind = 'root' | 'section' | 'table' | 'field'

export type EditorNode = {
  id: NodeId
  kind: NodeKind
  /** property name in the parent object ('' for the root) */
  key: string
  /**
   * The node's own keywords: a section's without `properties`/`required`, a table's without
   * `items`, a field's whole schema.
   */
  schema: JsonSchema
  /** A container's own `ui:*` keys (without `ui:order`), a field's whole uiSchema subtree. */
  ui: UiSchema
  /** listed in the parent object's `required` */
  required: boolean
  parent: NodeId | null
  /** root, sections and tables: child ids in display order (a table's are its columns) */
  children?: NodeId[]
  /** tables only: the row object's own keywords and uiSchema (`items`, `ui.items`) */
  row?: { schema: JsonSchema; ui: UiSchema }
  /** the key follows the title (set for fields added from the palette until the key is edited) */
  autoKey?: boolean
  /** the palette entry the node was created from */
  entry?: string
}

export type EditorState = {
  nodes: Readonly<Record<NodeId, EditorNode>>
  root: NodeId
  selection: NodeId | null
  /** the next node id number: ids are never reused within a session */
  nextId: number
}

/** One choice of 单选 / 多选 / 下拉. `label` defaults to the value. */
export type ChoiceOption = { value: string | number | boolean; label?: string }

export type Width = 'full' | 'half' | 'third'

/**
 * Property edits of one node. `undefined` leaves a property alone, `null` removes it (so a
 * `default` of `null` cannot be set through the patch; use `schema`).
 */
export type FieldPatch = {
  title?: string
  /** property name; validated (ASCII, starts with a letter, unique among siblings) */
  key?: string
  required?: boolean
  /** `description`: shown under the label on screen and as help on paper */
  description?: string | null
  /** `ui:help`: shown under the input */
  help?: string | null
  /** `ui:placeholder` */
  placeholder?: string | null
  default?: unknown
  minLength?: number | null
  maxLength?: number | null
  minimum?: number | null
  maximum?: number | null
  /** rows of a table, choices of a multi-select */
  minItems?: number | null
  maxItems?: number | null
  pattern?: string | null
  /** choices of 单选 / 多选 / 下拉 */
  options?: ChoiceOption[]
  /** `x-element`: the data element the field is bound to */
  element?: string | null
  /** `x-visible-when`: shown only while the rule holds (see visibility.ts) */
  visibleWhen?: Rule | null
  /** `ui:options.width` */
  width?: Width | null
  /** `ui:widget` */
  widget?: string | null
  /** `x-money` */
  money?: '元' | '万元' | null
  /** raw schema keywords (null deletes); never `properties`, `items` or `required` */
  schema?: Record<string, unknown>
  /** raw uiSchema keys of the node (null deletes) */
  ui?: Record<string, unknown>
}

export type Command =
  | {
      type: 'add'
      /** a root, section or table */
      parent: NodeId
      /** position among the parent's children; the end when absent */
      index?: number
      /** the node to add, as a property schema and its uiSchema */
      form: Form
      /** a fixed key; otherwise one is made from the title and follows it */
      key?: string
      entry?: string
    }
  /** `index` counts the new parent's children without the moved node */
  | { type: 'move'; id: NodeId; parent: NodeId; index: number }
  | { type: 'duplicate'; id: NodeId }
  | { type: 'delete'; id: NodeId }
  | { type: 'select'; id: NodeId | null }
  | { type: 'update'; id: NodeId; patch: FieldPatch }
  /**
   * Binds a field to a data element (null unbinds). With `adopt` the field takes the element's
   * schema (type, format, constraints), keeping its own title and description.
   */
  | { type: 'bind'; id: NodeId; element: Element | null; adopt?: boolean }
  /** replaces the whole form */
  | { type: 'import'; form: Form }

/** What a palette entry adds. */
export type PaletteEntry = {
  id: string
  label: string
  labelEn: string
  group: string
  groupEn: string
  /** the node as a property schema and its uiSchema */
  build: () => Form
  /** a fixed key (element entries); otherwise the key is made from the title */
  key?: string
}
