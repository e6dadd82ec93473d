/**
 * Where a dragged field lands. A drop target is a container (the form, a section, a table) and an
 * index among its children; `anchor` is the child it goes before (null: at the end). With a
 * pointer, the deepest container body under the pointer is the container and the index is the
 * reading order of the pointer among the children. With the keyboard, ↑/↓ walk through every
 * possible position of the form in display order (slots).
 */
import { type EditorState, isWithin, type NodeId } from '../../core'

export type Target = { parent: NodeId; index: number; anchor: NodeId | null }

/** Whether a drag is under way: the canvas's own arrow keys stand aside for the keyboard drag. */
export const dragging = { active: false }

/** Children of a container as a move counts them: without the node being moved. */
const childrenWithout = (state: EditorState, id: NodeId, active: NodeId | null) =>
  (state.nodes[id]?.children ?? []).filter((c) => c !== active)

export function targetAt(
  canvas: HTMLElement,
  state: EditorState,
  x: number,
  y: number,
  active: NodeId | null,
): Target | null {
  let body: HTMLElement | undefined
  for (const el of canvas.ownerDocument.elementsFromPoint(x, y)) {
    if (!(el instanceof HTMLElement) || !canvas.contains(el)) continue
    const id = el.dataset.body
    if (!id || !state.nodes[id]) continue
    if (active && isWithin(state, id, active)) continue
    body = el
    break
  }
  if (!body) return null
  const parent = body.dataset.body!
  const kids = childrenWithout(state, parent, active)
  const bodyRect = body.getBoundingClientRect()
  const rects = new Map<string, DOMRect>()
  for (const child of body.children) {
    const id = (child as HTMLElement).dataset?.node
    if (id) rects.set(id, child.getBoundingClientRect())
  }
  for (const [i, id] of kids.entries()) {
    const r = rects.get(id)
    if (!r) continue
    if (y < r.top) return { parent, index: i, anchor: id }
    if (y <= r.bottom) {
      const wide = r.width > bodyRect.width * 0.6
      const before = wide ? y < r.top + r.height / 2 : x < r.left + r.width / 2
      if (before) return { parent, index: i, anchor: id }
    }
  }
  return { parent, index: kids.length, anchor: null }
}

/** Every position a node (or a new field) can be dropped at, in display order. */
export function slotsOf(state: EditorState, active: NodeId | null): Target[] {
  const out: Target[] = []
  const walk = (id: NodeId) => {
    const kids = childrenWithout(state, id, active)
    for (const [i, k] of kids.entries()) {
      out.push({ parent: id, index: i, anchor: k })
      const n = state.nodes[k]!
      if (n.kind === 'section' || n.kind === 'table') walk(k)
    }
    out.push({ parent: id, index: kids.length, anchor: null })
  }
  walk(state.root)
  return out
}

/** The slot a node now occupies (for a keyboard drag to start from). */
export function slotOfNode(slots: Target[], state: EditorState, id: NodeId): number {
  const node = state.nodes[id]
  if (!node?.parent) return 0
  const siblings = state.nodes[node.parent]!.children!
  const at = siblings.indexOf(id)
  const i = slots.findIndex((s) => s.parent === node.parent && s.index === at)
  return Math.max(0, i)
}

export const sameTarget = (a: Target | null, b: Target | null) =>
  a === b || (!!a && !!b && a.parent === b.parent && a.index === b.index)

/** Marks the drop position on the canvas (a line before the anchor, or at the end of the body). */
export class DropHint {
  private el: Element | null = null
  private cls = ''
  constructor(private canvas: () => HTMLElement | null) {}
  show(t: Target | null) {
    this.clear()
    const canvas = this.canvas()
    if (!t || !canvas) return
    const el = t.anchor
      ? canvas.querySelector(`[data-node="${t.anchor}"]`)
      : canvas.querySelector(`[data-body="${t.parent}"]`)
    if (!el) return
    this.el = el
    this.cls = t.anchor ? 'drop-before' : 'drop-end'
    el.classList.add(this.cls)
  }
  clear() {
    this.el?.classList.remove(this.cls)
    this.el = null
  }
  get element() {
    return this.el
  }
}
