/**
 * Members and their upgrades: a member stays pinned to the published item version it was added
 * with; a newer published version is offered as an upgrade, with the item's field-level diff and
 * what the upgrade does to the merge.
 */
import { diffItems, type ItemDiff } from '../../../runtime/core/diff'
import type { Item } from '../../../runtime/core/types'
import * as cmd from './commands'
import { type Trial, tryCommand } from './conflicts'
import { fieldOf, type Merger } from './merged'
import type { BundleState, MemberItem } from './types'

/** Latest published versions: by item id, or the API's item list (`{id, latestVersion}`). */
export type LatestVersions =
  | Readonly<Record<string, number>>
  | readonly { id: string; latestVersion: number }[]

export type UpgradeOffer = {
  itemId: string
  code: string
  name: string
  department: string
  /** the pinned version */
  from: number
  /** the latest published version */
  to: number
}

const latestOf = (latest: LatestVersions): Map<string, number> =>
  Array.isArray(latest)
    ? new Map(
        (latest as { id: string; latestVersion: number }[]).map((i) => [i.id, i.latestVersion]),
      )
    : new Map(Object.entries(latest as Record<string, number>))

/** The members that have a newer published version, in member order. */
export function upgradeOffers(members: MemberItem[], latest: LatestVersions): UpgradeOffer[] {
  const versions = latestOf(latest)
  return members.flatMap((m) => {
    const to = versions.get(m.id)
    if (to === undefined || !(to > m.version)) return []
    return [
      { itemId: m.id, code: m.code, name: m.name, department: m.department, from: m.version, to },
    ]
  })
}

/** What changed in the item between the pinned and the offered version: form fields and values. */
export const upgradeDiff = (current: Item, next: Item): ItemDiff =>
  diffItems(
    current as unknown as Record<string, unknown>,
    next as unknown as Record<string, unknown>,
  )

export type UpgradePreview = {
  diff: ItemDiff
  /** the merge after the upgrade: conflicts, and those the upgrade brings */
  trial: Trial
  /** bundle bindings of the item whose path the new version no longer has */
  lostBindings: { path: string; element: string }[]
}

/** The upgrade's diff and its effect on the merged form, without applying it. */
export function upgradePreview(
  state: BundleState,
  next: MemberItem,
  merger: Merger,
): UpgradePreview {
  const current = state.members[next.id]
  const trial = tryCommand(state, cmd.upgradeMember(next), merger)
  const code = current?.code ?? next.code
  const lostBindings = state.doc.bindings
    .filter((b) => b.item === code && fieldOf(next, b.path) === undefined)
    .map((b) => ({ path: b.path, element: b.element }))
  return {
    diff: current ? upgradeDiff(current, next) : { fields: [], values: [] },
    trial,
    lostBindings,
  }
}

/**
 * Items that can be added (published, not yet members, and no member has their code), from the
 * API's item list.
 */
export function addableItems<T extends { id: string; code: string; latestVersion: number }>(
  state: BundleState,
  items: readonly T[],
): T[] {
  const ids = new Set(state.doc.items.map((p) => p.itemId))
  const codes = new Set(Object.values(state.members).map((m) => m.code))
  return items.filter((i) => i.latestVersion > 0 && !ids.has(i.id) && !codes.has(i.code))
}
