import autocannon from 'autocannon'

export type LoadResult = { rps: number; p50: number; p99: number; errors: number; non2xx: number }

/** Drives a URL with autocannon: 50 connections unless told otherwise. */
export async function load(
  url: string,
  opts: {
    connections?: number
    seconds?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: autocannon.Request[]
  } = {},
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: opts.connections ?? 50,
    duration: opts.seconds ?? 8,
    method: (opts.method ?? 'GET') as 'GET',
    headers: opts.headers,
    body: opts.body,
    requests: opts.requests,
  })
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

export const fmt = (r: LoadResult) =>
  `${r.rps.toLocaleString('en')} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms${r.errors || r.non2xx ? `, errors ${r.errors}, non-2xx ${r.non2xx}` : ''}`
