/**
 * The canvas: the form as the applicant will see it, one memoized component per node keyed by its
 * id. Each node reads its own node object from the store (useSyncExternalStore), and commands
 * share unchanged node objects, so a command re-renders only the nodes it touched.
 */
import { useDraggable } from '@dnd-kit/core'
import { App } from 'antd'
import { type KeyboardEvent, memo, type ReactNode, useCallback } from 'react'
import { useI18n } from '../../../runtime/ui/i18n'
import {
  allNodes,
  commands as cmd,
  type EditorNode,
  fieldTypeOf,
  type NodeId,
  type Severity,
} from '../../core'
import { canMoveInto, duplicateNode, moveBy, moveInto, moveOut } from './actions'
import { dragging } from './dnd'
import { Mock } from './mock'
import { useIsSelected, useNode, useProblemLevel, useStore, useStoreValue } from './store-hooks'

const widthOf = (node: EditorNode): string => {
  const o = node.ui['ui:options']
  const w = o && typeof o === 'object' ? (o as Record<string, unknown>).width : undefined
  return w === 'half' || w === 'third' ? w : 'full'
}

const titleOf = (node: EditorNode) =>
  typeof node.schema.title === 'string' && node.schema.title.trim() ? node.schema.title : ''

/** Focuses the selected node after a keyboard command (the node may have been re-mounted). */
export function focusSelected(canvas: HTMLElement | null, id: NodeId | null) {
  if (!canvas || !id) return
  requestAnimationFrame(() => {
    const el = canvas.querySelector<HTMLElement>(`[data-node="${id}"]`)
    el?.focus({ preventScroll: true })
    el?.scrollIntoView({ block: 'nearest' })
  })
}

export const Canvas = memo(function Canvas({
  canvasRef,
}: {
  canvasRef: (el: HTMLDivElement | null) => void
}) {
  const { t } = useI18n()
  const store = useStore()
  const { message } = App.useApp()
  const rootId = useStoreValue((s) => s.h.present.root)

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      if (dragging.active) return // the keyboard drag owns the arrows
      const el = (e.target as HTMLElement).closest<HTMLElement>('[data-node]')
      if (!el || e.target !== el) return
      const id = el.dataset.node!
      const canvas = e.currentTarget
      const state = store.state
      const mod = e.ctrlKey || e.metaKey
      const refuse = (code: boolean | string) => {
        if (typeof code === 'string') message.warning(t(`canvas.${code}`))
      }
      let handled = true
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (e.altKey) {
          if (!moveBy(store, id, e.key === 'ArrowUp' ? -1 : 1)) message.info(t('canvas.atEdge'))
        } else {
          const order = allNodes(state).map((n) => n.id)
          const at = order.indexOf(id)
          const next = order[at + (e.key === 'ArrowUp' ? -1 : 1)]
          if (next) store.dispatch(cmd.select(next))
        }
      } else if (e.altKey && e.key === 'ArrowRight') refuse(moveInto(store, id))
      else if (e.altKey && e.key === 'ArrowLeft') refuse(moveOut(store, id))
      else if (e.key === 'Home' || e.key === 'End') {
        const order = allNodes(state)
        const n = e.key === 'Home' ? order[0] : order[order.length - 1]
        if (n) store.dispatch(cmd.select(n.id))
      } else if (mod && (e.key === 'd' || e.key === 'D')) {
        const unbound = duplicateNode(store, id)
        if (unbound > 0) message.info(t('canvas.duplicateUnbound', { n: unbound }))
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        if (id !== state.root) store.dispatch(cmd.remove(id))
      } else if (e.key === 'Enter') {
        if (state.selection !== id) store.dispatch(cmd.select(id))
        requestAnimationFrame(() =>
          document.querySelector<HTMLElement>('[data-inspector-first]')?.focus(),
        )
      } else handled = false
      if (handled) {
        e.preventDefault()
        e.stopPropagation()
        focusSelected(canvas, store.state.selection)
      }
    },
    [store, message, t],
  )

  return (
    <div
      className="cv-paper"
      ref={canvasRef}
      role="tree"
      aria-label={t('canvas.label')}
      onKeyDown={onKeyDown}
    >
      <RootView id={rootId} />
    </div>
  )
})

