import { splitPath } from '../schema'

/** `a.rows[].name` → `['a', 'a.rows', 'a.rows[]', 'a.rows[].name']` */
export function pathPrefixes(path: string): string[] {
  const out: string[] = []
  let cur = ''
  for (const seg of splitPath(path)) {
    cur = seg === '[]' ? `${cur}[]` : cur ? `${cur}.${seg}` : seg
    out.push(cur)
  }
  return out
}
