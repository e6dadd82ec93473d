/** Left edges of consecutive columns: [start, start + w0, start + w0 + w1, …]. */
export function offsets(start: number, widths: number[]): number[] {
  const out = [start]
  for (const w of widths) out.push((out.at(-1) ?? start) + w)
  return out
}
