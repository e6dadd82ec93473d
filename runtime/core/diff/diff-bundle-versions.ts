import { diffForms } from './diff-forms'
import { diffValues } from './diff-values'
import { METADATA_KEYS, omitKeys } from './metadata-keys'
import type { BundleDiff } from './types'

/** A bundle document (draft or published version); the parts the diff looks at. */
export type BundleSnapshot = {
  schema?: unknown
  uiSchema?: unknown
  mapping?: unknown
  materials?: unknown
  guide?: unknown
  situations?: unknown
  rules?: unknown
  items?: unknown
  [key: string]: unknown
}

const OWN_SECTIONS = ['schema', 'uiSchema', 'materials', 'guide', 'situations', 'rules', 'items']

/** Mapping entries have no id: identify them by item and item path, so they diff as a set. */
const keyedMapping = (mapping: unknown) =>
  Array.isArray(mapping)
    ? mapping.map((e) =>
        e && typeof e === 'object' ? { key: `${String(e.item)}:${String(e.path)}`, ...e } : e,
      )
    : mapping

/**
 * What changed between two bundle versions: the merged form (`schema` + `uiSchema`) field by field,
 * materials matched by `key`, the guide, situations by `id`, rules by position, member items by
 * `code`; everything else (name, stage, mapping by item and path …) under `other`, record metadata
 * left out.
 */
export function diffBundleVersions(a: BundleSnapshot, b: BundleSnapshot): BundleDiff {
  const other = (doc: BundleSnapshot) => {
    const rest = omitKeys(doc, [...METADATA_KEYS, ...OWN_SECTIONS])
    if ('mapping' in rest) rest.mapping = keyedMapping(rest.mapping)
    return rest
  }
  return {
    fields: diffForms(
      { schema: a?.schema, uiSchema: a?.uiSchema },
      { schema: b?.schema, uiSchema: b?.uiSchema },
    ),
    materials: diffValues(a?.materials ?? [], b?.materials ?? [], 'materials'),
    guide: diffValues(a?.guide ?? {}, b?.guide ?? {}, 'guide'),
    situations: diffValues(a?.situations ?? [], b?.situations ?? [], 'situations'),
    rules: diffValues(a?.rules ?? [], b?.rules ?? [], 'rules'),
    items: diffValues(a?.items ?? [], b?.items ?? [], 'items'),
    other: diffValues(other(a), other(b)),
  }
}
