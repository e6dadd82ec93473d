import { sql } from 'drizzle-orm'
import type { Db } from '../../db/client'
import {
  auditLog,
  bundleVersions,
  idempotencyKeys,
  submissionCounters,
  submissions,
} from '../../db/schema'
import { chinaDay } from '../lib/china-date'

export type NewSubmission = {
  id: string
  slug: string
  version: number
  /**
   * The answers, data and parts as JSON text (stored verbatim). The caller encodes them as soon as
   * they are made, while they are still in the CPU's cache; the queue then holds three strings per
   * submission instead of their object graphs, which garbage collection would copy while they wait.
   */
  json: { answers: string; data: string; parts: string }
  tokenHash: string
  subjectHash: string | null
  requestHash: string
  idempotency: { scope: string; key: string; response: unknown } | null
}

export type Written = { number: string; status: string; createdAt: string }

/** The submission was not written because its idempotency key is taken: the caller replays. */
export class KeyTaken extends Error {}

type Pending = { s: NewSubmission; resolve: (w: Written) => void; reject: (e: unknown) => void }

const MAX_BATCH = 200

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Writes submissions in batches, like a database's group commit. Gap-free daily numbers serialize
 * every writer on the day's counter row until its commit is durable (one fsync): writing each
 * submission alone caps throughput at one fsync per submission. Here everything that arrives while
 * a batch is being written goes into the next one, as ONE statement in autocommit: idempotency
 * keys, one counter update for the whole batch, the numbered submissions and their audit entries
 * commit together or not at all. At low load a batch is one submission and waits one turn of the
 * event loop (well under a millisecond).
 */
export function submissionWriter(db: Db) {
  const queue: Pending[] = []
  let writing = false

  const drain = async () => {
    if (writing) return
    writing = true
    try {
      // Let the requests read in this turn of the event loop join the batch. PGlite runs a
      // statement in this thread: without the wait every batch would be one submission, written
      // before the next request is even read.
      await nextTurn()
      while (queue.length) {
        const batch = queue.splice(0, MAX_BATCH)
        try {
          const written = await writeBatch(
            db,
            firstPerKey(batch).map((p) => p.s),
          )
          for (const p of batch) {
            const w = written.get(p.s.id)
            if (w) p.resolve(w)
            else if (p.s.idempotency) p.reject(new KeyTaken())
            else p.reject(new Error(`submission ${p.s.id} was not written`))
          }
        } catch (e) {
          for (const p of batch) p.reject(e)
        }
        await nextTurn()
      }
    } finally {
      writing = false
    }
  }

  return (s: NewSubmission): Promise<Written> =>
    new Promise<Written>((resolve, reject) => {
      queue.push({ s, resolve, reject })
      void drain()
    })
}

/**
 * Two requests with one new idempotency key in one batch: only the first is written; the others
 * find the key taken and replay it (the statement could not tell their rows apart).
 */
function firstPerKey(batch: Pending[]): Pending[] {
  const keys = new Set<string>()
  return batch.filter(({ s }) => {
    if (!s.idempotency) return true
    const k = JSON.stringify([s.idempotency.scope, s.idempotency.key])
    if (keys.has(k)) return false
    keys.add(k)
    return true
  })
}

async function writeBatch(db: Db, batch: NewSubmission[]): Promise<Map<string, Written>> {
  const day = chinaDay()
  // One row of parameters per submission: the JSON texts travel as they are, not escaped again
  // inside one JSON document that PostgreSQL would then have to parse.
  const values = batch.map(
    (s, ord) =>
      sql`(${ord}::int, ${s.id}::uuid, ${s.slug}::text, ${s.version}::int, ${s.json.answers}::text,
        ${s.json.data}::text, ${s.json.parts}::text, ${s.tokenHash}::text,
        ${s.subjectHash}::text, ${s.requestHash}::text, ${s.idempotency?.scope ?? null}::text,
        ${s.idempotency?.key ?? null}::text,
        ${s.idempotency ? JSON.stringify(s.idempotency.response) : null}::text)`,
  )
  // Each step reads the one before it, which fixes the order: keys first (a taken key drops its
  // submission before the counter is touched), then the counter, then the rows.
  const result = await db.execute(sql`
    with input as (
      select * from (values ${sql.join(values, sql`, `)}) as x(
        ord, id, slug, version, answers, data, parts,
        token_hash, subject_hash, request_hash, scope, key, response)
    ), idem as (
      insert into ${idempotencyKeys} (scope, key, request_hash, status, response)
      select scope, key, request_hash, 201, response from input where key is not null
      on conflict do nothing
      returning scope, key
    ), accepted as (
      select i.*, bv.id as bundle_version_id from input i
      join ${bundleVersions} bv on bv.slug = i.slug and bv.version = i.version
      where i.key is null or exists (select 1 from idem where idem.scope = i.scope and idem.key = i.key)
    ), numbered as (
      select a.*, row_number() over (order by a.ord) as rn, count(*) over () as n from accepted a
    ), counter as (
      insert into ${submissionCounters} (day, last)
      select ${day.iso}::date, count(*) from numbered having count(*) > 0
      on conflict (day) do update set last = ${submissionCounters.last} + excluded.last
      returning last
    ), sub as (
      insert into ${submissions} (id, number, bundle_version_id, slug, version, answers, data, parts, token_hash, subject_hash)
      select n.id, ${`XJ${day.compact}`} || lpad((c.last - n.n + n.rn)::text, 6, '0'), n.bundle_version_id,
        n.slug, n.version, n.answers, n.data, n.parts, n.token_hash, n.subject_hash
      from numbered n, counter c
      returning id, number, status, created_at
    ), audited as (
      insert into ${auditLog} (actor, action, entity, entity_id, hash_after)
      select 'applicant', 'submit', 'submission', sub.number, n.request_hash
      from sub join numbered n on n.id = sub.id
    )
    select id, number, status, created_at from sub`)
  // db.execute answers { rows } on PGlite and an array on postgres.js
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as {
    id: string
    number: string
    status: string
    created_at: string | Date
  }[]
  return new Map(
    rows.map((r) => [
      r.id,
      { number: r.number, status: r.status, createdAt: new Date(r.created_at).toISOString() },
    ]),
  )
}
