/**
 * The longest common subsequence of two lists of distinct keys: the keys outside it are the ones
 * that moved. On ties the keys of `a` keep their place (in a swap, the key moved forward moved).
 */
export function lcs(a: string[], b: string[]): Set<string> {
  const n = a.length
  const m = b.length
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = len[i] as number[]
      const below = len[i + 1] as number[]
      row[j] =
        a[i] === b[j]
          ? (below[j + 1] as number) + 1
          : Math.max(below[j] as number, row[j + 1] as number)
    }
  }
  const out = new Set<string>()
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.add(a[i] as string)
      i++
      j++
    } else if ((len[i + 1]?.[j] ?? 0) > (len[i]?.[j + 1] ?? 0)) i++
    else j++
  }
  return out
}
