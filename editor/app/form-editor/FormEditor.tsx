/**
 * The form editor's three panes inside one drag-and-drop context: palette, canvas, inspector.
 * A drag (mouse or keyboard) ends in one core command: `add` from the palette, `move` on the
 * canvas. Drop positions are computed by dnd.ts and shown by a line on the canvas.
 */
import {
  type Announcements,
  DndContext,
  type DragEndEvent,
  type DragMoveEvent,
  DragOverlay,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Element } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import { commands as cmd, type NodeId, type PaletteEntry, pathOf } from '../../core'
import { insertionPoint } from './actions'
import { Canvas, focusSelected } from './Canvas'
import { DropHint, dragging, sameTarget, slotOfNode, slotsOf, type Target, targetAt } from './dnd'
import { Inspector } from './Inspector'
import { allEntries, Palette } from './Palette'
import { ProblemsButton } from './ProblemsPanel'
import { useStore } from './store-hooks'

type Drag = {
  node: NodeId | null
  entry: PaletteEntry | null
  keyboard: boolean
  slots: Target[]
  slot: number
  target: Target | null
  pointer: { x: number; y: number } | null
}

const KEY_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] }

export function FormEditor({ elements }: { elements: Element[] }) {
  const { t } = useI18n()
  const store = useStore()
  const canvasEl = useRef<HTMLDivElement | null>(null)
  const hint = useMemo(() => new DropHint(() => canvasEl.current), [])
  const entries = useMemo(() => allEntries(elements), [elements])
  const drag = useRef<Drag | null>(null)
  const [overlay, setOverlay] = useState<string | null>(null)
  const [live, setLive] = useState('')
  const frame = useRef(0)
  const setCanvas = useCallback((el: HTMLDivElement | null) => {
    canvasEl.current = el
  }, [])

  const titleOf = useCallback(
    (id: string) => {
      const entry = entries.get(id)
      if (entry) return entry.label
      const n = store.state.nodes[id]
      return (typeof n?.schema.title === 'string' && n.schema.title) || n?.key || id
    },
    [entries, store],
  )

  const describe = useCallback(
    (target: Target | null) => {
      if (!target) return t('dnd.nowhere')
      const s = store.state
      const parent = s.nodes[target.parent]!
      const where =
        parent.id === s.root
          ? t('canvas.form')
          : `「${typeof parent.schema.title === 'string' ? parent.schema.title : pathOf(s, parent.id)}」`
      const before = target.anchor ? titleOf(target.anchor) : null
      return before
        ? t('dnd.before', { where, before, n: target.index + 1 })
        : t('dnd.end', { where })
    },
    [store, t, titleOf],
  )

  const coordinateGetter: KeyboardCoordinateGetter = useCallback(
    (event) => {
      const d = drag.current
      if (!d?.keyboard) return undefined
      const down = event.code === 'ArrowDown' || event.code === 'ArrowRight'
      const up = event.code === 'ArrowUp' || event.code === 'ArrowLeft'
      if (!down && !up) return undefined
      event.preventDefault()
      d.slot = Math.min(d.slots.length - 1, Math.max(0, d.slot + (down ? 1 : -1)))
      d.target = d.slots[d.slot] ?? null
      hint.show(d.target)
      hint.element?.scrollIntoView({ block: 'nearest' })
      setLive(describe(d.target))
      return undefined // the overlay stays; the line on the canvas shows the position
    },
    [hint, describe],
  )

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter, keyboardCodes: KEY_CODES }),
  )

  /** The drop position under the pointer (a pointer drag), shown on the canvas. */
  const update = useCallback(() => {
    const d = drag.current
    const canvas = canvasEl.current
    if (!d || d.keyboard || !d.pointer || !canvas) return
    const next = targetAt(canvas, store.state, d.pointer.x, d.pointer.y, d.node)
    if (!sameTarget(next, d.target)) {
      d.target = next
      hint.show(next)
    }
  }, [store, hint])

  const onPointerMove = useCallback(
    (e: PointerEvent) => {
      const d = drag.current
      if (!d || d.keyboard) return
      d.pointer = { x: e.clientX, y: e.clientY }
      if (frame.current) return
      frame.current = requestAnimationFrame(() => {
        frame.current = 0
        update()
      })
    },
    [update],
  )

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    const id = String(active.id)
    const entry = entries.get(id) ?? null
    const keyboard = activatorEvent instanceof KeyboardEvent
    const node = entry ? null : id
    const state = store.state
    const d: Drag = { node, entry, keyboard, slots: [], slot: 0, target: null, pointer: null }
    if (keyboard) {
      d.slots = slotsOf(state, node)
      if (node) d.slot = slotOfNode(d.slots, state, node)
      else {
        const at = insertionPoint(state, entry ?? undefined)
        const i = d.slots.findIndex(
          (s) =>
            s.parent === at.parent &&
            s.index === (at.index ?? state.nodes[at.parent]!.children!.length),
        )
        d.slot = Math.max(0, i)
      }
      d.target = d.slots[d.slot] ?? null
      hint.show(d.target)
      setLive(describe(d.target))
    } else {
      const e = activatorEvent as PointerEvent
      d.pointer = { x: e.clientX, y: e.clientY }
      window.addEventListener('pointermove', onPointerMove)
      setOverlay(titleOf(id))
    }
    drag.current = d
    dragging.active = true
  }

  const onDragMove = (_: DragMoveEvent) => update()

  const finish = () => {
    dragging.active = false
    window.removeEventListener('pointermove', onPointerMove)
    cancelAnimationFrame(frame.current)
    frame.current = 0
    hint.clear()
    setOverlay(null)
    const d = drag.current
    drag.current = null
    return d
  }

  const onDragEnd = (_: DragEndEvent) => {
    if (drag.current && !drag.current.keyboard) update()
    const d = finish()
    if (!d?.target) return
    const { parent, index } = d.target
    let ok = false
    if (d.entry) ok = store.dispatch(cmd.add(d.entry, parent, index))
    else if (d.node) ok = store.dispatch(cmd.move(d.node, parent, index))
    if (ok && d.keyboard) focusSelected(canvasEl.current, store.state.selection)
  }

  const announcements: Announcements = useMemo(
    () => ({
      onDragStart: ({ active }) => t('dnd.picked', { title: titleOf(String(active.id)) }),
      onDragOver: () => undefined,
      onDragEnd: ({ active }) => t('dnd.dropped', { title: titleOf(String(active.id)) }),
      onDragCancel: () => t('dnd.cancelled'),
    }),
    [t, titleOf],
  )

  return (
    <DndContext
      sensors={sensors}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={() => finish()}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('dnd.instructions') },
      }}
    >
      <div className="fe-panes">
        <aside className="fe-pane fe-palette" aria-label={t('pane.palette')}>
          <Palette elements={elements} />
        </aside>
        <section className="fe-pane fe-canvas" aria-label={t('pane.canvas')}>
          <div className="fe-canvas-bar">
            <span className="fe-canvas-help">{t('canvas.help')}</span>
            <ProblemsButton />
          </div>
          <div className="fe-canvas-scroll">
            <Canvas canvasRef={setCanvas} />
          </div>
        </section>
        <aside className="fe-pane fe-inspector" aria-label={t('pane.inspector')}>
          <Inspector />
        </aside>
      </div>
      <div className="sr-only" aria-live="assertive">
        {live}
      </div>
      <DragOverlay dropAnimation={null}>
        {overlay ? <div className="drag-ghost">{overlay}</div> : null}
      </DragOverlay>
    </DndContext>
  )
}
