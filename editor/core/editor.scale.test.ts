import { describe, expect, it } from 'vitest'
import { checkForm } from '../../runtime/core/schema'
import * as cmd from './commands'
import { exportForm } from './export-form'
import { createHistory, record } from './history'
import { palette } from './palette'
import { allNodes, createState, idAt } from './state'
import { bigForm } from './testing/build'
import type { Command, EditorState } from './types'

/** 200 commands of every kind over a 500-field form (20 sections × 25 fields). */
function commands200(): ((s: EditorState) => Command)[] {
  const field = (s: EditorState, i: number) =>
    idAt(s, `s${i % 20}.f${i % 25}`) ?? allNodes(s)[1 + (i % 400)]!.id
  const out: ((s: EditorState) => Command)[] = []
  for (let i = 0; i < 200; i++) {
    switch (i % 8) {
      case 0:
        out.push((s) => cmd.update(field(s, i), { title: `字段标题${i}` }))
        break
      case 1:
        out.push((s) => cmd.move(field(s, i), idAt(s, `s${(i + 3) % 20}`)!, i % 10))
        break
      case 2:
        out.push((s) => cmd.add(palette[i % palette.length]!, idAt(s, `s${i % 20}`)!, 0))
        break
      case 3:
        out.push((s) => cmd.update(field(s, i), { required: true, maxLength: 80, width: 'half' }))
        break
      case 4:
        out.push((s) => cmd.duplicate(field(s, i)))
        break
      case 5:
        out.push((s) => cmd.remove(field(s, i + 1)))
        break
      case 6:
        out.push((s) => cmd.update(field(s, i), { key: `k${i}` }))
        break
      default:
        out.push((s) => cmd.update(field(s, i), { visibleWhen: { q: 's0.f0', answered: true } }))
    }
  }
  return out
}

describe('a 500-field form', () => {
  it('takes 200 commands through the history quickly, sharing unchanged nodes', () => {
    const start = createState(bigForm(20, 25))
    expect(allNodes(start)).toHaveLength(521)
    let h = createHistory(start)
    const t0 = performance.now()
    for (const make of commands200()) h = record(h, make(h.present))
    const elapsed = performance.now() - t0
    expect(h.error).toBeUndefined()
    expect(h.past.length).toBeGreaterThan(150)
    // generous for slow CI machines; typically well under 1 ms per command
    expect(elapsed / 200).toBeLessThan(10)
    expect(checkForm(exportForm(h.present).schema)).toEqual([])
    // a title edit replaces one node (and its key's rule rewrites); the rest are shared
    const before = h.present
    const after = record(h, cmd.update(idAt(before, 's19.f24')!, { title: '新标题' })).present
    const changed = Object.keys(after.nodes).filter((id) => after.nodes[id] !== before.nodes[id])
    expect(changed).toEqual([idAt(before, 's19.f24')])
  })
})
