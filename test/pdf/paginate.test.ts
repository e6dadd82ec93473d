import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fontMeasure } from '../../runtime/pdf/fonts/measure'
import type { Block } from '../../runtime/pdf/layout/block'
import { CONTENT } from '../../runtime/pdf/layout/geometry'
import { layoutForm } from '../../runtime/pdf/layout/layout-form'
import { paginate } from '../../runtime/pdf/layout/paginate'
import type { FieldBox, TextBox } from '../../runtime/pdf/types'
import { templateForms } from './template-forms'

/** A block whose boxes are tagged with its index (in `size`), so pages can be traced back. */
const tagged = (i: number, height: number, keep = false): Block => ({
  height,
  keepWithNext: keep,
  boxes: [
    { kind: 'text', x: 0, y: 0, size: i, text: 'top' },
    { kind: 'text', x: 0, y: height, size: i, text: 'bottom' },
  ],
})

describe('pagination', () => {
  it('never splits a block, keeps chains together and stays inside the body', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ h: fc.integer({ min: 5, max: 300 }), keep: fc.boolean() }), {
          maxLength: 60,
        }),
        (specs) => {
          const blocks = specs.map((s, i) => tagged(i + 1, s.h, s.keep))
          const pages = paginate(blocks)
          const pageOf = new Map<number, Set<number>>()
          pages.forEach((p, n) => {
            for (const b of p.boxes as TextBox[]) {
              pageOf.set(b.size, (pageOf.get(b.size) ?? new Set()).add(n))
              expect(b.y).toBeGreaterThanOrEqual(CONTENT.top)
            }
          })
          blocks.forEach((b, i) => {
            expect(pageOf.get(i + 1)?.size).toBe(1)
            // a kept block sits on the page of the next one, unless the chain is taller than a page
            const next = blocks[i + 1]
            if (
              b.keepWithNext &&
              next &&
              b.height + next.height < CONTENT.bottom - CONTENT.top - 310
            ) {
              const here = [...pageOf.get(i + 1)!][0]
              const there = [...pageOf.get(i + 2)!][0]
              if (!next.keepWithNext) expect(there).toBe(here)
            }
          })
          for (const p of pages) {
            for (const b of p.boxes as TextBox[]) {
              if (blocks[b.size - 1]!.height < CONTENT.bottom - CONTENT.top)
                expect(b.y).toBeLessThanOrEqual(CONTENT.bottom)
            }
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  it('repeats a table header on the page a table continues on', () => {
    const header: Block = {
      height: 20,
      keepWithNext: true,
      boxes: [{ kind: 'text', x: 0, y: 10, size: 99, text: 'H' }],
    }
    const rows = Array.from(
      { length: 60 },
      (_, i): Block => ({ ...tagged(i + 1, 20), repeat: header }),
    )
    const pages = paginate([header, ...rows])
    expect(pages.length).toBeGreaterThan(1)
    for (const p of pages)
      expect((p.boxes as TextBox[]).filter((b) => b.size === 99)).toHaveLength(1)
  })

  it('puts every label on the page of its field, for the seed bundles blank and with long text', () => {
    const measure = fontMeasure()
    for (const { form } of templateForms()) {
      const pages = layoutForm(form, undefined, measure)
      pages.forEach((p) => {
        const texts = p.boxes
          .filter((b): b is TextBox => b.kind === 'text')
          .map((b) => b.text)
          .join('\n')
        const fields = p.boxes.filter((b): b is FieldBox => b.kind === 'field')
        for (const f of fields) {
          if (
            f.field.type === 'dropdown' ||
            f.field.name.startsWith('%') ||
            /\.\d+\./.test(f.field.name)
          )
            continue
          // the label's first characters are printed on this page
          const label = f.field.tooltip.split('：')[0]!.slice(0, 4)
          expect(texts, `${form.slug} ${f.field.name}`).toContain(label)
        }
      })
    }
  })
})
