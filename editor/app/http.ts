/**
 * Drafts are saved with optimistic concurrency: GET gives an ETag, PUT sends it back in If-Match
 * and gets a new one. runtime/ui/api.ts does not expose response headers, so these two calls read
 * them here; errors are the same ApiError (status, server code, Chinese message, details).
 */
import { ApiError, type ErrorDetail } from '../../runtime/ui/api'

export type WithEtag<T> = { data: T; etag: string }

async function call<T>(path: string, init: RequestInit): Promise<WithEtag<T>> {
  let res: Response
  try {
    res = await fetch(path, { credentials: 'same-origin', ...init })
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试')
  }
  const text = await res.text()
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string; details?: unknown } })?.error
    throw new ApiError(
      res.status,
      e?.code ?? `HTTP_${res.status}`,
      e?.message ?? `请求失败（${res.status}）`,
      Array.isArray(e?.details) ? (e.details as ErrorDetail[]) : [],
    )
  }
  return { data: json as T, etag: res.headers.get('etag') ?? '' }
}

export const getWithEtag = <T>(path: string) =>
  call<T>(path, { headers: { accept: 'application/json' } })

export const putIfMatch = <T>(path: string, body: unknown, etag: string) =>
  call<T>(path, {
    method: 'PUT',
    headers: { accept: 'application/json', 'content-type': 'application/json', 'if-match': etag },
    body: JSON.stringify(body),
  })
