import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { demoData, publishedBundle } from '../fixtures/bundle'
import { department, itemBody } from '../fixtures/forms'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const RUNS = 60
const deep = (n: number, leaf = '1') => `${'{"a":'.repeat(n)}${leaf}${'}'.repeat(n)}`
/** JSON text with a deep value put in place of `{HOLE: 1}`: JSON.stringify itself overflows on it. */
const HOLE = '__hole__'
const embed = (shell: unknown, raw: string) => JSON.stringify(shell).replace(`{"${HOLE}":1}`, raw)
const deepArray = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`

/** JSON-ish values with hostile keys mixed in. */
const hostile = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'type',
        'properties',
        'a',
        '$ref',
        'pattern',
      ),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value

describe.each(dbKinds)('hostile input on %s', (kind) => {
  let t: TestApp
  let count: (table: string) => Promise<number>
  beforeEach(async () => {
    t = await testApp(kind)
    count = async (table) => {
      const r = (await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown
      const rows = (Array.isArray(r) ? r : (r as { rows: { n: number }[] }).rows) as { n: number }[]
      return rows[0]!.n
    }
  })
  afterEach(async () => {
    expect(t.logs, 'no request may end in an unexpected error').toEqual([])
    await t.close()
  })

  it('answers item bodies of any shape with 201 or a clear 4xx, and writes only what it answered 201 for', async () => {
    const d = await department(t)
    let created = 0
    await fc.assert(
      fc.asyncProperty(hostile, fc.boolean(), async (junk, asForm) => {
        const body = asForm
          ? itemBody(`F-${created}-${Math.random().toString(36).slice(2, 8)}`, d, junk as object)
          : junk
        const r = await t.call('POST', '/api/items', { token: t.token, body })
        expect([201, 400, 409, 413, 422], JSON.stringify(body).slice(0, 200)).toContain(r.status)
        if (r.status === 201) created++
        else expect(typeof r.json.error.message).toBe('string')
      }),
      { numRuns: RUNS },
    )
    expect(await count('items')).toBe(created)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses malformed JSON, 10,000-deep nesting, huge strings and arrays with a 4xx', async () => {
    const d = await department(t)
    await publishedBundle(t)
    const bodies = [
      '{"code":',
      '\u0000',
      'null',
      '[]',
      deep(10_000),
      deepArray(10_000),
      embed(itemBody('DEEP', d, { [HOLE]: 1 }), deep(10_000, '{"type":"string"}')),
      JSON.stringify({
        ...itemBody('HUGE', d, { type: 'object', properties: {} }),
        name: 'x'.repeat(4_000_000),
      }),
      JSON.stringify({
        ...itemBody('ARR', d, { type: 'object', properties: {} }),
        basis: Array(200_000).fill('x'),
      }),
    ]
    for (const raw of bodies) {
      const r = await t.call('POST', '/api/items', {
        token: t.token,
        raw,
        headers: { 'content-type': 'application/json' },
      })
      expect(r.status, raw.slice(0, 60)).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
    }
    const subBodies = [
      deep(10_000),
      embed({ answers: {}, data: { [HOLE]: 1 } }, deep(10_000)),
      embed({ answers: {}, data: { ...demoData(), extra: { [HOLE]: 1 } } }, deep(5_000)),
      JSON.stringify({
        answers: {},
        data: { ...demoData(), applicant: { name: 'x'.repeat(3_000_000), uscc: '1' } },
      }),
      JSON.stringify({ answers: {}, data: { ...demoData(), rows: Array(300_000).fill(0) } }),
    ]
    for (const raw of subBodies) {
      const r = await t.call('POST', '/api/published/demo/1/submissions', {
        raw,
        headers: { 'content-type': 'application/json' },
      })
      expect(r.status, raw.slice(0, 80)).toBeGreaterThanOrEqual(400)
      expect(r.status).toBeLessThan(500)
    }
    expect(await count('submissions')).toBe(0)
    const deepRule = embed(
      {
        slug: 'deep',
        name: '深',
        leadDepartmentId: d,
        situations: [],
        rules: [{ target: { type: 'item', id: 'A-1' }, when: { [HOLE]: 1 } }],
      },
      `${'{"not":'.repeat(10_000)}{"q":"x","eq":"y"}${'}'.repeat(10_000)}`,
    )
    const bundle = await t.call('POST', '/api/bundles', {
      token: t.token,
      raw: deepRule,
      headers: { 'content-type': 'application/json' },
    })
    expect(bundle.status).toBe(422)
    // prototype keys are data, never prototypes: dropped or refused, and nothing is polluted
    const proto = [
      `{"answers":{"__proto__":{"polluted":true}},"data":${JSON.stringify(demoData())}}`,
      `{"answers":{},"data":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(demoData()).slice(1)}}`,
    ]
    for (const raw of proto) {
      const r = await t.call('POST', '/api/published/demo/1/submissions', {
        raw,
        headers: { 'content-type': 'application/json' },
      })
      expect([201, 422]).toContain(r.status)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((await t.call('GET', '/api/health')).status).toBe(200)
  })

  it('answers submission bodies of any shape with 201 or a clear 4xx, storing exactly the 201s', async () => {
    await publishedBundle(t)
    let accepted = 0
    const body = fc.oneof(
      hostile,
      fc.record({ answers: hostile, data: hostile }),
      fc.record({ answers: fc.constant({}), data: fc.constant(demoData()) }),
    )
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const r = await t.call('POST', '/api/published/demo/1/submissions', { body: b })
        expect([201, 400, 413, 422], JSON.stringify(b).slice(0, 200)).toContain(r.status)
        if (r.status === 201) accepted++
      }),
      { numRuns: RUNS },
    )
    expect(await count('submissions')).toBe(accepted)
  })
})
