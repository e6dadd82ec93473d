/** The published version document as the API returns it (DESIGN.md: published version). */
import type {
  Answers,
  Guide,
  JsonSchema,
  MappingEntry,
  MergedMaterial,
  Situation,
  UiSchema,
} from '../core/types'

export type PublishedItem = { code: string; name: string; department: string; version: number }

export type PublishedDoc = {
  slug: string
  version: number
  hash: string
  name: string
  stage: string
  leadDepartment: string
  schema: JsonSchema
  uiSchema: UiSchema
  mapping: MappingEntry[]
  materials: MergedMaterial[]
  situations: Situation[]
  guide: Guide
  items: PublishedItem[]
  publishedAt: string
}

export type PublishedSummary = Pick<
  PublishedDoc,
  'slug' | 'name' | 'stage' | 'leadDepartment' | 'version' | 'hash' | 'publishedAt' | 'items'
> & { departments: string[] }

export type Tailored = {
  schema: JsonSchema
  uiSchema: UiSchema
  materials: MergedMaterial[]
  items: PublishedItem[]
  mapping: MappingEntry[]
}

export type Receipt = { number: string; token: string; status: string; createdAt: string }

export type SubmissionView = {
  number: string
  slug: string
  version: number
  status: 'submitted' | 'accepted' | 'returned'
  answers: Answers
  data: Record<string, unknown>
  createdAt: string
}
