/**
 * The palette: the core's field kinds by group, then every data element of the dictionary by its
 * group (added already bound). Searchable; drag an entry onto the canvas, or click it (Enter) to
 * add it after the selected field; Space picks it up for a keyboard drag.
 */
import { useDraggable } from '@dnd-kit/core'
import { Collapse, Empty, Input } from 'antd'
import { memo, useMemo, useState } from 'react'
import type { Element } from '../../../runtime/core/types'
import { useI18n } from '../../../runtime/ui/i18n'
import { elementEntries, type PaletteEntry, palette } from '../../core'
import { addEntry } from './actions'
import { useStore } from './store-hooks'

type Group = { key: string; title: string; entries: PaletteEntry[]; elements: boolean }

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '')

export const paletteId = (entry: PaletteEntry) => `palette:${entry.id}`

export function allEntries(elements: Element[]): Map<string, PaletteEntry> {
  const out = new Map<string, PaletteEntry>()
  for (const e of [...palette, ...elementEntries(elements)]) out.set(paletteId(e), e)
  return out
}

export const Palette = memo(function Palette({ elements }: { elements: Element[] }) {
  const { t, locale } = useI18n()
  const [q, setQ] = useState('')
  const en = locale === 'en'
  const groups = useMemo(() => {
    const out: Group[] = []
    const byKey = new Map<string, Group>()
    const put = (entry: PaletteEntry, elements: boolean) => {
      const key = `${elements ? 'e' : 'p'}:${entry.group}`
      let g = byKey.get(key)
      if (!g) {
        const title = elements
          ? `${t('palette.elements')} · ${entry.group}`
          : en
            ? entry.groupEn
            : entry.group
        g = { key, title, entries: [], elements }
        byKey.set(key, g)
        out.push(g)
      }
      g.entries.push(entry)
    }
    for (const e of palette) put(e, false)
    for (const e of elementEntries(elements)) put(e, true)
    return out
  }, [elements, t, en])
  // what a search matches: labels, ids and the elements' synonyms
  const haystack = useMemo(() => {
    const synonyms = new Map(elements.map((e) => [`element:${e.id}`, e.synonyms.join(' ')]))
    const out = new Map<string, string>()
    for (const g of groups)
      for (const e of g.entries)
        out.set(e.id, norm(`${e.label} ${e.labelEn} ${e.id} ${synonyms.get(e.id) ?? ''}`))
    return out
  }, [groups, elements])

  const needle = norm(q)
  const shown = needle
    ? groups
        .map((g) => ({
          ...g,
          entries: g.entries.filter((e) => haystack.get(e.id)?.includes(needle)),
        }))
        .filter((g) => g.entries.length > 0)
    : groups
  const openByDefault = groups.filter((g) => !g.elements).map((g) => g.key)
  const [open, setOpen] = useState<string[]>(openByDefault)

  return (
    <div className={en ? 'palette en' : 'palette'}>
      <Input.Search
        allowClear
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t('palette.search')}
        aria-label={t('palette.search')}
        className="palette-search"
      />
      <p className="palette-hint">{t('palette.hint')}</p>
      {shown.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('palette.none')} />
      ) : (
        <Collapse
          size="small"
          ghost
          activeKey={needle ? shown.map((g) => g.key) : open}
          onChange={(keys) => !needle && setOpen(keys as string[])}
          items={shown.map((g) => ({
            key: g.key,
            label: (
              <span>
                {g.title} <span className="palette-count">{g.entries.length}</span>
              </span>
            ),
            children: (
              <div className={g.elements ? 'palette-list elements' : 'palette-list'}>
                {g.entries.map((e) => (
                  <PaletteItem
                    key={e.id}
                    entry={e}
                    label={en && !g.elements ? e.labelEn : e.label}
                    element={g.elements}
                  />
                ))}
              </div>
            ),
          }))}
        />
      )}
    </div>
  )
})

const PaletteItem = memo(function PaletteItem({
  entry,
  label,
  element,
}: {
  entry: PaletteEntry
  label: string
  element: boolean
}) {
  const store = useStore()
  const { setNodeRef, listeners, attributes, isDragging } = useDraggable({ id: paletteId(entry) })
  // a click (detail > 0) goes on to the title; Enter from the keyboard stays in the palette
  const add = (e: React.MouseEvent) => {
    if (addEntry(store, entry)) revealAdded(store.state.selection, e.detail > 0)
  }
  return (
    <button
      type="button"
      ref={setNodeRef}
      {...attributes}
      {...listeners}
      className={`palette-entry${isDragging ? ' dragging' : ''}${element ? ' element' : ''}`}
      data-palette={entry.id}
      title={element ? entry.labelEn : undefined}
      onClick={add}
    >
      <span className="palette-label">{label}</span>
      {element && <span className="palette-sub">{entry.labelEn}</span>}
    </button>
  )
})

/** After a click added a field: show it on the canvas and, when asked, select its title to retype. */
function revealAdded(id: string | null, editTitle: boolean) {
  if (!id) return
  requestAnimationFrame(() => {
    document.querySelector(`.cv-paper [data-node="${id}"]`)?.scrollIntoView({ block: 'nearest' })
    if (!editTitle) return
    const title = document.querySelector<HTMLInputElement>('.insp [data-inspector-first]')
    title?.focus()
    title?.select()
  })
}
