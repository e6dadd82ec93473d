// The form editor in headless Chromium: with a 500-field item form open, the time from a command
// (edit a title in the inspector, move a field with Alt+↓, add a field from the palette) to the
// canvas having updated, measured in the page. Baselines from the same run: the same commands on a
// 50-field form, and the editor core's reducer alone on the 500-field form (no DOM).
// Run with `npx tsx bench/editor-ui.ts` (needs /usr/bin/chromium).
import type { Page } from 'playwright-core'
import * as cmd from '../editor/core/commands'
import { createHistory, record } from '../editor/core/history'
import { paletteEntry } from '../editor/core/palette'
import { createState, idAt } from '../editor/core/state'
import { bigForm } from '../editor/core/testing/big-form'
import { buildWeb } from '../scripts/build-web'
import { launchBrowser } from '../test/e2e/browser'
import { api, BENCH_PASSWORD, startServer } from './lib/server'
import { ms, timeIt } from './lib/timing'

const RUNS = 30
const WARM = 5

type Op = 'title' | 'move' | 'add'
type Sample = { dom: number; layout: number; frame: number }
type Stats = { median: number; p90: number }

const stats = (xs: number[]): Stats => {
  const s = [...xs].sort((a, b) => a - b)
  return { median: s[Math.floor(s.length / 2)]!, p90: s[Math.floor(s.length * 0.9)]! }
}

/**
 * Runs one command `runs` times in the page. Each run: t0, the command as the admin gives it (an
 * input event on the inspector's title, a keydown on the selected field, a click on a palette
 * entry), then a MutationObserver on the canvas notes when React committed the change (`dom`),
 * forces layout there (`layout`), and waits for the next frame to be painted (`frame`).
 */
function measure(page: Page, op: Op, runs: number): Promise<Sample[]> {
  // a string, not a function: tsx would wrap the inner functions in its `__name` helper
  return page.evaluate(`(${IN_PAGE})(${JSON.stringify({ op, runs })})`) as Promise<Sample[]>
}

const IN_PAGE = `async function ({ op, runs }) {
  const canvas = document.querySelector('.cv-paper')
  const pause = () => new Promise((r) => setTimeout(r, 30))
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
  const act = (i) => {
    if (op === 'title') {
      const input = document.querySelector('[data-inspector-first]')
      setValue.call(input, '字段标题' + i)
      input.dispatchEvent(new Event('input', { bubbles: true }))
    } else if (op === 'move') {
      const el = canvas.querySelector('.cv-node.selected')
      const key = i % 2 ? 'ArrowUp' : 'ArrowDown'
      el.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, bubbles: true }))
    } else {
      document.querySelector('[data-palette="text"]').click()
    }
  }
  const once = (i) =>
    new Promise((resolve) => {
      let t0 = 0
      const mo = new MutationObserver(() => {
        mo.disconnect()
        const dom = performance.now() - t0
        void canvas.offsetHeight
        const layout = performance.now() - t0
        requestAnimationFrame(() =>
          setTimeout(() => resolve({ dom, layout, frame: performance.now() - t0 }), 0),
        )
      })
      mo.observe(canvas, { subtree: true, childList: true, characterData: true })
      t0 = performance.now()
      act(i)
    })
  const out = []
  for (let i = 0; i < runs; i++) {
    out.push(await once(i))
    await pause()
  }
  return out
}`

async function openEditor(page: Page, base: string, id: string, fieldTitle: string) {
  const started = Date.now()
  await page.goto(`${base}/admin/items/${id}`)
  await page.locator('.cv-paper').waitFor()
  await page.getByRole('treeitem', { name: `单行文本：${fieldTitle}` }).waitFor()
  const load = Date.now() - started
  await page.getByRole('treeitem', { name: `单行文本：${fieldTitle}` }).click()
  await page.locator('[data-inspector-first]').waitFor()
  return load
}

