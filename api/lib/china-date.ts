/** Submission numbers count days in China Standard Time (UTC+8, no daylight saving). */
export function chinaDay(now = new Date()): { iso: string; compact: string } {
  const shifted = new Date(now.getTime() + 8 * 60 * 60 * 1000)
  const iso = shifted.toISOString().slice(0, 10)
  return { iso, compact: iso.replaceAll('-', '') }
}
