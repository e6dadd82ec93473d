/**
 * In-page instrumentation shared by both harness pages, so the baseline and 一张表 are measured by
 * the same code. Every figure is `performance.now()` in the page; "painted" means the end of the
 * first task after the next frame (`requestAnimationFrame` then `setTimeout(0)`), i.e. after React
 * committed, and the browser ran style, layout and paint for it.
 */
import type { ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import type { BenchForm } from '../form-types'

export type Timing = { commit: number; paint: number }

export type BenchApi = {
  /** resolves once the first render has been painted */
  firstRender: Promise<Timing>
  /** ms from before the first render to the paint with every field of the form on the page
   * (sections rendered after the first render included), undefined until then (or 20 s) */
  complete: () => number | undefined
  /** the timing of the last key pressed (waits for its paint); a key must make an input or move focus */
  key: () => Promise<Timing>
  /** focuses the input with this id (scrolled into view first, outside the measurement) */
  focus: (id: string) => Promise<Timing>
  /** blurs the focused input: the applicant leaving a field */
  blur: () => Promise<Timing>
  /** clicks FillForm's step-index button `i` (wizard: goes to the step; long page: scrolls to it) */
  step: (i: number) => Promise<Timing>
  /** inputs, selects and textareas in the page's forms */
  controls: () => number
  /** timings of work the page did on its own (an autosave's re-render), drained on read */
  background: () => { what: string; ms: number }[]
  /** milliseconds spent before the first render on setup that is not rendering (e.g. the validator) */
  setupMs: number
}

declare global {
  interface Window {
    __bench: BenchApi
  }
}

const afterPaint = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)),
  )

/** Times `act` from its start to its commit (when it returns) and to the next paint. */
async function timed(act: () => void): Promise<Timing> {
  const t0 = performance.now()
  act()
  const commit = performance.now() - t0
  return { commit, paint: (await afterPaint()) - t0 }
}

// A key: from the keydown (first listener, capturing on window) to the `input` event on window,
// which bubbles there after React's root listener handled it and flushed the update (a discrete
// event's update is committed in the microtask after React's listener), then to the next paint.
// A key that makes no input (Tab) ends at `focusin` on window, after the blur of the field left
// was handled (blur and focusout come before focus and focusin), then at the next paint.
let keySeq = 0
let keyStart = 0
let keyResult: Promise<Timing> | undefined
let keyResultSeq = -1
const keyEnd = () => {
  const start = keyStart
  const commit = performance.now() - start
  keyResultSeq = keySeq
  keyResult = afterPaint().then((end) => ({ commit, paint: end - start }))
}
window.addEventListener(
  'keydown',
  () => {
    keySeq++
    keyStart = performance.now()
  },
  true,
)
window.addEventListener('input', keyEnd)
window.addEventListener('focusin', () => {
  if (keyResultSeq !== keySeq) keyEnd()
})

const background: { what: string; ms: number }[] = []

/** Records work a page does on its own, from `start` to the next paint. */
export function recordBackground(what: string, start: number) {
  void afterPaint().then((end) => background.push({ what, ms: end - start }))
}

function byId(id: string): HTMLElement {
  const el = document.getElementById(id)
  if (!el) throw new Error(`no element #${id}`)
  return el
}

/** Loads the form, then renders `app(form)` into #root, timed, and installs `window.__bench`. */
export async function start(
  app: (form: BenchForm) => ReactNode,
  setup?: (form: BenchForm) => void,
) {
  const form = (await (await fetch('./form.json')).json()) as BenchForm
  const s0 = performance.now()
  setup?.(form)
  const setupMs = performance.now() - s0
  const element = app(form)
  const container = document.getElementById('root')!
  let resolveFirst!: (t: Timing) => void
  const firstRender = new Promise<Timing>((r) => {
    resolveFirst = r
  })
  const fields = form.sections.reduce((n, s) => n + s.fields.length, 0)
  const controls = () => document.querySelectorAll('form :is(input, select, textarea)').length
  const wizard = new URLSearchParams(location.search).get('mode') === 'wizard'
  let t0 = 0
  let completeMs: number | undefined
  if (!wizard)
    void firstRender.then(() => {
      const check = () => {
        if (controls() >= fields)
          void afterPaint().then((end) => {
            completeMs = end - t0
          })
        else if (performance.now() - t0 < 20_000) requestAnimationFrame(check)
      }
      check()
    })
  window.__bench = {
    firstRender,
    complete: () => completeMs,
    setupMs,
    key: async () => {
      const deadline = performance.now() + 2000
      while (keyResultSeq !== keySeq || !keyResult) {
        if (performance.now() > deadline)
          throw new Error('the key made no input and moved no focus')
        await new Promise((r) => setTimeout(r, 1))
      }
      return keyResult
    },
    focus: async (id) => {
      // a section may render when scrolled near: wait for the field (up to 2 s)
      for (let i = 0; i < 120 && !document.getElementById(id); i++) await afterPaint()
      const el = byId(id)
      el.scrollIntoView({ block: 'center' })
      await afterPaint()
      return timed(() => el.focus())
    },
    blur: () => timed(() => (document.activeElement as HTMLElement | null)?.blur()),
    step: (i) =>
      timed(() => {
        const buttons = document.querySelectorAll<HTMLButtonElement>('nav.step-index ol button')
        const b = buttons[i]
        if (!b) throw new Error(`no step ${i}`)
        b.click()
      }),
    controls,
    background: () => background.splice(0),
  }
  // From before createRoot to the commit (flushSync returns after React committed, layout
  // effects included), and on to the first paint.
  t0 = performance.now()
  const first = await timed(() => {
    const root = createRoot(container)
    flushSync(() => root.render(element))
  })
  resolveFirst(first)
}
