// GET /api/published/:slug/:version of a ~50 KB version through the real server, against a bare
// node:http server sending the same bytes, same load tool and settings, in the same run.
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateItems } from '../runtime/core/merge/generate-items'
import { fmt, type LoadResult, load } from './lib/load'
import { api, BENCH_PASSWORD, startServer, waitFor } from './lib/server'

async function publishBundle(base: string): Promise<{ path: string; bytes: Buffer }> {
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
  for (const item of generateItems(8, 30, 7)) {
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
  const merged = await api(base, 'GET', `/api/bundles/${bundle.id}/merged`, undefined, token)
  // Bind everything the engine suggests, so the version is publishable whatever the generator made.
  if (merged.conflicts.length)
    throw new Error(`bench bundle has conflicts: ${JSON.stringify(merged.conflicts[0])}`)
  const { version } = await api(base, 'POST', `/api/bundles/${bundle.id}/publish`, {}, token)
  const path = `/api/published/bench/${version}`
  const bytes = Buffer.from(await (await fetch(base + path)).arrayBuffer())
  return { path, bytes }
}

export async function benchPublishedVersion(): Promise<string[]> {
  const lines: string[] = []
  const dir = mkdtempSync(join(tmpdir(), 'yzb-bare-'))
  for (const kind of ['pglite', 'postgres'] as const) {
    const server = await startServer(kind, 3801)
    try {
      const { path, bytes } = await publishBundle(server.url)
      const file = join(dir, 'body.json')
      writeFileSync(file, bytes)
      const bare = spawn(
        process.execPath,
        ['--import', 'tsx', 'bench/lib/bare-server.ts', file, '3802'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      )
      await waitFor(bare, 'running at')
      await load(`${server.url}${path}`, { seconds: 2 }) // warm-up
      let baseline: LoadResult
      let ours: LoadResult
      try {
        baseline = await load('http://127.0.0.1:3802/', { seconds: 2 }).then(() =>
          load('http://127.0.0.1:3802/'),
        )
        ours = await load(`${server.url}${path}`)
      } finally {
        bare.kill()
      }
      lines.push(
        `published version (${(bytes.length / 1024).toFixed(1)} KB) on ${kind}:`,
        `  bare node:http   ${fmt(baseline)}`,
        `  yizhangbiao      ${fmt(ours)}`,
        `  ratio            ${((ours.rps / baseline.rps) * 100).toFixed(1)} % of bare (target ≥ 75 %)`,
      )
    } finally {
      await server.stop()
    }
  }
  return lines
}
