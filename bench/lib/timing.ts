/** Median and p90 of a synchronous function's wall time over `runs` calls, after `warm` calls. */
export function timeIt(
  fn: () => unknown,
  runs: number,
  warm = Math.ceil(runs / 5),
): { median: number; p90: number } {
  for (let i = 0; i < warm; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return { median: times[Math.floor(runs / 2)]!, p90: times[Math.floor(runs * 0.9)]! }
}

export const ms = (x: number) => `${x.toFixed(2)} ms`
