// Piscina worker: TypeScript is loaded through tsx's ESM hooks, registered in this thread.
import { register } from 'tsx/esm/api'

register()
const { runPdfTask } = await import('./pdf-tasks.ts')
const { move } = await import('piscina')

export default async function run(task) {
  const result = await runPdfTask(task)
  return result instanceof Uint8Array ? move(result) : result
}
