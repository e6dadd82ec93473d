import { index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { jsonText } from './json-text'
import { departments, users } from './org'

export const elements = pgTable('elements', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  group: text('group').notNull(),
  doc: jsonText<Record<string, unknown>>('doc').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})

/** An item's draft. `revision` drives the ETag; `latestVersion` is bumped under a row lock. */
export const items = pgTable(
  'items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    doc: jsonText<Record<string, unknown>>('doc').notNull(),
    hash: text('hash').notNull(),
    revision: integer('revision').notNull().default(1),
    latestVersion: integer('latest_version').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('items_department_idx').on(t.departmentId)],
)

/** Published item versions: immutable (a trigger refuses UPDATE and DELETE). */
export const itemVersions = pgTable(
  'item_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    hash: text('hash').notNull(),
    doc: jsonText<Record<string, unknown>>('doc').notNull(),
    note: text('note').notNull().default(''),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('item_versions_owner_version').on(t.itemId, t.version)],
)

export const bundles = pgTable('bundles', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  leadDepartmentId: uuid('lead_department_id')
    .notNull()
    .references(() => departments.id),
  doc: jsonText<Record<string, unknown>>('doc').notNull(),
  hash: text('hash').notNull(),
  revision: integer('revision').notNull().default(1),
  latestVersion: integer('latest_version').notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Published bundle versions: the whole published document, immutable. */
export const bundleVersions = pgTable(
  'bundle_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bundleId: uuid('bundle_id')
      .notNull()
      .references(() => bundles.id),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    hash: text('hash').notNull(),
    doc: jsonText<Record<string, unknown>>('doc').notNull(),
    note: text('note').notNull().default(''),
    publishedBy: uuid('published_by').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('bundle_versions_owner_version').on(t.bundleId, t.version),
    index('bundle_versions_slug_idx').on(t.slug, t.version),
  ],
)
