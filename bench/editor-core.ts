// The form editor core on a 500-field form: one command through the history, export, problems.
// Run with `npx tsx bench/editor-core.ts` (not part of `npm run bench`).
import * as cmd from '../editor/core/commands'
import { exportForm } from '../editor/core/export-form'
import { createHistory, record } from '../editor/core/history'
import { findProblems } from '../editor/core/problems'
import { createState, idAt } from '../editor/core/state'
import { bigForm } from '../editor/core/testing/big-form'
import { elements } from '../templates/elements'
import { ms, timeIt } from './lib/timing'

const start = createState(bigForm(20, 25))
const field = idAt(start, 's10.f10')!
let h = createHistory(start)
let n = 0
const title = timeIt(() => {
  h = record(h, cmd.update(field, { title: `标题${n++}` }))
}, 2000)
const move = timeIt(() => {
  h = record(h, cmd.move(field, idAt(h.present, `s${n++ % 20}`)!, 3))
}, 500)
const add = timeIt(() => {
  h = record(h, cmd.update(idAt(h.present, 's0')!, { description: `${n++}` }))
}, 500)
const load = timeIt(() => createState(bigForm(20, 25)), 50)
const out = timeIt(() => exportForm({ ...h.present, nodes: { ...h.present.nodes } }), 200)
const problems = timeIt(
  () => findProblems({ ...h.present, nodes: { ...h.present.nodes } }, { elements }),
  20,
)
for (const [label, t] of [
  ['title keystroke (coalesced)', title],
  ['move a field between sections', move],
  ['edit a section', add],
  ['import the form', load],
  ['export the form', out],
  ['problems of the form', problems],
] as const)
  console.log(`500 fields, ${label}: median ${ms(t.median)}, p90 ${ms(t.p90)}`)