const RootView = memo(function RootView({ id }: { id: NodeId }) {
  const { t } = useI18n()
  const store = useStore()
  const node = useNode(id)
  const selected = useIsSelected(id)
  const level = useProblemLevel(id)
  if (!node) return null
  return (
    <div className="cv-root">
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the tree's onKeyDown (Canvas) handles keys */}
      <div
        className={`cv-node cv-form-title${selected ? ' selected' : ''}`}
        data-node={id}
        role="treeitem"
        aria-level={1}
        aria-selected={selected}
        aria-label={`${t('canvas.form')}：${titleOf(node) || t('canvas.untitled')}`}
        tabIndex={selected || !store.state.selection ? 0 : -1}
        onClick={(e) => {
          e.stopPropagation()
          store.dispatch(cmd.select(id))
        }}
      >
        <h2>{titleOf(node) || <span className="cv-muted">{t('canvas.untitled')}</span>}</h2>
        {typeof node.schema.description === 'string' && (
          <p className="cv-desc">{node.schema.description}</p>
        )}
        {level && <ProblemDot level={level} />}
      </div>
      <ChildList id={id} list={node.children!} axis="y" empty={t('canvas.emptyForm')} />
    </div>
  )
})

const ChildList = memo(function ChildList({
  id,
  list,
  axis,
  empty,
}: {
  id: NodeId
  list: NodeId[]
  axis: 'x' | 'y'
  empty: string
}) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of treeitems inside the canvas tree
    <div className={`cv-body cv-axis-${axis}`} data-body={id} data-axis={axis} role="group">
      {list.map((c) => (
        <NodeView key={c} id={c} />
      ))}
      {list.length === 0 && <div className="cv-empty">{empty}</div>}
    </div>
  )
})

const ProblemDot = ({ level }: { level: 'error' | 'warning' }) => (
  <span className={`cv-problem ${level}`} aria-hidden="true">
    {level === 'error' ? '!' : '?'}
  </span>
)

/** One node: a field, a section (分组) or a table (表格) with its children. */
export const NodeView = memo(function NodeView({ id }: { id: NodeId }) {
  const { t } = useI18n()
  const store = useStore()
  const node = useNode(id)
  const selected = useIsSelected(id)
  const level = useProblemLevel(id)
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id,
  })
  const ref = useCallback(
    (el: HTMLElement | null) => {
      setNodeRef(el)
      setActivatorNodeRef(el)
    },
    [setNodeRef, setActivatorNodeRef],
  )
  if (!node) return null
  const title = titleOf(node)
  const kindLabel =
    node.kind === 'section'
      ? t('kind.section')
      : node.kind === 'table'
        ? t('kind.table')
        : t(`type.${fieldTypeOf(node.schema, node.ui)}`)
  const cls = [
    'cv-node',
    `cv-${node.kind}`,
    `w-${widthOf(node)}`,
    selected ? 'selected' : '',
    isDragging ? 'dragging' : '',
    level ? `has-${level}` : '',
  ]
  const tags = <Tags node={node} level={level} />
  let body: ReactNode
  if (node.kind === 'section') {
    body = (
      <>
        <div className="cv-legend">
          <span className={node.required ? 'required' : undefined}>
            {title || <span className="cv-muted">{t('canvas.untitled')}</span>}
          </span>
          {tags}
        </div>
        {typeof node.schema.description === 'string' && (
          <p className="cv-desc">{node.schema.description}</p>
        )}
        <ChildList id={id} list={node.children!} axis="y" empty={t('canvas.emptySection')} />
      </>
    )
  } else if (node.kind === 'table') {
    body = (
      <>
        <div className="cv-legend">
          <span className="cv-table-mark">▦</span>
          <span className={node.required ? 'required' : undefined}>
            {title || <span className="cv-muted">{t('canvas.untitled')}</span>}
          </span>
          {tags}
        </div>
        {typeof node.schema.description === 'string' && (
          <p className="cv-desc">{node.schema.description}</p>
        )}
        <div className="cv-table-row-label">{t('canvas.tableRow')}</div>
        <ChildList id={id} list={node.children!} axis="x" empty={t('canvas.emptyTable')} />
        <div className="cv-add-row">＋ {t('canvas.addRow')}</div>
      </>
    )
  } else {
    body = <FieldBody node={node} level={level} />
  }
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the tree's onKeyDown (Canvas) handles keys
    <div
      ref={ref}
      className={cls.filter(Boolean).join(' ')}
      data-node={id}
      role="treeitem"
      aria-selected={selected}
      aria-label={`${kindLabel}：${title || node.key}`}
      aria-roledescription={attributes['aria-roledescription']}
      aria-describedby={attributes['aria-describedby']}
      aria-expanded={node.kind === 'field' ? undefined : true}
      tabIndex={selected ? 0 : -1}
      {...listeners}
      onClick={(e) => {
        e.stopPropagation()
        if (!selected) store.dispatch(cmd.select(id))
      }}
    >
      {selected && <NodeToolbar id={id} />}
      {body}
    </div>
  )
})

