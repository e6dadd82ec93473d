import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkForm } from '../../runtime/core/schema'
import { seedPackage } from '../../templates'
import { exportForm } from './export-form'
import { canRedo, canUndo, createHistory, record, redo, undo } from './history'
import { keyProblem } from './keys'
import { execute } from './reducer'
import { allNodes, createState } from './state'
import { commandOf, deepFreeze, type Step, stepsArb } from './testing/arbitrary-commands'
import type { EditorState } from './types'

const starts: (() => EditorState)[] = [
  () => createState(),
  () => createState(seedPackage.items[0]!.form),
  () => createState(seedPackage.items.find((i) => i.code.includes('ZJHB'))!.form),
]
const startArb = fc.nat(starts.length - 1).map((i) => starts[i]!())

const run = (state: EditorState, steps: Step[], each?: (s: EditorState) => void) => {
  let s = state
  for (const step of steps) {
    const c = commandOf(s, step)
    if (!c) continue
    s = execute(deepFreeze(s), c).state
    each?.(s)
  }
  return s
}

/** Keys are unique among siblings and valid (the start forms' keys are). */
const checkKeys = (s: EditorState) => {
  for (const n of allNodes(s)) {
    if (!n.children) continue
    const keys = n.children.map((c) => s.nodes[c]!.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const k of keys) expect(keyProblem(k)).toBeNull()
    for (const c of n.children) expect(s.nodes[c]!.parent).toBe(n.id)
  }
}

describe('random command sequences', () => {
  it('always give a form that passes checkForm, with unique valid keys (checked after each step)', () => {
    fc.assert(
      fc.property(startArb, stepsArb(25), (start, steps) => {
        run(start, steps, (s) => {
          expect(checkForm(exportForm(s).schema)).toEqual([])
          checkKeys(s)
        })
      }),
      { numRuns: 60 },
    )
  })

  it('never mutate the state they start from, and keep every node reachable', () => {
    fc.assert(
      fc.property(startArb, stepsArb(40), (start, steps) => {
        const s = run(start, steps)
        expect(allNodes(s).length).toBe(Object.keys(s.nodes).length)
        if (s.selection !== null) expect(s.nodes[s.selection]).toBeDefined()
      }),
      { numRuns: 150 },
    )
  })

  it('export → import → export is stable', () => {
    fc.assert(
      fc.property(startArb, stepsArb(40), (start, steps) => {
        const once = exportForm(run(start, steps))
        const twice = exportForm(createState(once))
        expect(JSON.stringify(twice)).toBe(JSON.stringify(once))
      }),
      { numRuns: 150 },
    )
  })

  it('undoing every step gives back the initial state exactly; redoing gives the final one', () => {
    fc.assert(
      fc.property(startArb, stepsArb(40), fc.boolean(), (start, steps, withSelects) => {
        let h = createHistory(start, { limit: 1000 })
        const used = withSelects ? steps : steps.filter((s) => s.op !== 'select')
        for (const step of used) {
          const c = commandOf(h.present, step)
          if (c) h = record(h, c)
        }
        const final = h.present
        let back = h
        while (canUndo(back)) back = undo(back)
        // selecting is not a step: with selects only the form is guaranteed to come back
        if (withSelects) expect(back.present.nodes).toBe(start.nodes)
        else expect(back.present).toBe(start)
        while (canRedo(back)) back = redo(back)
        expect(back.present.nodes).toBe(final.nodes)
      }),
      { numRuns: 150 },
    )
  })
})
