/**
 * The domain's data shapes, shared by browser and server. Plain JSON-compatible data only.
 * Words follow ../../../shared/DESIGN.md (item, element, bundle, situation, part …).
 */

/** A JSON Schema node (draft 2020-12 subset that rjsf renders). Extension keys start with `x-`. */
export type JsonSchema = {
  type?: string | string[]
  title?: string
  description?: string
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
  default?: unknown
  $ref?: string
  $defs?: Record<string, JsonSchema>
  definitions?: Record<string, JsonSchema>
  /** Binds a leaf to a data element of the dictionary, e.g. `applicant.uscc`. */
  'x-element'?: string
  [key: string]: unknown
}

/** rjsf uiSchema: keys mirror the data shape, `ui:*` keys carry options. */
export type UiSchema = { [key: string]: unknown }

export type Form = { schema: JsonSchema; uiSchema: UiSchema }

/**
 * A canonical data element. `id` is dotted (`applicant.uscc`): its first segment is the group key and
 * names the merged section the element lands in; `group` is that section's Chinese title (申请单位).
 */
export type Element = {
  id: string
  title: string
  group: string
  synonyms: string[]
  schema: JsonSchema
  description?: string
}

/** 原件 / 复印件 / 电子件 */
export type MaterialForm = 'original' | 'copy' | 'electronic'
/** 必要 / 容缺 (may be handed in later) / 情形适用 (applies under a situation rule) */
export type MaterialRequirement = 'required' | 'tolerated' | 'conditional'

export type Material = {
  /** Identity across items (e.g. `business-license`); when absent the normalized name is the identity. */
  key?: string
  name: string
  form: MaterialForm
  copies: number
  requirement: MaterialRequirement
  source?: string
  /** 电子证照类型: when the e-license library holds this type the material is 免提交. */
  eLicense?: string
  note?: string
  blankUrl?: string
  sampleUrl?: string
}

/** A material of the merged 一套材料: listed once, tagged with the item codes that need it. */
export type MergedMaterial = Material & { key: string; items: string[]; exempt: boolean }

export type TimeLimit = { legal: number; promised: number }

export type Item = {
  code: string
  name: string
  department: string
  kind: string
  basis: string[]
  timeLimit: TimeLimit
  fee: string
  conditions: string
  form: Form
  materials: Material[]
}

/** A bundle's own binding of a field of a member item to an element (never an edit of that item). */
export type Binding = { item: string; path: string; element: string }

/** A rule over the situation answers. */
export type Rule =
  | { q: string; eq: string | boolean }
  | { q: string; in: (string | boolean)[] }
  | { q: string; answered: boolean }
  | { all: Rule[] }
  | { any: Rule[] }
  | { not: Rule }

export type SituationOption = { value: string; label: string }

/** A 情形 question. `when` makes it a follow-up shown only when the rule holds. */
export type Situation = {
  id: string
  title: string
  kind: 'single' | 'multiple'
  options: SituationOption[]
  help?: string
  when?: Rule
}

/** What a rule switches: an item (by code), a material (by merged key) or a merged section (by key). */
export type RuleTarget = { type: 'item' | 'material' | 'section'; id: string }
export type ApplicabilityRule = { target: RuleTarget; when: Rule }

export type Answers = Record<string, string | string[] | boolean>

export type MappingEntry = {
  /** item code */
  item: string
  /** dotted path in the item's own data; array elements written `rows[].name` */
  path: string
  /** dotted path in the merged data */
  merged: string
  /** the item requires this value (the node and all its ancestors are required in its form) */
  required?: boolean
}

export type ConflictMember = { item: string; path: string; value: unknown }
export type Conflict = {
  element: string
  kind: 'type' | 'format' | 'enum' | 'range' | 'length' | 'items' | 'const' | 'shape'
  members: ConflictMember[]
  detail: string
}

export type Suggestion = {
  item: string
  path: string
  element: string | { new: true; title: string }
  confidence: number
}

export type SectionOverride = { title?: string; order?: number }
export type Overrides = {
  sections?: Record<string, SectionOverride>
  materials?: Record<string, Partial<Material>>
}

export type MergeOptions = {
  bindings?: Binding[]
  overrides?: Overrides
  /** 电子证照 types the e-license library holds: materials of these types are 免提交. */
  eLicenses?: string[]
  /** Suggestions already rejected by the lead department, as `item:path` keys. */
  rejected?: string[]
}

export type MergeResult = {
  schema: JsonSchema
  uiSchema: UiSchema
  mapping: MappingEntry[]
  materials: MergedMaterial[]
  conflicts: Conflict[]
  suggestions: Suggestion[]
}

/** A part: the piece of a submission that belongs to one item, in that item's own form shape. */
export type Part = { itemCode: string; department: string; version: number; data: unknown }

/** One step of 办理流程: 一家牵头 → 并联审批 → 限时办结. */
export type GuideStep = {
  title: string
  department: string
  /** working days this step may take */
  days: number
  description?: string
  /** steps with the same parallel group run at the same time (并联审批) */
  parallel?: string
}

export type Intermediary = { name: string; basis?: string; required: boolean; note?: string }

/** 办事指南: the one-time notice. 申请材料 comes from the merged materials list. */
export type Guide = {
  /** 实施主体 */
  implementer: string
  /** 联办部门 */
  jointDepartments: string[]
  /** 服务对象 */
  targets: string
  /** 设定依据 */
  basis: string[]
  /** 受理条件 */
  conditions: string
  /** 办理流程 */
  process: GuideStep[]
  /** 法定/承诺时限 in working days */
  timeLimit: TimeLimit
  /** 收费: 「不收费」 when none */
  fee: string
  /** 办理地点 / 时间 / 窗口 */
  location: string
  hours: string
  window: string
  /** 网办地址 */
  onlineUrl: string
  /** 到现场次数 */
  visits: number
  /** 咨询 / 投诉电话 */
  consultPhone: string
  complaintPhone: string
  /** 中介服务清单 */
  intermediaries: Intermediary[]
  /** 结果名称 / 样本 */
  result: { name: string; sampleUrl?: string }
  /** 常见问题 */
  faq: { q: string; a: string }[]
}
