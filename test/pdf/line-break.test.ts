import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { breakLines, breakUnits, NO_END, NO_START } from '../../runtime/pdf/text/line-break'
import type { Measure } from '../../runtime/pdf/types'

/** A monospace stand-in: CJK 1 em, everything else half. */
const measure: Measure = (text, size) =>
  [...text].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) < 0x100 ? 0.5 : 1) * size, 0)

describe('Chinese line breaking', () => {
  it('breaks CJK text between any two characters', () => {
    expect(breakLines('一二三四五六七八九十', 40, 10, measure)).toEqual([
      '一二三四',
      '五六七八',
      '九十',
    ])
  })

  it('never starts a line with closing punctuation: it travels with the character before', () => {
    const lines = breakLines('一二三四，五六七。', 40, 10, measure)
    expect(lines).toEqual(['一二三', '四，五六', '七。'])
    for (const l of lines) expect(NO_START.has([...l][0]!)).toBe(false)
  })

  it('never ends a line with opening punctuation', () => {
    const lines = breakLines('一二三（四五）六', 40, 10, measure)
    for (const l of lines) expect(NO_END.has([...l].at(-1)!)).toBe(false)
    expect(lines.join('')).toBe('一二三（四五）六')
  })

  it('keeps a Latin word whole and breaks at spaces', () => {
    const lines = breakLines('申请 application form 编号', 60, 10, measure)
    expect(lines).toEqual(['申请', 'application', 'form 编号'])
  })

  it('keeps digit runs whole (a USCC is one unit)', () => {
    const lines = breakLines('代码91350100M000100Y43号', 120, 10, measure)
    expect(lines.some((l) => l.includes('91350100M000100Y43'))).toBe(true)
  })

  it('splits a word longer than a line by character', () => {
    const lines = breakLines('x'.repeat(25), 50, 10, measure)
    expect(lines).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)])
  })

  it('keeps line feeds and drops control and bidi characters from what is drawn', () => {
    expect(breakLines('甲\n乙\u202e丙\u0007', 200, 10, measure)).toEqual(['甲', '乙丙'])
  })

  it('property: lines fit, keep every visible character in order, obey the punctuation rules', () => {
    const unit = fc.constantFrom(...'中文字表。，、）（「」abcXY12 -')
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 80 }),
        fc.integer({ min: 30, max: 200 }),
        (text, width) => {
          const lines = breakLines(text, width, 10, measure)
          expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
          lines.forEach((l, i) => {
            const chars = [...l]
            // a line only overflows when it is one glued unit (split by char, punctuation hanging)
            if (measure(l, 10) > width) expect(breakUnits(l).length).toBe(1)
            if (i > 0 && chars[0])
              expect(NO_START.has(chars[0]) && !/[a-zA-Z0-9]/.test(lines[i - 1]!.at(-1)!)).toBe(
                false,
              )
          })
        },
      ),
      { numRuns: 300 },
    )
  })
})
