import { describe, expect, it } from 'vitest'
import * as cmd from './commands'
import {
  breakCoalescing,
  canRedo,
  canUndo,
  createHistory,
  type History,
  isDirty,
  markSaved,
  record,
  redo,
  undo,
} from './history'
import { paletteEntry } from './palette'
import { createState, nodeOf } from './state'

const text = paletteEntry('text')!
const start = () => createHistory(createState())
const addText = (h: History) => record(h, cmd.add(text, h.present.root))
const undoAll = (h: History) => {
  let out = h
  while (canUndo(out)) out = undo(out)
  return out
}

describe('history', () => {
  it('undoes and redoes steps, giving back the very states', () => {
    const h0 = start()
    const h1 = addText(h0)
    const h2 = addText(h1)
    expect(undo(h2).present).toBe(h1.present)
    expect(undo(undo(h2)).present).toBe(h0.present)
    expect(redo(undo(undo(h2))).present).toBe(h1.present)
    expect(canRedo(h2)).toBe(false)
    expect(undo(h0)).toBe(h0)
    expect(redo(h0)).toBe(h0)
  })

  it('clears redo on a new command', () => {
    const h = undo(addText(addText(start())))
    expect(canRedo(h)).toBe(true)
    expect(canRedo(addText(h))).toBe(false)
  })

  it('keeps 200 steps by default, the cap when given', () => {
    let h = start()
    for (let i = 0; i < 250; i++) h = addText(h)
    expect(h.past).toHaveLength(200)
    let small = createHistory(createState(), { limit: 100 })
    for (let i = 0; i < 120; i++) small = addText(small)
    expect(small.past).toHaveLength(100)
    expect(Object.keys(undoAll(small).present.nodes)).toHaveLength(21)
  })

  it('makes typing a title letter by letter one step', () => {
    let h = addText(start())
    const id = h.present.selection!
    const afterAdd = h.present
    for (const title of ['建', '建设', '建设单', '建设单位'])
      h = record(h, cmd.update(id, { title }))
    expect(nodeOf(h.present, id)?.schema.title).toBe('建设单位')
    expect(undo(h).present).toBe(afterAdd)
  })

  it('starts a new step for another property, another field, a pause or a blur', () => {
    let h = addText(start())
    const id = h.present.selection!
    h = record(h, cmd.update(id, { title: 'a' }))
    h = record(h, cmd.update(id, { maxLength: 5 }))
    expect(h.past).toHaveLength(3)
    h = breakCoalescing(h)
    h = record(h, cmd.update(id, { maxLength: 6 }))
    expect(h.past).toHaveLength(4)
    h = record(h, cmd.update(id, { maxLength: 7 }), { at: 0 }) // joins the 6
    expect(h.past).toHaveLength(4)
    h = record(h, cmd.update(id, { maxLength: 8 }), { at: 5000 })
    expect(h.past).toHaveLength(5)
  })

  it('does not record selections as steps, nor refused commands', () => {
    let h = addText(start())
    const id = h.present.selection!
    h = record(h, cmd.select(null))
    h = record(h, cmd.select(id))
    expect(h.past).toHaveLength(1)
    const refused = record(h, cmd.update(id, { key: '1x' }))
    expect(refused.error).toBe('字段标识必须以英文字母开头')
    expect(refused.present).toBe(h.present)
    expect(refused.past).toBe(h.past)
    expect(record(refused, cmd.select(null)).error).toBeUndefined()
  })

  it('tracks changes against the last saved state', () => {
    let h = start()
    expect(isDirty(h)).toBe(false)
    h = addText(h)
    expect(isDirty(h)).toBe(true)
    h = markSaved(h)
    expect(isDirty(h)).toBe(false)
    const id = h.present.selection!
    h = record(h, cmd.update(id, { title: 'x' }))
    expect(isDirty(h)).toBe(true)
    h = record(breakCoalescing(h), cmd.update(id, { title: '单行文本' }))
    expect(isDirty(h)).toBe(false) // edited back by hand
    expect(isDirty(undo(undo(h)))).toBe(false)
    expect(isDirty(undo(undo(undo(h))))).toBe(true)
    h = record(h, cmd.importForm({ schema: { type: 'object', properties: {} }, uiSchema: {} }))
    expect(isDirty(h)).toBe(true)
  })
})
