import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedElements } from '../../api/services/seed'
import { importPackage } from '../../api/services/templates'
import { guideCompleteness } from '../../runtime/core/guide'
import { dataArb } from '../../runtime/core/merge/testing/arbitrary-data'
import { resolveRefs } from '../../runtime/core/schema'
import { split } from '../../runtime/core/split'
import { coverage, type TailorInput } from '../../runtime/core/tailor'
import type { JsonSchema } from '../../runtime/core/types'
import { validate } from '../../runtime/core/validation'
import { seedPackage } from '../../templates'
import { type TestApp, testApp } from '../setup/app'
import { dbKinds, dropTemplates } from '../setup/databases'

afterAll(dropTemplates)

const SLUGS = [
  'gongcheng-jianshe',
  'jungong-yanshou',
  'lixiang-yongdi',
  'qiye-kaiban',
  'shigong-xuke',
]

describe.each(dbKinds)('seed templates on %s', (kind) => {
  let t: TestApp
  const published: Record<string, any> = {}
  const itemSchemas = new Map<string, JsonSchema>()

  beforeAll(async () => {
    t = await testApp(kind)
    await seedElements(t.db)
    const me = (await t.call('GET', '/api/auth/me', { token: t.token })).json
    const report = await importPackage(t.db, me, seedPackage)
    expect(report.bundles.map((b) => b.slug).sort()).toEqual(SLUGS)
    for (const slug of SLUGS)
      published[slug] = (await t.call('GET', `/api/published/${slug}/1`)).json
    const items = await t.call('GET', '/api/items?published=true', { token: t.token })
    for (const summary of items.json) {
      const v = await t.call('GET', `/api/items/${summary.id}/versions/1`, { token: t.token })
      itemSchemas.set(v.json.code, resolveRefs(v.json.form.schema))
    }
  }, 180_000)
  afterAll(async () => {
    await t.close()
  })

  it('lists five published bundles, each with a complete guide (要素完整率 100 %)', async () => {
    const list = await t.call('GET', '/api/published')
    expect(list.json).toHaveLength(5)
    for (const slug of SLUGS) {
      const { rate, missing } = guideCompleteness(published[slug].guide)
      expect(missing, slug).toEqual([])
      expect(rate).toBe(1)
    }
  })

  it('tailors every situation combination of every bundle to a non-empty form', () => {
    for (const slug of SLUGS) {
      const { rows, truncated } = coverage(published[slug] as TailorInput)
      expect(truncated).toBe(false)
      expect(rows.length).toBeGreaterThan(0)
      for (const row of rows) {
        expect(row.items.length, `${slug} ${JSON.stringify(row.answers)}`).toBeGreaterThan(0)
        expect(row.fields).toBeGreaterThan(0)
        expect(row.flags, `${slug} ${JSON.stringify(row.answers)}`).toEqual([])
      }
    }
  })

  it.runIf(kind === 'pglite')(
    'splits valid merged data into parts valid against each item form (1,000 cases per bundle)',
    () => {
      for (const slug of SLUGS) {
        const doc = published[slug]
        fc.assert(
          fc.property(dataArb(doc.schema), (data) => {
            expect(validate(doc.schema, data), `${slug}: generated data must be valid`).toEqual([])
            for (const part of split(data, doc.mapping)) {
              const schema = itemSchemas.get(part.item)!
              expect(validate(schema, part.data), `${slug} → ${part.item}`).toEqual([])
            }
          }),
          { numRuns: 1000 },
        )
      }
    },
    300_000,
  )

  it('merges the same data once: shared fields appear in one common section', () => {
    const doc = published['shigong-xuke']
    const merged = new Map<string, number>()
    for (const m of doc.mapping) merged.set(m.merged, (merged.get(m.merged) ?? 0) + 1)
    const shared = [...merged].filter(([path, n]) => n > 1 && !path.startsWith('item_'))
    expect(shared.length).toBeGreaterThan(3)
  })
})
