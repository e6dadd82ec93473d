/**
 * The issue's "the four construction-stage bundles of the templates can be rebuilt in the UI from
 * their items", at the core level: starting from an empty draft, only composer commands (add the
 * members, accept the suggestions the seed's bindings correspond to or bind through the element
 * picker, add the questions, options, follow-ups and rules, fill and edit the guide) give a draft
 * that merges to exactly what the seed bundle merges to.
 */
import { describe, expect, it } from 'vitest'
import { merge } from '../../../runtime/core/merge'
import type { Guide } from '../../../runtime/core/types'
import * as cmd from './commands'
import { conflictsOf } from './conflicts'
import { fillGuideDefaults } from './guide'
import { publishCheck, publishDiff, publishedContent } from './publish'
import { coverageTable } from './situations'
import { createBundleState, memberItems } from './state'
import { elementChoices, suggestionsOf } from './suggestions'
import { apply, ctx, leadName, merger, seedBundle, seedItem, seedState } from './testing/seed'
import type { BundleState, GuideListKey } from './types'

const LISTS: GuideListKey[] = ['jointDepartments', 'basis', 'process', 'intermediaries', 'faq']

function rebuild(slug: string) {
  const seed = seedBundle(slug)
  const merged = merger()
  let state: BundleState = createBundleState({})
  state = apply(
    state,
    cmd.setMeta({
      slug: seed.slug,
      name: seed.name,
      leadDepartmentId: `dept-${seed.leadDepartmentCode}`,
      stage: seed.stage,
    }),
  )
  // members, each pinned to its published version
  for (const code of seed.items) state = apply(state, cmd.addMember(seedItem(code)))

  // bindings: a suggestion's accept where the merge suggests it, else the element picker's choice
  const how = { accepted: 0, picked: 0 }
  for (const b of seed.bindings) {
    const offered = suggestionsOf(state, merged(state), ctx.elements).find(
      (s) =>
        s.suggestion.item === b.item &&
        s.suggestion.path === b.path &&
        s.suggestion.element === b.element,
    )
    if (offered?.accept) {
      state = apply(state, offered.accept)
      how.accepted++
      continue
    }
    // the picker lists the whole dictionary (scored candidates first); search by the element's title
    const title = ctx.elements.find((e) => e.id === b.element)?.title ?? ''
    const picks = elementChoices(state, b.item, b.path, ctx.elements, title)
    expect(
      picks.map((p) => p.element.id),
      `${b.item}:${b.path}`,
    ).toContain(b.element)
    state = apply(state, cmd.bind(b.item, b.path, b.element))
    how.picked++
  }
  for (const key of seed.rejected ?? []) {
    const [item, ...path] = key.split(':')
    state = apply(state, cmd.rejectSuggestion({ item: item ?? '', path: path.join(':') }))
  }

  // situations: questions, then options one by one, then follow-up conditions
  for (const s of seed.situations) {
    const { options, when, ...question } = s
    state = apply(state, cmd.addSituation({ ...question, options: [] }))
    for (const o of options) state = apply(state, cmd.addOption(s.id, o))
  }
  for (const s of seed.situations)
    if (s.when !== undefined) state = apply(state, cmd.updateSituation(s.id, { when: s.when }))
  for (const r of seed.rules) state = apply(state, cmd.setRule(r.target, r.when))
  for (const [key, o] of Object.entries(seed.overrides.sections ?? {})) {
    if (o.title !== undefined) state = apply(state, cmd.setSectionTitle(key, o.title))
    if (o.order !== undefined)
      state = apply(state, { type: 'setSection', key, patch: { order: o.order } })
  }
  for (const [key, patch] of Object.entries(seed.overrides.materials ?? {}))
    state = apply(state, cmd.setMaterial(key, patch))

  // the guide: generated defaults first, then every element as the seed has it
  const fill = fillGuideDefaults(state, leadName(seed))
  if (fill) state = apply(state, fill)
  for (const [key, value] of Object.entries(seed.guide) as [keyof Guide, unknown][]) {
    if ((LISTS as string[]).includes(key)) {
      const list = key as GuideListKey
      state = apply(state, cmd.setGuide({ [list]: [] }))
      for (const entry of value as never[]) state = apply(state, cmd.addGuideEntry(list, entry))
    } else state = apply(state, cmd.setGuide({ [key]: value }))
  }
  return { state, how, merged }
}

describe.each(['lixiang-yongdi', 'gongcheng-jianshe', 'shigong-xuke', 'jungong-yanshou'])(
  'rebuilding %s from its items with commands',
  (slug) => {
    const seed = seedBundle(slug)
    const { state, how, merged } = rebuild(slug)

    it('merges to the same schema, mapping, materials, conflicts and suggestions as the seed', () => {
      const items = seed.items.map((c) => seedItem(c))
      const expected = merge(items, ctx.elements, {
        bindings: seed.bindings,
        overrides: seed.overrides,
        eLicenses: ctx.eLicenses ?? [],
        rejected: seed.rejected ?? [],
      })
      expect(merged(state)).toEqual(expected)
      expect(JSON.stringify(merged(state).schema)).toBe(JSON.stringify(expected.schema))
      expect(memberItems(state).map((i) => i.code)).toEqual(seed.items)
      expect(how.accepted + how.picked).toBe(seed.bindings.length)
    })

    it('holds the seed draft: bindings, situations, rules, overrides, guide', () => {
      const doc = seedState(slug).doc
      expect(state.doc.bindings).toEqual(doc.bindings)
      expect(state.doc.situations).toEqual(doc.situations)
      expect(state.doc.rules).toEqual(doc.rules)
      expect(state.doc.guide).toEqual(doc.guide)
      expect(state.doc.rejected).toEqual(doc.rejected)
      expect({ ...state.doc, overrides: {} }).toEqual({ ...doc, overrides: {} })
    })

    it('is ready to publish, with nothing to confirm, no flags and no diff against the seed', () => {
      const m = merged(state)
      const check = publishCheck(state, m)
      expect(check).toMatchObject({
        conflicts: [],
        situationIssues: [],
        draftIssues: [],
        missingGuideElements: [],
        canPublish: true,
        needsConfirmation: false,
      })
      expect(conflictsOf(state, m, ctx.elements)).toEqual([])
      const table = coverageTable(state, m)
      expect(table.truncated).toBe(false)
      expect(table.rows.flatMap((r) => r.flags)).toEqual([])
      expect(table.never).toEqual([])
      const published = publishedContent(seedState(slug), merged(seedState(slug)))
      const diff = publishDiff(published, state, m)
      expect(Object.values(diff).flat()).toEqual([])
    })
  },
)

it('accepts a suggestion for the one seed binding the merge suggests', () => {
  expect(rebuild('gongcheng-jianshe').how).toEqual({ accepted: 1, picked: 1 })
})
