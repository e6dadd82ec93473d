import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import postgres from 'postgres'

export const BENCH_PASSWORD = 'bench-password-1'

export type Server = {
  url: string
  /** CPU time the server process has used so far (user + system, Linux), in ms */
  cpuMs(): number
  /** CPU time of the PostgreSQL backends serving the server's database (0 on PGlite) */
  databaseCpuMs(): Promise<number>
  stop(): Promise<void>
}

/** Starts the real server (`api/server.ts`) as its own process on PGlite or a fresh PostgreSQL database. */
export async function startServer(
  kind: 'pglite' | 'postgres',
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<Server> {
  const dir = mkdtempSync(join(tmpdir(), 'yzb-bench-'))
  let dropDb: (() => Promise<void>) | undefined
  let databaseCpuMs = async () => 0
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...extraEnv,
    PORT: String(port),
    ADMIN_PASSWORD: BENCH_PASSWORD,
    DATA_DIR: join(dir, 'data'),
  }
  delete env.DATABASE_URL
  if (kind === 'postgres') {
    const base = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
    const name = `yzb_bench_${Date.now().toString(36)}`
    const admin = postgres(base, { max: 1, onnotice: () => {} })
    await admin.unsafe(`create database ${name}`)
    await admin.end()
    const u = new URL(base)
    u.pathname = `/${name}`
    env.DATABASE_URL = u.toString()
    databaseCpuMs = async () => {
      const a = postgres(base, { max: 1, onnotice: () => {} })
      const rows = await a<
        { pid: number }[]
      >`select pid from pg_stat_activity where datname = ${name}`
      await a.end()
      return rows.reduce((sum, r) => sum + processCpuMs(r.pid), 0)
    }
    dropDb = async () => {
      const a = postgres(base, { max: 1, onnotice: () => {} })
      await a.unsafe(`drop database if exists ${name} with (force)`)
      await a.end()
    }
  }
  // BENCH_NODE_ARGS passes flags to the server process, e.g. `--cpu-prof --cpu-prof-dir=prof`
  const nodeArgs = process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'api/server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  await waitFor(child, 'running at')
  return {
    url: `http://127.0.0.1:${port}`,
    cpuMs: () => processTreeCpuMs(child.pid!),
    databaseCpuMs: () => databaseCpuMs(),
    async stop() {
      child.kill('SIGINT')
      await new Promise((r) => child.once('exit', r))
      await dropDb?.()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** utime + stime of a process from /proc/PID/stat (clock ticks of 10 ms). */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

/** CPU time of a process and its children (the server processes of WORKERS > 1), in ms. */
function processTreeCpuMs(pid: number): number {
  let children: string[] = []
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean)
  } catch {}
  return processCpuMs(pid) + children.reduce((sum, c) => sum + processTreeCpuMs(Number(c)), 0)
}

export function waitFor(child: ChildProcess, text: string): Promise<void> {
  let out = ''
  return new Promise((resolve, reject) => {
    const on = (b: Buffer) => {
      out += b.toString()
      if (out.includes(text)) resolve()
    }
    child.stdout?.on('data', on)
    child.stderr?.on('data', on)
    child.once('exit', (code) => reject(new Error(`process exited ${code}: ${out}`)))
  })
}

export async function api(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const res = await fetch(base + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = (await res.json().catch(() => null)) as any
  if (res.status >= 400) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json
}
