/**
 * The rows of a 办理流程 flowchart: consecutive steps of one `parallel` group (并联审批) form a row,
 * every other step is a row of its own. Steps keep their 1-based number in the process.
 */
export function flowRows<T extends { parallel?: string }>(steps: T[]): (T & { n: number })[][] {
  const rows: (T & { n: number })[][] = []
  steps.forEach((s, i) => {
    const last = rows.at(-1)
    if (s.parallel && last && last[0]!.parallel === s.parallel) last.push({ ...s, n: i + 1 })
    else rows.push([{ ...s, n: i + 1 }])
  })
  return rows
}
