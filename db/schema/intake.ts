import { sql } from 'drizzle-orm'
import {
  bigserial,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { bundleVersions } from './catalogue'
import { jsonText } from './json-text'
import { users } from './org'

export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    bundleVersionId: uuid('bundle_version_id')
      .notNull()
      .references(() => bundleVersions.id),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    answers: jsonText<Record<string, unknown>>('answers').notNull(),
    data: jsonText<Record<string, unknown>>('data').notNull(),
    parts: jsonText<unknown[]>('parts').notNull(),
    status: text('status', { enum: ['submitted', 'accepted', 'returned'] })
      .notNull()
      .default('submitted'),
    /** sha-256 of the applicant's token */
    tokenHash: text('token_hash').notNull(),
    /** the applicant's USCC or ID number, hashed, to offer prefill from earlier submissions */
    subjectHash: text('subject_hash'),
    /** why the counter returned it (退回原因); null otherwise */
    statusReason: text('status_reason'),
    /** keys of the tailored materials the counter ticked as received */
    checklist: jsonText<string[]>('checklist').notNull().default(sql`'[]'`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('submissions_version_idx').on(t.bundleVersionId),
    index('submissions_created_idx').on(t.createdAt),
  ],
)

/**
 * An applicant's unfinished form, resumed on any device with its code (续填码). `code` is 12
 * Crockford base32 characters, stored without dashes; a draft lives 30 days after its last save.
 */
export const drafts = pgTable(
  'drafts',
  {
    code: text('code').primaryKey(),
    slug: text('slug').notNull(),
    version: integer('version').notNull(),
    answers: jsonText<Record<string, unknown>>('answers').notNull(),
    data: jsonText<Record<string, unknown>>('data').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('drafts_expires_idx').on(t.expiresAt)],
)

/**
 * Failed lookups of guessable secrets (draft codes, prefill receipts) per client address, kept in
 * the database so every instance throttles alike (the pattern of `login_throttle`).
 */
export const lookupThrottle = pgTable('lookup_throttle', {
  /** `<scope>:<client address>` */
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull().defaultNow(),
})

/** Gap-free daily sequence for submission numbers: the row is locked by the inserting transaction. */
export const submissionCounters = pgTable('submission_counters', {
  day: date('day').primaryKey(),
  last: integer('last').notNull().default(0),
})

/** A replayed request with the same key and scope gets the stored response back. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    status: integer('status').notNull(),
    response: jsonText<unknown>('response').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
)

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    hashBefore: text('hash_before'),
    hashAfter: text('hash_after'),
    detail: jsonb('detail'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
)
