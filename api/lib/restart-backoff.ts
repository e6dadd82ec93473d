/**
 * How long to wait before replacing a server process that exited: 1 s after one that had been
 * serving a while; doubling up to 30 s while replacements keep dying young (a database that
 * refuses them, a bad setting), so a crash loop neither spins nor floods the log.
 */
export function restartBackoff({ base = 1000, max = 30_000, young = 10_000 } = {}) {
  let inARow = 0
  return (lifetimeMs: number): number => {
    inARow = lifetimeMs < young ? inARow + 1 : 1
    return Math.min(max, base * 2 ** (inARow - 1))
  }
}
