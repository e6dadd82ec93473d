/**
 * Keys of stored item and bundle documents that describe the record or the version rather than its
 * content: they differ between any two versions, so diffs leave them out.
 */
export const METADATA_KEYS = [
  'id',
  'version',
  'hash',
  'note',
  'status',
  'latestVersion',
  'revision',
  'formatVersion',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'publishedBy',
]

/** A shallow copy without the given keys. */
export const omitKeys = (doc: unknown, keys: string[]): Record<string, unknown> => {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return {}
  return Object.fromEntries(Object.entries(doc).filter(([k]) => !keys.includes(k)))
}
