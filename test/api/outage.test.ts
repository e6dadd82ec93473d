import { type ChildProcess, execFile, execFileSync, spawn, spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { promisify } from 'node:util'
import postgres from 'postgres'
import { afterAll, describe, expect, it } from 'vitest'
import { ELEMENTS, VALID_USCC } from '../fixtures/bundle'
import { investmentForm, landForm } from '../fixtures/forms'

// A throwaway PostgreSQL cluster of this test's own (never the shared server), stopped and started
// again while submissions are being posted.
const canCluster =
  process.platform === 'linux' &&
  process.getuid?.() === 0 &&
  spawnSync('which', ['pg_createcluster']).status === 0 &&
  !!process.env.TEST_DATABASE_URL
const VERSION = canCluster ? readdirSync('/etc/postgresql')[0]! : ''
const NAME = `yzb_outage_${process.pid}`
const PG_PORT = 55_000 + (process.pid % 1000)
const API_PORT = 36_000 + (process.pid % 1000)
const PASSWORD = 'outage-password'
// async: a synchronous exec would block this process and show up as request latency
const ctl = (action: 'start' | 'stop') =>
  promisify(execFile)('pg_ctlcluster', [
    VERSION,
    NAME,
    action,
    ...(action === 'stop' ? ['-m', 'fast'] : []),
  ])

let server: ChildProcess | undefined
afterAll(() => {
  server?.kill('SIGKILL')
  if (canCluster) spawnSync('pg_dropcluster', ['--stop', VERSION, NAME], { stdio: 'ignore' })
})

async function call(method: string, path: string, body?: unknown, token?: string) {
  const started = performance.now()
  const res = await fetch(`http://127.0.0.1:${API_PORT}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: res.status,
    json: (await res.json().catch(() => null)) as any,
    ms: performance.now() - started,
  }
}

describe.runIf(canCluster)('PostgreSQL outage while submissions are posted', () => {
  it('answers 503 quickly during the outage, serves again afterwards, and keeps every 201', async () => {
    execFileSync('pg_createcluster', ['-p', String(PG_PORT), VERSION, NAME, '--', '-A', 'trust'], {
      stdio: 'ignore',
    })
    await ctl('start')
    const url = `postgres://postgres@127.0.0.1:${PG_PORT}/postgres`
    server = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        PORT: String(API_PORT),
        ADMIN_PASSWORD: PASSWORD,
        SEED_TEMPLATES: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    await new Promise<void>((resolve, reject) => {
      let out = ''
      server!.stdout!.on('data', (b: Buffer) => {
        out += b
        if (out.includes('running at')) resolve()
      })
      server!.on('exit', (c) => reject(new Error(`server exited ${c}: ${out}`)))
    })
    const token = (await call('POST', '/api/auth/login', { username: 'admin', password: PASSWORD }))
      .json.token
    for (const e of ELEMENTS) await call('POST', '/api/elements', e, token)
    const dept = (
      await call('POST', '/api/departments', { code: 'OUT', name: '断线测试局' }, token)
    ).json.id
    const pins = []
    for (const [code, schema] of [
      ['A-1', investmentForm],
      ['B-1', landForm],
    ] as const) {
      const item = await call(
        'POST',
        '/api/items',
        { code, name: code, departmentId: dept, form: { schema } },
        token,
      )
      pins.push({
        itemId: item.json.id,
        version: (await call('POST', `/api/items/${item.json.id}/publish`, {}, token)).json.version,
      })
    }
    const bundle = await call(
      'POST',
      '/api/bundles',
      { slug: 'demo', name: '断线示例', leadDepartmentId: dept, items: pins },
      token,
    )
    expect((await call('POST', `/api/bundles/${bundle.json.id}/publish`, {}, token)).status).toBe(
      201,
    )

    const data = {
      applicant: { name: '示例科技有限公司', uscc: VALID_USCC },
      item_A_1: { xmmc: '项目' },
      item_B_1: { landArea: 1 },
    }
    const accepted: string[] = []
    const during: { status: number; ms: number }[] = []
    let phase: 'before' | 'down' | 'after' = 'before'
    let stop = false
    const poster = async () => {
      while (!stop) {
        const r = await call('POST', '/api/published/demo/1/submissions', { answers: {}, data })
        if (r.status === 201) accepted.push(r.json.number)
        else if (phase === 'down') during.push({ status: r.status, ms: r.ms })
        else if (r.status !== 503)
          throw new Error(`unexpected ${r.status} ${JSON.stringify(r.json)}`)
        if (phase === 'down') await new Promise((x) => setTimeout(x, 50))
      }
    }
    const posters = Array.from({ length: 4 }, poster)
    await new Promise((x) => setTimeout(x, 1500))
    phase = 'down'
    await ctl('stop')
    const beforeOutage = accepted.length
    await new Promise((x) => setTimeout(x, 2000))
    const health = await call('GET', '/api/health')
    await ctl('start')
    phase = 'after'
    const resumedFrom = accepted.length
    const deadline = Date.now() + 30_000
    while (accepted.length < resumedFrom + 20 && Date.now() < deadline)
      await new Promise((x) => setTimeout(x, 100))
    stop = true
    await Promise.all(posters)

    expect(beforeOutage).toBeGreaterThan(0)
    expect(health.status).toBe(503)
    expect(during.length).toBeGreaterThan(0)
    expect(during.every((r) => r.status === 503)).toBe(true)
    // at most one connection attempt (connect_timeout 2 s) per retry window; the rest at once
    expect(Math.max(...during.map((r) => r.ms))).toBeLessThan(2500)
    const sorted = during.map((r) => r.ms).sort((a, b) => a - b)
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(100)
    expect(accepted.length).toBeGreaterThanOrEqual(resumedFrom + 20)
    const sql = postgres(url, { max: 1, onnotice: () => {} })
    const rows = await sql<{ number: string }[]>`select number from submissions`
    await sql.end()
    const stored = new Set(rows.map((r) => r.number))
    expect(accepted.filter((n) => !stored.has(n))).toEqual([])
    expect(new Set(accepted).size).toBe(accepted.length)
  }, 120_000)
})
