import { deepEqual } from './deep-equal'
import { type FormOutline, formOutline, nodeView } from './form-outline'
import { lcs } from './lcs'
import type { FieldChange, FormLike } from './types'

const KEYWORD_ORDER = [
  'type',
  'format',
  'title',
  'description',
  'enum',
  'const',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'items',
  'default',
  'x-element',
  'required',
]

const keywordRank = (k: string) => {
  const i = KEYWORD_ORDER.indexOf(k)
  return i >= 0 ? i : k.startsWith('ui:') ? KEYWORD_ORDER.length + 1 : KEYWORD_ORDER.length
}

/** Changed keywords in a fixed order: known schema keywords, other keywords A→Z, then `ui:*`. */
function changedKeywords(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys
    .filter((k) => !deepEqual(a[k], b[k]))
    .sort((x, y) => keywordRank(x) - keywordRank(y) || (x < y ? -1 : x > y ? 1 : 0))
}

const pick = (view: Record<string, unknown>, keys: string[]) =>
  Object.fromEntries(keys.filter((k) => k in view).map((k) => [k, view[k]]))

/** All paths of both forms: the new form's order, each removed path after its old predecessor. */
function mergedOrder(a: FormOutline, b: FormOutline): Map<string, number> {
  const order = [...b.order]
  const present = new Set(order)
  let last: string | undefined
  for (const p of a.order) {
    if (!present.has(p)) {
      order.splice(last === undefined ? 0 : order.indexOf(last) + 1, 0, p)
      present.add(p)
    }
    last = p
  }
  return new Map(order.map((p, i) => [p, i]))
}

const KIND_RANK = { removed: 0, added: 1, changed: 2, moved: 3 } as const

/**
 * Field-level differences between two forms. Leaves are matched by data path: `added`, `removed`,
 * `changed` (with the changed keywords, `required` and `ui:*` options among them, and `before` /
 * `after` holding just those keywords). Objects and tables report `changed` for their own keywords
 * (a section's title …); their appearance shows as added or removed leaves. `moved`: a property
 * that changed place among its siblings (display order, `ui:order` applied; `before`/`after` are
 * the positions). Changes come in display order, removed ones where they used to be.
 */
export function diffForms(before: FormLike, after: FormLike): FieldChange[] {
  const a = formOutline(before)
  const b = formOutline(after)
  const out: FieldChange[] = []
  const withTitle = (c: FieldChange, title: unknown) =>
    typeof title === 'string' && title ? { ...c, title } : c

  for (const [path, leaf] of a.leaves) {
    if (b.leaves.has(path)) continue
    const view = nodeView(leaf.schema, leaf.required, a.ui, path, false)
    out.push(withTitle({ path, change: 'removed', before: view }, leaf.schema.title))
  }
  for (const [path, leaf] of b.leaves) {
    const view = nodeView(leaf.schema, leaf.required, b.ui, path, false)
    const old = a.leaves.get(path)
    if (!old) {
      out.push(withTitle({ path, change: 'added', after: view }, leaf.schema.title))
      continue
    }
    const oldView = nodeView(old.schema, old.required, a.ui, path, false)
    const keywords = changedKeywords(oldView, view)
    if (!keywords.length) continue
    out.push(
      withTitle(
        {
          path,
          change: 'changed',
          keywords,
          before: pick(oldView, keywords),
          after: pick(view, keywords),
        },
        leaf.schema.title ?? old.schema.title,
      ),
    )
  }
  for (const [path, node] of b.containers) {
    const old = a.containers.get(path)
    if (!path || !old) continue
    const view = nodeView(node.schema, node.required, b.ui, path, true)
    const oldView = nodeView(old.schema, old.required, a.ui, path, true)
    const keywords = changedKeywords(oldView, view)
    if (!keywords.length) continue
    out.push(
      withTitle(
        {
          path,
          change: 'changed',
          keywords,
          before: pick(oldView, keywords),
          after: pick(view, keywords),
        },
        node.schema.title ?? old.schema.title,
      ),
    )
  }
  for (const [path, node] of b.containers) {
    const oldChildren = a.containers.get(path)?.children
    const children = node.children
    if (!oldChildren || !children) continue
    const common = (list: string[], other: string[]) => list.filter((k) => other.includes(k))
    const kept = lcs(common(oldChildren, children), common(children, oldChildren))
    for (const key of common(children, oldChildren)) {
      if (kept.has(key)) continue
      const child = path ? `${path}.${key}` : key
      const title = node.schema.properties?.[key]?.title
      const move: FieldChange = {
        path: child,
        change: 'moved',
        before: oldChildren.indexOf(key),
        after: children.indexOf(key),
      }
      out.push(withTitle(move, title))
    }
  }
  const rank = mergedOrder(a, b)
  const at = (p: string) => rank.get(p) ?? Number.MAX_SAFE_INTEGER
  return out
    .map((c, i) => ({ c, i }))
    .sort(
      (x, y) =>
        at(x.c.path) - at(y.c.path) || KIND_RANK[x.c.change] - KIND_RANK[y.c.change] || x.i - y.i,
    )
    .map(({ c }) => c)
}