const Tags = memo(function Tags({ node, level }: { node: EditorNode; level: Severity | null }) {
  const { t } = useI18n()
  const element = typeof node.schema['x-element'] === 'string' ? node.schema['x-element'] : null
  const conditional = node.schema['x-visible-when'] !== undefined
  return (
    <span className="cv-tags">
      {element && (
        <span className="cv-tag bound" title={t('canvas.boundTo', { id: element })}>
          {t('canvas.bound')}
        </span>
      )}
      {conditional && <span className="cv-tag rule">{t('canvas.conditional')}</span>}
      <code className="cv-key">{node.key}</code>
      {level && <ProblemDot level={level} />}
    </span>
  )
})

const FieldBody = memo(function FieldBody({
  node,
  level,
}: {
  node: EditorNode
  level: Severity | null
}) {
  const tags = <Tags node={node} level={level} />
  const title = titleOf(node)
  const note = node.schema.type === 'null'
  const help = typeof node.ui['ui:help'] === 'string' ? node.ui['ui:help'] : ''
  const description = typeof node.schema.description === 'string' ? node.schema.description : ''
  if (note)
    return (
      <div className="cv-note">
        <div className="cv-label">
          <strong>{title}</strong>
          {tags}
        </div>
        <p>{description}</p>
      </div>
    )
  return (
    <>
      <div className={`cv-label${node.required ? ' required' : ''}`}>
        <span>{title || <span className="cv-muted">（无标题）</span>}</span>
        {tags}
      </div>
      {description && <p className="cv-desc">{description}</p>}
      <Mock node={node} />
      {help && <p className="cv-help">{help}</p>}
    </>
  )
})

/** The selected node's buttons; every one has a keyboard shortcut too (plain buttons: cheap to mount). */
function NodeToolbar({ id }: { id: NodeId }) {
  const { t } = useI18n()
  const store = useStore()
  const { message } = App.useApp()
  const into = useStoreValue((s) => canMoveInto(s.h.present, id))
  const isTop = useStoreValue((s) => s.h.present.nodes[id]?.parent === s.h.present.root)
  const act = (fn: () => boolean | string) => (e: React.MouseEvent) => {
    e.stopPropagation()
    const r = fn()
    if (typeof r === 'string') message.warning(t(`canvas.${r}`))
  }
  const button = (label: string, keys: string, fn: () => boolean | string, danger = false) => (
    <button
      type="button"
      className={danger ? 'danger' : undefined}
      title={`${label}（${keys}）`}
      onClick={act(fn)}
      onPointerDown={stop}
    >
      {label}
    </button>
  )
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only keeps keys from the canvas handler
    <div className="cv-toolbar" onKeyDown={(e) => e.stopPropagation()}>
      {button(t('moveUp'), 'Alt+↑', () => moveBy(store, id, -1))}
      {button(t('moveDown'), 'Alt+↓', () => moveBy(store, id, 1))}
      {into && button(t('canvas.moveInto'), 'Alt+→', () => moveInto(store, id))}
      {!isTop && button(t('canvas.moveOut'), 'Alt+←', () => moveOut(store, id))}
      {button(t('duplicate'), 'Ctrl+D', () => {
        const unbound = duplicateNode(store, id)
        if (unbound > 0) message.info(t('canvas.duplicateUnbound', { n: unbound }))
        return true
      })}
      {button(t('delete'), 'Delete', () => store.dispatch(cmd.remove(id)), true)}
    </div>
  )
}

const stop = (e: React.PointerEvent) => e.stopPropagation()
