import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, describe, expect, it } from 'vitest'
import { emptyPostgresDatabase } from '../setup/databases'

const PASSWORD = 'scale-out-password'

/** Ports the kernel just handed out (held together, so distinct), not another test's sockets. */
async function freePorts(n: number): Promise<number[]> {
  const probes = Array.from({ length: n }, () => createServer())
  const ports = await Promise.all(
    probes.map(
      (probe) =>
        new Promise<number>((resolve, reject) => {
          probe.once('error', reject)
          probe.listen(0, '127.0.0.1', () => resolve((probe.address() as { port: number }).port))
        }),
    ),
  )
  await Promise.all(probes.map((probe) => new Promise((r) => probe.close(r))))
  return ports
}

function startServer(
  url: string,
  port: number,
  workers = 1,
  templates = false,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      ADMIN_PASSWORD: PASSWORD,
      WORKERS: String(workers),
      SEED_TEMPLATES: templates ? '1' : '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString()
      if (output.includes('running at')) resolve(child)
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)))
  })
}

async function call(port: number, method: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, json: (await res.json().catch(() => null)) as any }
}

const children: ChildProcess[] = []
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const c of children) c.kill('SIGTERM')
  await new Promise((r) => setTimeout(r, 300))
  for (const f of cleanups) await f()
})

describe.runIf(process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  it('both migrate at start and publish concurrently without duplicate or missing versions', async () => {
    const { url, dispose } = await emptyPostgresDatabase()
    cleanups.push(dispose)
    const ports = await freePorts(2)
    const servers = await Promise.all(ports.map((p) => startServer(url, p, 1, true)))
    children.push(...servers)
    const [p1, p2] = ports as [number, number]
    const t1 = (
      await call(p1, 'POST', '/api/auth/login', { username: 'admin', password: PASSWORD })
    ).json.token
    const t2 = (
      await call(p2, 'POST', '/api/auth/login', { username: 'admin', password: PASSWORD })
    ).json.token
    const dept = await call(p1, 'POST', '/api/departments', { code: 'SO', name: '扩容测试局' }, t1)
    const item = await call(
      p1,
      'POST',
      '/api/items',
      {
        code: 'SO-1',
        name: '企业投资项目备案',
        departmentId: dept.json.id,
        form: {
          schema: { type: 'object', properties: { a: { type: 'string', title: '项目名称' } } },
        },
      },
      t1,
    )
    expect(item.status).toBe(201)
    const publishes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(i % 2 ? p2 : p1, 'POST', `/api/items/${item.json.id}/publish`, {}, i % 2 ? t2 : t1),
      ),
    )
    expect(publishes.map((r) => r.status)).toEqual(Array(40).fill(201))
    const versions = publishes.map((r) => r.json.version).sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    const listed = await call(p2, 'GET', `/api/items/${item.json.id}/versions`, undefined, t2)
    expect(listed.json).toHaveLength(40)
    // both instances seeded at start under the start-up lock: the templates were loaded once
    const published = await call(p1, 'GET', '/api/published')
    expect(published.json.map((b: { version: number }) => b.version)).toEqual([1, 1, 1, 1, 1])
  })

  it('WORKERS=2: two processes share one port and number submissions without gap or duplicate', async () => {
    const { url, dispose } = await emptyPostgresDatabase()
    cleanups.push(dispose)
    const [port] = (await freePorts(1)) as [number]
    const server = await startServer(url, port, 2)
    children.push(server)
    const token = (
      await call(port, 'POST', '/api/auth/login', { username: 'admin', password: PASSWORD })
    ).json.token
    const dept = await call(
      port,
      'POST',
      '/api/departments',
      { code: 'WK', name: '多进程测试局' },
      token,
    )
    const item = await call(
      port,
      'POST',
      '/api/items',
      {
        code: 'WK-1',
        name: '多进程测试事项',
        departmentId: dept.json.id,
        form: {
          schema: {
            type: 'object',
            required: ['a'],
            properties: { a: { type: 'string', title: '项目名称' } },
          },
        },
      },
      token,
    )
    const pinned = await call(port, 'POST', `/api/items/${item.json.id}/publish`, {}, token)
    const bundle = await call(
      port,
      'POST',
      '/api/bundles',
      {
        slug: 'workers',
        name: '多进程一件事',
        leadDepartmentId: dept.json.id,
        items: [{ itemId: item.json.id, version: pinned.json.version }],
      },
      token,
    )
    const { version } = (
      await call(port, 'POST', `/api/bundles/${bundle.json.id}/publish`, {}, token)
    ).json
    const posts = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        call(port, 'POST', `/api/published/workers/${version}/submissions`, {
          answers: {},
          data: { item_WK_1: { a: `项目 ${i}` } },
        }),
      ),
    )
    expect(posts.map((r) => r.status)).toEqual(Array(60).fill(201))
    const seq = posts.map((r) => Number(r.json.number.slice(-6))).sort((a, b) => a - b)
    expect(seq).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
    // a signal to the supervisor stops both processes
    const exited = new Promise((r) => server.once('exit', r))
    server.kill('SIGTERM')
    await exited
    await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow()
  })
})
