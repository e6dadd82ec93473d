import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  KeyTaken,
  type NewSubmission,
  submissionWriter,
} from '../../api/services/submission-writer'
import { publishedBundle } from '../fixtures/bundle'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const submission = (key?: string): NewSubmission => ({
  id: randomUUID(),
  slug: 'demo',
  version: 1,
  json: { answers: '{}', data: JSON.stringify({ applicant: { name: '示例' } }), parts: '[]' },
  tokenHash: 'x',
  subjectHash: null,
  requestHash: 'h',
  idempotency: key ? { scope: 'submission:demo@1', key, response: {} } : null,
})

describe.each(dbKinds)('the batching submission writer on %s', (kind) => {
  let t: TestApp
  beforeEach(async () => {
    t = await testApp(kind)
    await publishedBundle(t)
  })
  afterEach(async () => {
    await t.close()
  })

  it('writes what arrives during a batch as the next batch, numbered in order', async () => {
    const write = submissionWriter(t.db)
    const all = await Promise.all(Array.from({ length: 7 }, () => write(submission())))
    expect(all.map((w) => Number(w.number.slice(-6)))).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('writes what arrives in one turn of the event loop as one statement (PGlite runs in this thread)', async () => {
    let statements = 0
    const counted = new Proxy(t.db, {
      get(target, prop, receiver) {
        if (prop === 'execute') statements++
        return Reflect.get(target, prop, receiver)
      },
    })
    const write = submissionWriter(counted)
    // five requests read in one turn: each in a callback of its own, as Node runs socket reads
    const issued = Array.from(
      { length: 5 },
      () => new Promise((resolve) => setImmediate(() => resolve(write(submission())))),
    )
    await Promise.all(issued)
    expect(statements).toBe(1)
    await write(submission())
    expect(statements).toBe(2)
  })

  it('writes one of several submissions sharing a new key in one batch; the others find it taken', async () => {
    const write = submissionWriter(t.db)
    const first = write(submission())
    const same = [write(submission('k')), write(submission('k')), write(submission('k'))]
    const outcomes = await Promise.allSettled([first, ...same])
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'rejected',
      'rejected',
    ])
    for (const o of outcomes.slice(2))
      expect((o as PromiseRejectedResult).reason).toBeInstanceOf(KeyTaken)
  })
})
