/**
 * A worker-thread pool for PDF work, so that rendering (CPU-bound, ~0.1 s each) never stalls the
 * event loop. Created on first use; `PDF_THREADS` sets its size (default: cores − 1, at least 1),
 * `PDF_THREADS=0` runs tasks in-process (debugging, single-core hosts).
 */
import { availableParallelism } from 'node:os'
import { Piscina } from 'piscina'
import type { ImportOutcome, PdfTask } from './pdf-tasks'

let pool: Piscina | undefined

const threads = (): number => {
  const env = process.env.PDF_THREADS
  if (env !== undefined && /^\d+$/.test(env)) return Number(env)
  return Math.max(1, availableParallelism() - 1)
}

function getPool(): Piscina | undefined {
  const n = threads()
  if (n === 0) return undefined
  pool ??= new Piscina({
    filename: new URL('./pdf-worker.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: n,
    idleTimeout: 60_000,
  })
  return pool
}

export async function runPdf(task: PdfTask & { kind: 'render' | 'guide' }): Promise<Uint8Array>
export async function runPdf(task: PdfTask & { kind: 'import' }): Promise<ImportOutcome>
export async function runPdf(task: PdfTask): Promise<Uint8Array | ImportOutcome | null> {
  const p = getPool()
  if (!p) {
    const { runPdfTask } = await import('./pdf-tasks')
    return runPdfTask(task)
  }
  return p.run(task)
}

/**
 * Starts a worker and parses the font there, so the first applicant to download a form does not
 * wait for thread start, TypeScript loading and font parsing (2–4 s).
 */
export async function warmPdfPool(): Promise<void> {
  const p = getPool()
  if (p) await p.run({ kind: 'warm' } satisfies PdfTask)
}

/** Ends the pool's threads (tests, shutdown). */
export async function closePdfPool(): Promise<void> {
  const p = pool
  pool = undefined
  await p?.destroy()
}
