import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, redo, undo } from '../history'
import * as cmd from './commands'
import { createBundleHistory, isBundleDirty, recordBundle } from './history'
import { executeBundle } from './reducer'
import { memberItems } from './state'
import { deepFreeze, merger, seedItem, seedState } from './testing/seed'
import type { BundleState, Command } from './types'
import { QUESTION_ID } from './validate'

const EXTRA = ['430100-ZJHB-001', '430100-GTGH-003'].map((c) => seedItem(c))
const CODES = ['430100-JJFZ-001', '430100-GTGH-002', '430100-ZJHB-001', 'NOPE']
const IDS = ['id-430100-JJFZ-001', 'id-430100-GTGH-002', ...EXTRA.map((i) => i.id), 'id-none']
const PATHS = ['sqdw.yddw', 'ydxm.yddm', 'jsdw.jsdwmc', 'x', '']
const ELEMENTS = ['applicant.name', 'project.code', 'contact.name', 'no.such', '']
const QUESTIONS = ['investType', 'bondFunded', 'landSupply', 'q1', 'q-2', 'bad id', '']
const VALUES = ['gov', 'ent', 'yes', 'no', 'allot', 'v', ' v', '']
const TEXT = fc.constantFrom('', '名称', '一件事', ' 空格 ', 'x'.repeat(300))

