import { AppError } from '../errors'

/** Draft ETags carry the row's revision: `PUT` compares it atomically in its UPDATE. */
export const draftEtag = (revision: number, hash: string) => `"r${revision}-${hash.slice(0, 12)}"`

export function revisionFromIfMatch(header: string | undefined): number {
  if (!header)
    throw new AppError('PRECONDITION_REQUIRED', '缺少 If-Match 请求头：请先获取草稿及其 ETag')
  const m = /^(?:W\/)?"r(\d+)-[0-9a-f]+"$/.exec(header.trim())
  if (!m) throw new AppError('PRECONDITION_FAILED', 'If-Match 与当前草稿版本不符，请刷新后重试')
  return Number(m[1])
}
