/**
 * Builds the web apps into dist/web with vite. `--if-stale` skips the build when the sources have
 * not changed since the last one (a hash of them is kept beside the build), so `npm start` stays fast.
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const OUT = join(ROOT, 'dist/web')
const STAMP = join(OUT, '.source-hash')
const SOURCES = ['runtime', 'editor', 'vite.config.ts', 'package-lock.json']

function* files(path: string): Generator<string> {
  if (!existsSync(path)) return
  if (!statSync(path).isDirectory()) {
    yield path
    return
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.endsWith('.test.ts') || name === '__snapshots__') continue
    yield* files(join(path, name))
  }
}

export function sourceHash(): string {
  const h = createHash('sha256')
  h.update(`entries:${process.env.YZB_WEB_ENTRIES ?? 'all'} production\n`)
  for (const s of SOURCES) {
    for (const f of files(join(ROOT, s))) {
      h.update(f.slice(ROOT.length))
      h.update(readFileSync(f))
    }
  }
  return h.digest('hex')
}

/** Builds unless dist/web was built from these very sources; returns whether it built. */
export async function buildWeb({ ifStale = false } = {}): Promise<boolean> {
  const hash = sourceHash()
  if (ifStale && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === hash) return false
  if (process.env.VITEST) {
    // under vitest (NODE_ENV=test, VITEST_*) the bundle differs from a production one (React's and
    // antd's test builds): build in a clean child process, exactly as `npm start` would
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST') && k !== 'NODE_ENV'),
    )
    execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
      cwd: ROOT,
      env,
      stdio: 'inherit',
    })
    return true
  }
  const { build } = await import('vite')
  process.env.NODE_ENV = 'production'
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
  })
  writeFileSync(STAMP, hash)
  return true
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now()
  const built = await buildWeb({ ifStale: process.argv.includes('--if-stale') })
  console.log(
    built ? `web apps built in ${Date.now() - started} ms (dist/web)` : 'web apps up to date',
  )
}
