// POST …/submissions (validate ~300 fields, tailor, split into parts, idempotency key, insert)
// through the real server at 50 connections, on PostgreSQL and on PGlite. Baseline from the same
// run: GET /api/health (one database round trip through the same stack).
import { generateItems } from '../runtime/core/merge/generate-items'
import { fmt, load } from './lib/load'
import { sampleData } from './lib/sample-data'
import { api, BENCH_PASSWORD, startServer } from './lib/server'

export async function publish300(base: string) {
  const { token } = await api(base, 'POST', '/api/auth/login', {
    username: 'admin',
    password: BENCH_PASSWORD,
  })
  const dept = await api(
    base,
    'POST',
    '/api/departments',
    { code: 'BENCH', name: '基准测试局' },
    token,
  )
  const pins = []
  for (const item of generateItems(10, 38, 3)) {
    const created = await api(base, 'POST', '/api/items', { ...item, departmentId: dept.id }, token)
    const { version } = await api(base, 'POST', `/api/items/${created.id}/publish`, {}, token)
    pins.push({ itemId: created.id, version })
  }
  const bundle = await api(
    base,
    'POST',
    '/api/bundles',
    { slug: 'bench', name: '基准一件事', leadDepartmentId: dept.id, items: pins },
    token,
  )
  const { version } = await api(base, 'POST', `/api/bundles/${bundle.id}/publish`, {}, token)
  const doc = await api(base, 'GET', `/api/published/bench/${version}`)
  return { path: `/api/published/bench/${version}/submissions`, data: sampleData(doc.schema) }
}

/** The runs: PostgreSQL with one and with two server processes (the machine's cores), PGlite. */
const RUNS: { kind: 'postgres' | 'pglite'; workers: number }[] = [
  { kind: 'postgres', workers: 1 },
  { kind: 'postgres', workers: 2 },
  { kind: 'pglite', workers: 1 },
]

export async function benchSubmissions(): Promise<string[]> {
  const lines: string[] = []
  const kinds = process.env.BENCH_KINDS?.split(',') ?? ['postgres', 'pglite']
  // BENCH_WORKERS=1 keeps only the one-process runs (e.g. for a CPU profile of one server)
  const workerCounts = process.env.BENCH_WORKERS?.split(',').map(Number)
  const runs = RUNS.filter(
    (r) => kinds.includes(r.kind) && (!workerCounts || workerCounts.includes(r.workers)),
  )
  for (const { kind, workers } of runs) {
    const server = await startServer(kind, 3803, { WORKERS: String(workers) })
    try {
      const { path, data } = await publish300(server.url)
      const body = JSON.stringify({ answers: {}, data })
      await api(server.url, 'POST', path, JSON.parse(body)) // one real submission first: must be 201
      const health = await load(`${server.url}/api/health`, { seconds: 5 })
      // warm-up, not measured: the JIT compiles the validators and splitters of this version
      await load(`${server.url}${path}`, { method: 'POST', body, uniqueKeys: true, seconds: 3 })
      const cpu0 = server.cpuMs()
      const db0 = await server.databaseCpuMs()
      const posts = await load(`${server.url}${path}`, {
        method: 'POST',
        body,
        uniqueKeys: true,
        seconds: 10,
      })
      // CPU per submission tells the code's cost apart from a machine shared with the load generator
      const count = posts.rps * 10
      const cpu = (server.cpuMs() - cpu0) / count
      const dbCpu = ((await server.databaseCpuMs()) - db0) / count
      lines.push(
        `submission POST on ${kind}, ${workers} server process${workers > 1 ? 'es' : ''} (${(body.length / 1024).toFixed(1)} KB body, 50 connections):`,
        `  GET /api/health   ${fmt(health)}`,
        `  POST submissions  ${fmt(posts)} (target on PostgreSQL ≥ 1,500 req/s, p99 ≤ 100 ms)`,
        `  CPU per submission: server ${cpu.toFixed(2)} ms${kind === 'postgres' ? `, PostgreSQL backends ${dbCpu.toFixed(2)} ms` : ' (PGlite runs inside the server)'}`,
      )
    } finally {
      await server.stop()
    }
  }
  return lines
}
