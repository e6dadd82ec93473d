/** A CPU profile (CDP Profiler) summed by function: where the page's main thread spent its time. */
import { writeFileSync } from 'node:fs'
import type { CDPSession } from 'playwright-core'

type Node = {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

/** Stops the profiler, writes the .cpuprofile and returns the top functions by self time. */
export async function stopProfile(cdp: CDPSession, file: string, top = 15): Promise<string[]> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
  writeFileSync(file, JSON.stringify(profile))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!
    const dt = (profile.timeDeltas[i] ?? 0) / 1000
    const f = n.callFrame
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() ?? ''}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    if (f.functionName === '(idle)' || f.functionName === '(program)') return
    total += dt
    self.set(name, (self.get(name) ?? 0) + dt)
  })
  return [
    `busy ${total.toFixed(0)} ms; top self time:`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(1).padStart(7)} ms  ${name}`),
  ]
}
