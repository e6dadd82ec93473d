/**
 * Rebuilds data from raw field values by walking the schema the form was printed from: the same
 * classification as the layout decides what each field means. Empty fields are absent; empty
 * objects, rows and lists are absent too (paper cannot tell "empty" from "not given").
 */
import { displayOrder } from '../../core/diff/display-order'
import type { JsonSchema } from '../../core/types'
import { asRecord, choicesOf, nodeKind } from '../layout/classify'
import { coerceJson, coerceNumber, splitChoices } from './coerce'
import { type Raw, rawKey } from './raw-fields'

type Seg = string | number

const BOOL = { values: [true, false], labels: ['是', '否'] }

function rowIndices(raw: Map<string, Raw>, segments: Seg[]): number[] {
  const prefix = segments.length ? `${rawKey(segments)}\u0000` : ''
  const found = new Set<number>()
  for (const key of raw.keys()) {
    if (!key.startsWith(prefix)) continue
    const idx = key.slice(prefix.length).split('\u0000')[0] ?? ''
    if (/^\d+$/.test(idx)) found.add(Number(idx))
  }
  return [...found].sort((a, b) => a - b)
}

function choiceValue(r: Raw | undefined, ch: { values: unknown[]; labels: string[] }): unknown {
  if (!r) return undefined
  if ('index' in r) return ch.values[r.index]
  if ('text' in r && r.text.trim()) {
    const i = ch.labels.indexOf(r.text.trim())
    return i >= 0 ? ch.values[i] : r.text
  }
  return undefined
}

function leafValue(s: JsonSchema, kind: string, r: Raw | undefined): unknown {
  if (!r || !('text' in r)) return undefined
  const text = r.text
  if (text === '') return undefined
  if (kind === 'number') return coerceNumber(text)
  if (kind === 'opaque') return coerceJson(text)
  if (s.const !== undefined && text === String(s.const)) return s.const
  return text
}

export function dataFromFields(
  raw: Map<string, Raw>,
  s: JsonSchema,
  ui: unknown,
  segments: Seg[] = [],
): unknown {
  const kind = nodeKind(s, ui)
  const here = raw.get(rawKey(segments))
  switch (kind) {
    case 'object': {
      const props = s.properties ?? {}
      const out: Record<string, unknown> = {}
      for (const key of displayOrder(Object.keys(props), asRecord(ui)['ui:order'])) {
        const v = dataFromFields(raw, props[key] as JsonSchema, asRecord(ui)[key], [
          ...segments,
          key,
        ])
        if (v !== undefined) out[key] = v
      }
      return Object.keys(out).length ? out : undefined
    }
    case 'table':
    case 'list': {
      const rows = rowIndices(raw, segments)
        .map((i) =>
          dataFromFields(raw, s.items as JsonSchema, asRecord(ui).items, [...segments, i]),
        )
        .filter((v) => v !== undefined)
      return rows.length ? rows : undefined
    }
    case 'multi': {
      const ch = choicesOf(s.items as JsonSchema)
      if (!ch) return undefined
      if (here && 'text' in here) {
        const picked = splitChoices(here.text, ch.labels).map((l) => {
          const i = ch.labels.indexOf(l)
          return i >= 0 ? ch.values[i] : l
        })
        return picked.length ? picked : undefined
      }
      const picked = ch.values.filter((_, i) => {
        const r = raw.get(rawKey([...segments, i]))
        return !!r && 'checked' in r && r.checked
      })
      return picked.length ? picked : undefined
    }
    case 'boolean':
      return choiceValue(here, BOOL)
    case 'choice':
      return choiceValue(here, choicesOf(s) ?? { values: [], labels: [] })
    case 'file':
    case 'none':
      return undefined
    default:
      return leafValue(s, kind, here)
  }
}
