/**
 * The bundle composer's data shapes. `BundleDoc` is the API's bundle draft (the body of
 * `PUT /api/bundles/:id`); `BundleState` adds the pinned item versions it was loaded with, so that
 * everything the composer shows can be derived from the state alone (plus the element dictionary).
 */
import type {
  ApplicabilityRule,
  Binding,
  Guide,
  GuideStep,
  Intermediary,
  Item,
  Material,
  Overrides,
  Rule,
  RuleTarget,
  Situation,
  SituationOption,
} from '../../../runtime/core/types'

/** A member: an item pinned to a published version. */
export type Pin = { itemId: string; version: number }

/** The stages the API offers (any other text is allowed too). */
export const STAGES = ['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收', '其他'] as const

/** The bundle draft as the API stores it (`BundleInput` of api/schemas/bundle.schema.ts). */
export type BundleDoc = {
  slug: string
  name: string
  leadDepartmentId: string
  stage: string
  items: Pin[]
  /** the lead department's own bindings; `element: ''` unbinds a field */
  bindings: Binding[]
  situations: Situation[]
  rules: ApplicabilityRule[]
  overrides: Overrides
  guide: Partial<Guide>
  /** suggestions the lead department rejected, as `itemCode:path` */
  rejected: string[]
}

/** A pinned published item version as `GET /api/items/:id/versions/:v` gives it, with its id. */
export type MemberItem = Item & { id: string; version: number }

/**
 * The composer's state: the draft and the pinned item versions by item id (each pin's item is
 * there, at the pinned version). Immutable: commands return a new state sharing what they did not
 * touch.
 */
export type BundleState = {
  readonly doc: BundleDoc
  readonly members: Readonly<Record<string, MemberItem>>
}

/** Keys of the guide that hold lists the guide editor edits entry by entry. */
export type GuideListKey = 'jointDepartments' | 'basis' | 'process' | 'intermediaries' | 'faq'
export type GuideListEntry = {
  jointDepartments: string
  basis: string
  process: GuideStep
  intermediaries: Intermediary
  faq: { q: string; a: string }
}

/** Set or (with null) remove top-level guide elements. */
export type GuidePatch = { [K in keyof Guide]?: Guide[K] | null }

/** Set or (with null) remove material properties of an override. `key` cannot be overridden. */
export type MaterialPatch = { [K in Exclude<keyof Material, 'key'>]?: Material[K] | null }

export type MetaPatch = Partial<Pick<BundleDoc, 'slug' | 'name' | 'leadDepartmentId' | 'stage'>>

export type SituationPatch = {
  /** a new id: rules and follow-up conditions naming the question are rewritten */
  id?: string
  title?: string
  kind?: Situation['kind']
  help?: string | null
  /** the follow-up condition (shown only when it holds); null makes it a top-level question */
  when?: Rule | null
}

export type Command =
  | { type: 'setMeta'; patch: MetaPatch }
  | { type: 'addMember'; item: MemberItem; index?: number }
  | { type: 'removeMember'; itemId: string }
  | { type: 'upgradeMember'; item: MemberItem }
  | { type: 'moveMember'; itemId: string; index: number }
  /** sets bundle bindings (one step); `element: ''` unbinds; a suggestion's accept is one of these */
  | { type: 'bind'; bindings: Binding[] }
  /** removes the bundle's binding of a field: its own `x-element`, if any, applies again */
  | { type: 'clearBinding'; item: string; path: string }
  | { type: 'reject'; item: string; path: string }
  | { type: 'unreject'; item: string; path: string }
  | { type: 'setSection'; key: string; patch: { title?: string | null; order?: number | null } }
  /** section order: `order` 1, 2, 3 … in the order given */
  | { type: 'orderSections'; keys: string[] }
  | { type: 'setMaterial'; key: string; patch: MaterialPatch }
  | { type: 'resetMaterial'; key: string }
  | { type: 'addSituation'; situation: Situation; index?: number }
  | { type: 'updateSituation'; id: string; patch: SituationPatch }
  | { type: 'removeSituation'; id: string }
  | { type: 'moveSituation'; id: string; index: number }
  | { type: 'addOption'; question: string; option: SituationOption; index?: number }
  | {
      type: 'updateOption'
      question: string
      value: string
      patch: Partial<SituationOption>
    }
  | { type: 'removeOption'; question: string; value: string }
  | { type: 'moveOption'; question: string; value: string; index: number }
  /** the one rule that makes the target apply (replacing its rules); null: always applies */
  | { type: 'setRule'; target: RuleTarget; when: Rule | null }
  | { type: 'setGuide'; patch: GuidePatch }
  | { type: 'addGuideEntry'; list: GuideListKey; value: unknown; index?: number }
  | { type: 'updateGuideEntry'; list: GuideListKey; index: number; value: unknown }
  | { type: 'removeGuideEntry'; list: GuideListKey; index: number }
  | { type: 'moveGuideEntry'; list: GuideListKey; index: number; to: number }

export type CommandType = Command['type']