const rule = fc.oneof(
  fc.record({ q: fc.constantFrom(...QUESTIONS), eq: fc.constantFrom(...VALUES) }),
  fc.record({ q: fc.constantFrom(...QUESTIONS), in: fc.subarray(VALUES) }),
  fc.record({ q: fc.constantFrom(...QUESTIONS), answered: fc.boolean() }),
)
const target = fc.record({
  type: fc.constantFrom('item', 'material', 'section') as fc.Arbitrary<
    'item' | 'material' | 'section'
  >,
  id: fc.constantFrom(...CODES, 'item_430100_GTGH_002', 'land-grant-contract', ''),
})
const option = fc.record({ value: fc.constantFrom(...VALUES), label: TEXT })

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ name: TEXT }).map((p) => cmd.setMeta(p)),
  fc.constantFrom('ok-slug', 'Bad', '', 'a').map((slug) => cmd.setMeta({ slug })),
  fc.constantFrom(...EXTRA).map((i) => cmd.addMember(i)),
  fc.constantFrom(...IDS).map((id) => cmd.removeMember(id)),
  fc
    .tuple(fc.constantFrom(...IDS), fc.integer({ min: -1, max: 6 }))
    .map(([id, i]) => cmd.moveMember(id, i)),
  fc.constantFrom(...EXTRA).map((i) => cmd.upgradeMember({ ...i, version: 2 })),
  fc
    .constantFrom('430100-JJFZ-001', '430100-GTGH-002')
    .map((c) => cmd.upgradeMember(seedItem(c, 2))),
  fc
    .tuple(fc.constantFrom(...CODES), fc.constantFrom(...PATHS), fc.constantFrom(...ELEMENTS))
    .map(([i, p, e]) => cmd.bind(i, p, e)),
  fc
    .tuple(fc.constantFrom(...CODES), fc.constantFrom(...PATHS))
    .map(([i, p]) => cmd.clearBinding(i, p)),
  fc
    .tuple(fc.constantFrom(...CODES), fc.constantFrom(...PATHS))
    .map(([i, p]) => cmd.rejectSuggestion({ item: i, path: p })),
  fc
    .tuple(fc.constantFrom(...CODES), fc.constantFrom(...PATHS))
    .map(([i, p]) => cmd.unreject(i, p)),
  fc
    .tuple(fc.constantFrom('applicant', 'project', 'item_x'), fc.option(TEXT))
    .map(([k, t]) => cmd.setSectionTitle(k, t)),
  fc
    .shuffledSubarray(['applicant', 'project', 'land', 'item_x'])
    .map((keys) => cmd.orderSections(keys)),
  fc
    .tuple(
      fc.constantFrom('business-license', 'k'),
      fc.integer({ min: -1, max: 3 }),
      fc.option(TEXT),
    )
    .map(([k, copies, note]) => cmd.setMaterial(k, { copies, note })),
  fc.constantFrom('business-license', 'k').map((k) => cmd.resetMaterial(k)),
  fc
    .tuple(
      fc.constantFrom(...QUESTIONS),
      TEXT,
      fc.array(option, { maxLength: 3 }),
      fc.option(rule, { nil: undefined }),
    )
    .map(([id, title, options, when]) =>
      cmd.addSituation({ id, title, kind: 'single', options, ...(when ? { when } : {}) }),
    ),
  fc
    .tuple(fc.constantFrom(...QUESTIONS), fc.constantFrom(...QUESTIONS))
    .map(([id, to]) => cmd.updateSituation(id, { id: to })),
  fc
    .tuple(fc.constantFrom(...QUESTIONS), fc.option(rule), TEXT)
    .map(([id, when, title]) => cmd.updateSituation(id, { when, title })),
  fc.constantFrom(...QUESTIONS).map((id) => cmd.removeSituation(id)),
  fc
    .tuple(fc.constantFrom(...QUESTIONS), fc.integer({ min: 0, max: 5 }))
    .map(([id, i]) => cmd.moveSituation(id, i)),
  fc.tuple(fc.constantFrom(...QUESTIONS), option).map(([q, o]) => cmd.addOption(q, o)),
  fc
    .tuple(fc.constantFrom(...QUESTIONS), fc.constantFrom(...VALUES), fc.constantFrom(...VALUES))
    .map(([q, v, to]) => cmd.updateOption(q, v, { value: to })),
  fc
    .tuple(fc.constantFrom(...QUESTIONS), fc.constantFrom(...VALUES))
    .map(([q, v]) => cmd.removeOption(q, v)),
  fc.tuple(target, fc.option(rule)).map(([t, r]) => cmd.setRule(t, r)),
  fc
    .tuple(TEXT, fc.integer({ min: -1, max: 3 }))
    .map(([fee, visits]) => cmd.setGuide({ fee, visits })),
  fc
    .tuple(TEXT, fc.integer({ min: -1, max: 9 }))
    .map(([title, days]) => cmd.addGuideEntry('process', { title, department: '某局', days })),
  fc
    .tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: -1, max: 9 }))
    .map(([i, days]) => cmd.updateGuideEntry('process', i, { days })),
  fc
    .tuple(fc.integer({ min: -1, max: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([i, to]) => cmd.moveGuideEntry('process', i, to)),
  fc.integer({ min: -1, max: 3 }).map((i) => cmd.removeGuideEntry('faq', i)),
)

/** What every state the reducer returns keeps. */
function checkInvariants(s: BundleState) {
  const d = s.doc
  expect(JSON.parse(JSON.stringify(d))).toEqual(d)
  // pins and members agree; one pin per item and per code
  expect(Object.keys(s.members).sort()).toEqual(d.items.map((p) => p.itemId).sort())
  for (const p of d.items) expect(s.members[p.itemId]?.version).toBe(p.version)
  const codes = memberItems(s).map((m) => m.code)
  expect(new Set(codes).size).toBe(codes.length)
  // bindings and rejections name members, once per field
  const fields = d.bindings.map((b) => `${b.item}:${b.path}`)
  expect(new Set(fields).size).toBe(fields.length)
  for (const b of d.bindings) expect(codes).toContain(b.item)
  expect(new Set(d.rejected).size).toBe(d.rejected.length)
  // question ids valid and unique; option values non-empty and unique per question
  const ids = d.situations.map((q) => q.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const q of d.situations) {
    expect(q.id).toMatch(QUESTION_ID)
    const values = q.options.map((o) => o.value)
    expect(new Set(values).size).toBe(values.length)
    for (const v of values) expect(v.trim() === v && v !== '').toBe(true)
  }
  for (const step of d.guide.process ?? []) expect(step.days).toBeGreaterThanOrEqual(0)
}

describe('random command sequences', () => {
  it('keep the invariants, never mutate, and refuse by returning the same state', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 40 }), (commands) => {
        let s = deepFreeze(seedState('lixiang-yongdi'))
        for (const c of commands) {
          const { state, error } = executeBundle(s, c)
          if (error !== undefined) expect(state).toBe(s)
          s = deepFreeze(state)
          checkInvariants(s)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('undo all gives back the initial state object, redo all the final one', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 30 }), (commands) => {
        const start = deepFreeze(seedState('lixiang-yongdi'))
        let h = createBundleHistory(start)
        for (const c of commands) h = recordBundle(h, c)
        const end = h.present
        let back = h
        while (canUndo(back)) back = undo(back)
        expect(back.present).toBe(start)
        expect(isBundleDirty(back)).toBe(false)
        let forth = back
        while (canRedo(forth)) forth = redo(forth)
        expect(forth.present).toBe(end)
      }),
      { numRuns: 200 },
    )
  })

  it('the merge of any reachable draft does not throw', () => {
    const merge = merger()
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (commands) => {
        let s = seedState('lixiang-yongdi')
        for (const c of commands) s = executeBundle(s, c).state
        const m = merge(s)
        expect(Array.isArray(m.conflicts)).toBe(true)
      }),
      { numRuns: 25 },
    )
  })
})
