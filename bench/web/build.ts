/**
 * Builds the harness pages and the real web apps with vite's programmatic `build`, into .tmp, and
 * measures the JavaScript each page downloads (gzip), chunk by chunk from vite's manifest, with the
 * modules that went into each chunk (rolldown's `moduleIds`), to prove what the applicant loads.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { build, type Plugin } from 'vite'

type ManifestEntry = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[] }
type Manifest = Record<string, ManifestEntry>
export type Chunk = { file: string; raw: number; gzip: number; modules: string[] }
export type PageJs = { chunks: Chunk[]; raw: number; gzip: number }

/**
 * Records, per output file, the ids of the modules rolldown put into it and their rendered size;
 * with `closureOf`, also the modules that entry imports statically, directly or not.
 */
function moduleRecorder(
  into: Map<string, { id: string; bytes: number }[]>,
  closureOf?: { entry: string; ids: Set<string> },
): Plugin {
  return {
    name: 'bench-record-modules',
    generateBundle(_options, bundle) {
      for (const out of Object.values(bundle)) {
        if (out.type !== 'chunk') continue
        into.set(
          out.fileName,
          Object.entries(out.modules).map(([id, m]) => ({ id, bytes: m.renderedLength })),
        )
      }
      if (!closureOf) return
      const walk = (id: string) => {
        if (closureOf.ids.has(id)) return
        closureOf.ids.add(id)
        for (const next of this.getModuleInfo(id)?.importedIds ?? []) walk(next)
      }
      walk(closureOf.entry)
    },
  }
}

/** The JS a page loads up front: its entry and the chunks it imports statically, recursively. */
function pageJs(
  outDir: string,
  manifest: Manifest,
  entry: string,
  modules: Map<string, { id: string; bytes: number }[]>,
): PageJs {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const k of manifest[key]?.imports ?? []) visit(k)
  }
  visit(entry)
  const chunks = [...seen].map((key) => {
    const file = manifest[key]!.file
    const bytes = readFileSync(join(outDir, file))
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
      modules: (modules.get(file) ?? []).map((m) => m.id),
    }
  })
  return {
    chunks,
    raw: chunks.reduce((n, c) => n + c.raw, 0),
    gzip: chunks.reduce((n, c) => n + c.gzip, 0),
  }
}

const readManifest = (outDir: string): Manifest =>
  JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest

/** The two harness pages (baseline.html, ours.html) into `outDir`, with their JS sizes. */
export async function buildHarness(
  pageDir: string,
  outDir: string,
  { minify = true, plugins = [] as Plugin[] } = {},
): Promise<{ baseline: PageJs; ours: PageJs }> {
  const modules = new Map<string, { id: string; bytes: number }[]>()
  await build({
    configFile: false,
    root: pageDir,
    base: './',
    logLevel: 'warn',
    plugins: [...plugins, react(), moduleRecorder(modules)],
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      minify,
      chunkSizeWarningLimit: 5000,
      rollupOptions: {
        input: { baseline: join(pageDir, 'baseline.html'), ours: join(pageDir, 'ours.html') },
      },
    },
  })
  const manifest = readManifest(outDir)
  return {
    baseline: pageJs(outDir, manifest, 'baseline.html', modules),
    ours: pageJs(outDir, manifest, 'ours.html', modules),
  }
}

export type AppJs = PageJs & {
  /** modules of the editor (editor/) or of the counter desk (runtime/counter/) among them */
  editorModules: string[]
  counterModules: string[]
  /** modules in those chunks that the applicant entry never imports statically (code shared
   * chunks carry for another entry), by package or folder */
  foreign: string[]
  /** the largest contributors, rendered bytes before minification, by package or source folder */
  largest: { what: string; bytes: number }[]
  /** set when the full build failed and only the applicant entry was built */
  note?: string
}

const groupOf = (root: string, id: string): string => {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '')
  const nm = clean.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const rest = clean.slice(nm + '/node_modules/'.length).split('/')
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!
  }
  const rel = relative(root, clean)
  return rel.startsWith('..') ? clean : rel.split('/').slice(0, 3).join('/')
}

/** Keeps only the applicant's entry of the config's inputs. */
const applicantOnly = (root: string): Plugin => ({
  name: 'bench-applicant-only',
  options(opts) {
    return { ...opts, input: { applicant: join(root, 'runtime/app/index.html') } }
  },
})

/**
 * The real web apps built from vite.config.ts (the same config `npm run build:web` uses) into
 * `outDir` instead of dist/web, and the applicant entry's up-front JS. When the whole build fails
 * (another entry is mid-edit), the applicant entry is built alone and `note` says so.
 */
export async function buildApplicant(root: string, outDir: string): Promise<AppJs> {
  const modules = new Map<string, { id: string; bytes: number }[]>()
  const closure = { entry: join(root, 'runtime/app/index.html'), ids: new Set<string>() }
  const once = (extra: Plugin[]) =>
    build({
      root,
      configFile: join(root, 'vite.config.ts'),
      logLevel: 'silent',
      plugins: [moduleRecorder(modules, closure), ...extra],
      build: { outDir, emptyOutDir: true, manifest: true },
    })
  let note: string | undefined
  try {
    await once([])
  } catch (e) {
    note = `the full build failed (${
      String((e as Error).message)
        .split('\n')
        .find((l) => l.trim()) ?? e
    }); the applicant entry was built alone`
    modules.clear()
    closure.ids.clear()
    await once([applicantOnly(root)])
  }
  const page = pageJs(outDir, readManifest(outDir), 'runtime/app/index.html', modules)
  const ids = page.chunks.flatMap((c) => c.modules)
  const inside = (dir: string) =>
    ids
      .filter((id) => id.replace(/^\0/, '').startsWith(join(root, dir)))
      .map((id) => relative(root, id))
  const sizes = new Map<string, number>()
  for (const c of page.chunks)
    for (const m of modules.get(c.file) ?? [])
      sizes.set(groupOf(root, m.id), (sizes.get(groupOf(root, m.id)) ?? 0) + m.bytes)
  const largest = [...sizes]
    .map(([what, bytes]) => ({ what, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8)
  const foreign = [
    ...new Set(
      ids
        .filter((id) => !closure.ids.has(id) && !id.startsWith('\0'))
        .map((id) => groupOf(root, id)),
    ),
  ]
  return {
    ...page,
    editorModules: inside('editor/'),
    counterModules: inside('runtime/counter/'),
    foreign,
    largest,
    note,
  }
}

/** The applicant's up-front JS in an existing dist/web (the scripts and modulepreloads of its page). */
export function distApplicant(root: string): { files: string[]; gzip: number } | undefined {
  const html = join(root, 'dist/web/runtime/app/index.html')
  if (!existsSync(html)) return undefined
  const text = readFileSync(html, 'utf8')
  const files = [...text.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!)
  const gzip = files.reduce(
    (n, f) => n + gzipSync(readFileSync(join(root, 'dist/web', f))).length,
    0,
  )
  return { files, gzip }
}

export const writeJson = (file: string, value: unknown) =>
  writeFileSync(file, JSON.stringify(value))