async function editorFigures(page: Page, base: string, id: string, fieldTitle: string) {
  const load = await openEditor(page, base, id, fieldTitle)
  const out: Record<Op, { dom: Stats; layout: Stats; frame: Stats }> = {} as never
  for (const op of ['title', 'move', 'add'] as Op[]) {
    const samples = (await measure(page, op, WARM + RUNS)).slice(WARM)
    out[op] = {
      dom: stats(samples.map((s) => s.dom)),
      layout: stats(samples.map((s) => s.layout)),
      frame: stats(samples.map((s) => s.frame)),
    }
  }
  return { load, ops: out }
}

/** The reducer alone, through the history, on the same 500-field form (Node, no DOM). */
function coreFigures() {
  const state = createState(bigForm(20, 25))
  const field = idAt(state, 's10.f10')!
  const text = paletteEntry('text')!
  let h = createHistory(state)
  let n = 0
  return {
    title: timeIt(() => {
      h = record(h, cmd.update(field, { title: `字段标题${n++}` }), { at: n * 2000 })
    }, 500),
    move: timeIt(() => {
      h = record(h, cmd.reorder(h.present, field, n++ % 2 ? 10 : 11))
    }, 500),
    add: timeIt(() => {
      h = record(h, cmd.add(text, idAt(h.present, 's10')!, 11))
    }, 200),
  }
}

const LABELS: Record<Op, string> = {
  title: 'edit a title (inspector input)',
  move: 'move a field (Alt+↓ on the canvas)',
  add: 'add a field (palette click)',
}

export async function benchEditorUi(): Promise<string[]> {
  // always a fresh production build: one made under vitest (NODE_ENV=test) would hold React's
  // development build, and the stamp would call it current
  await buildWeb()
  const seed = process.env.SEED_TEMPLATES
  process.env.SEED_TEMPLATES = '0'
  const server = await startServer('pglite', 3190 + Math.floor(Math.random() * 50))
  if (seed === undefined) delete process.env.SEED_TEMPLATES
  else process.env.SEED_TEMPLATES = seed
  const browser = await launchBrowser()
  const lines: string[] = []
  try {
    const base = server.url
    const login = await api(base, 'POST', '/api/auth/login', {
      username: 'admin',
      password: BENCH_PASSWORD,
    })
    const token = login.token as string
    const dept = await api(
      base,
      'POST',
      '/api/departments',
      { code: 'bench', name: '测试局' },
      token,
    )
    const item = async (code: string, sections: number) => {
      const r = await api(
        base,
        'POST',
        '/api/items',
        { code, name: code, departmentId: dept.id, form: bigForm(sections, 25) },
        token,
      )
      return r.id as string
    }
    const big = await item('BENCH-500', 20)
    const small = await item('BENCH-50', 2)
    const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    await ctx.addCookies([
      { name: 'yzb_session', value: token, url: base, httpOnly: true, sameSite: 'Lax' },
    ])
    const page = await ctx.newPage()
    const b = await editorFigures(page, base, big, '字段10-10')
    const s = await editorFigures(page, base, small, '字段1-10')
    const core = coreFigures()
    lines.push(
      `editor in Chromium, ${RUNS} runs each: median / p90 of command → canvas DOM updated (→ laid out, → next frame painted)`,
    )
    for (const op of ['title', 'move', 'add'] as Op[]) {
      const x = b.ops[op]
      const y = s.ops[op]
      lines.push(
        `  ${LABELS[op]}: 500 fields ${ms(x.dom.median)} / ${ms(x.dom.p90)} (layout ${ms(x.layout.median)}, frame ${ms(x.frame.median)}); ` +
          `50 fields ${ms(y.dom.median)} (layout ${ms(y.layout.median)}, frame ${ms(y.frame.median)}); ` +
          `core alone ${ms(core[op].median)} (target < 100 ms)`,
      )
    }
    lines.push(
      `  open the editor: 500 fields ${b.load} ms, 50 fields ${s.load} ms (navigation to canvas shown)`,
    )
    await ctx.close()
  } finally {
    await browser.close()
    await server.stop()
  }
  return lines
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchEditorUi()) console.log(line)
}
