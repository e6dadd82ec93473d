import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'

export type LoadResult = {
  tool: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

export type LoadOptions = {
  connections?: number
  seconds?: number
  method?: string
  headers?: Record<string, string>
  body?: string
  /** send a unique Idempotency-Key with every request */
  uniqueKeys?: boolean
}

const hasWrk = spawnSync('wrk', ['--version']).error === undefined

/**
 * Drives a URL with 50 connections. wrk (Debian package `wrk`) when installed: it is native and
 * leaves the CPU to the server under test; autocannon otherwise (it saturates well below bare
 * node:http on a 2-core machine, so ratios measured with it understate the server).
 */
export async function load(url: string, opts: LoadOptions = {}): Promise<LoadResult> {
  return hasWrk ? wrk(url, opts) : cannon(url, opts)
}

function wrk(url: string, opts: LoadOptions): LoadResult {
  const args = ['-t2', `-c${opts.connections ?? 50}`, `-d${opts.seconds ?? 8}s`, '--latency']
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}: ${v}`)
  if (opts.body !== undefined || opts.method) args.push('-s', wrkScript(opts))
  const out = execFileSync('wrk', [...args, url], { encoding: 'utf8' })
  const ms = (label: string) => {
    const m = new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out)
    if (!m) return Number.NaN
    const v = Number(m[1])
    return m[2] === 'us' ? v / 1000 : m[2] === 's' ? v * 1000 : v
  }
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out)
  return {
    tool: 'wrk',
    rps: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50: ms('50'),
    p99: ms('99'),
    errors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    non2xx,
  }
}

/** A wrk Lua script for a method, a body and (optionally) a unique key per request. */
function wrkScript(opts: LoadOptions): string {
  const file = join(mkdtempSync(join(tmpdir(), 'yzb-wrk-')), 'script.lua')
  const lua = [
    `wrk.method = ${JSON.stringify(opts.method ?? 'POST')}`,
    `wrk.body = ${luaString(opts.body ?? '')}`,
    'wrk.headers["Content-Type"] = "application/json"',
    // every wrk thread has its own Lua state: setup() numbers them so keys never collide
    'local threads = 0',
    'function setup(thread) threads = threads + 1; thread:set("tid", threads) end',
    'local n = 0',
    opts.uniqueKeys
      ? // wrk.format replaces wrk.headers with the table it is given: copy them in
        `request = function() n = n + 1; local h = {}; for k, v in pairs(wrk.headers) do h[k] = v end; h["Idempotency-Key"] = "${Date.now()}-" .. tid .. "-" .. n; return wrk.format(nil, nil, h) end`
      : '',
  ].join('\n')
  writeFileSync(file, lua)
  return file
}

const luaString = (s: string) => `"${[...Buffer.from(s, 'utf8')].map((b) => `\\${b}`).join('')}"`

async function cannon(url: string, opts: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: opts.connections ?? 50,
    duration: opts.seconds ?? 8,
    method: (opts.method ?? 'GET') as 'GET',
    headers: opts.headers,
    body: opts.body,
  })
  return {
    tool: 'autocannon',
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
  }
}

export const fmt = (r: LoadResult) =>
  `${r.rps.toLocaleString('en')} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms (${r.tool})${r.errors || r.non2xx ? `, errors ${r.errors}, non-2xx ${r.non2xx}` : ''}`
