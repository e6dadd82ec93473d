/**
 * Drives one page load of a harness page in headless Chromium: the first render, then the
 * applicant's walk through the form, in five sections: (wizard) go to the field's step, focus a
 * text field, type 10 keys, press Tab (leaving the field validates it), pause 500 ms (the autosave
 * fires). Then a step with an error shown (a required field left empty) while another field of it
 * is typed into.
 */
import type { Browser, CDPSession, Page } from 'playwright-core'
import type { Target } from './form'
import type { Timing } from './page/measure'

export type Mode = {
  name: string
  /** harness page and query */
  path: string
  wizard: boolean
  /** the page has FillForm's step index: its button goes to a field's step (wizard) or scrolls to
   * its section (long page), as the applicant would before typing there */
  index: boolean
}

export type LoadResult = {
  first: Timing
  /** ms to the paint with all fields on the page, if they were by the end of the walk */
  complete: number | undefined
  setupMs: number
  controls: number
  /** every typed key in order; [0] is the first key after load */
  keys: Timing[]
  /** Tab after each field's keys: focus moves on, the field left is validated */
  tabs: Timing[]
  focus: Timing[]
  /** index button clicks (wizard: step changes; long page: scrolls to the section) */
  step: Timing[]
  /** the blur that shows the error, and the keys typed in the same step while it is shown */
  errorBlur: Timing
  errorShown: boolean
  errorKeys: Timing[]
  background: { what: string; ms: number }[]
  pageErrors: string[]
}

const KEYS = 'abcdefghij'
const PAUSE_MS = 500

export type Walk = { typing: Target[]; errorEmpty: Target; errorTyped: Target }

async function type(page: Page, out: Timing[]) {
  for (const ch of KEYS) {
    await page.keyboard.press(ch)
    out.push(await page.evaluate(() => window.__bench.key()))
  }
}

export async function loadOnce(
  browser: Browser,
  base: string,
  mode: Mode,
  walk: Walk,
  profile?: (cdp: CDPSession) => Promise<void>,
): Promise<LoadResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (e) => pageErrors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text())
  })
  const cdp = profile ? await context.newCDPSession(page) : undefined
  if (cdp) {
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    await cdp.send('Profiler.start')
  }
  try {
    await page.goto(`${base}/${mode.path}`)
    await page.waitForFunction(() => window.__bench !== undefined)
    const first = await page.evaluate(() => window.__bench.firstRender)
    const setupMs = await page.evaluate(() => window.__bench.setupMs)
    const controls = await page.evaluate(() => window.__bench.controls())
    await page.waitForTimeout(100)
    const r: LoadResult = {
      first,
      complete: undefined,
      setupMs,
      controls,
      keys: [],
      tabs: [],
      focus: [],
      step: [],
      errorBlur: { commit: 0, paint: 0 },
      errorShown: false,
      errorKeys: [],
      background: [],
      pageErrors,
    }
    const goTo = async (t: Target) => {
      if (mode.index) r.step.push(await page.evaluate((i) => window.__bench.step(i), t.step))
      r.focus.push(await page.evaluate((id) => window.__bench.focus(id), t.id))
    }
    for (const t of walk.typing) {
      await goTo(t)
      await type(page, r.keys)
      await page.keyboard.press('Tab')
      r.tabs.push(await page.evaluate(() => window.__bench.key()))
      await page.waitForTimeout(PAUSE_MS)
    }
    await goTo(walk.errorEmpty)
    r.errorBlur = await page.evaluate(() => window.__bench.blur())
    r.errorShown = await page.evaluate(
      (id) => !!document.getElementById(id)?.closest('.has-error'),
      walk.errorEmpty.id,
    )
    r.focus.push(await page.evaluate((id) => window.__bench.focus(id), walk.errorTyped.id))
    await type(page, r.errorKeys)
    await page.waitForTimeout(PAUSE_MS)
    r.background = await page.evaluate(() => window.__bench.background())
    r.complete = await page.evaluate(() => window.__bench.complete())
    if (cdp && profile) await profile(cdp)
    return r
  } finally {
    await context.close()
  }
}
