import { diffForms } from './diff-forms'
import { diffValues } from './diff-values'
import { METADATA_KEYS, omitKeys } from './metadata-keys'
import type { FormLike, ItemDiff } from './types'

/** An item document (draft view or published version); only `form` is given a shape. */
export type ItemSnapshot = { form?: FormLike; [key: string]: unknown }

/**
 * What changed between two versions of an item: the form field by field, and every other field
 * (name, basis, time limits, materials by `key` …) as a value diff. Record metadata (id, version,
 * hash, timestamps, status …) is left out.
 */
export function diffItems(a: ItemSnapshot, b: ItemSnapshot): ItemDiff {
  return {
    fields: diffForms(a?.form ?? {}, b?.form ?? {}),
    values: diffValues(
      omitKeys(a, [...METADATA_KEYS, 'form']),
      omitKeys(b, [...METADATA_KEYS, 'form']),
    ),
  }
}
