/**
 * Prototypes of fixes, applied to the real runtime sources as they are built for the harness (a
 * vite `transform` of the module's source text, so the prototype is always today's file plus
 * exactly the proposed change; nothing under runtime/ is edited). A patch that no longer applies
 * fails the build with its name.
 */
import type { Plugin } from 'vite'

type Patch = {
  name: string
  file: string
  edits: [from: string, to: string][]
  /** code added at the end of the module */
  append?: string
}

/**
 * The validator no longer checks each step's schema against the JSON Schema 2020-12 meta-schema
 * before compiling it: compiling the meta-schema (once) and checking each step against it was most
 * of a step's first validation. Forms are checked against the meta-schema at save (checkForm).
 */
export const noMetaSchema: Patch = {
  name: 'validator without meta-schema check',
  file: '/runtime/ui/form/validator.ts',
  edits: [
    [
      'ajvOptionsOverrides: { strict: false, useDefaults: false }',
      'ajvOptionsOverrides: { strict: false, useDefaults: false, validateSchema: false }',
    ],
  ],
}

/**
 * Each step compiles its validator in an idle period after it is shown, so that leaving its first
 * field (Tab, a click elsewhere) does not wait for ajv to compile the step's schema.
 */
export const idleCompile: Patch = {
  name: 'compile the step validator when idle',
  file: '/runtime/ui/form/StepForm.tsx',
  edits: [
    ['  useCallback,\n', '  useCallback,\n  useEffect,\n'],
    [
      '  useImperativeHandle(ref, () => ({',
      `  useEffect(() => {
    const id = requestIdleCallback(() => validateNow(), { timeout: 2000 })
    return () => cancelIdleCallback(id)
  }, [validateNow])

  useImperativeHandle(ref, () => ({`,
    ],
  ],
}

/**
 * The long page renders the sections of its first ~100 fields at once and every other section when
 * it comes within 1,500 px of the viewport (IntersectionObserver; until then a placeholder of about
 * its height), so neither the first render nor the keys typed after it wait for sections the
 * applicant has not scrolled to.
 */
export const lazyLongPage: Patch = {
  name: 'long page sections rendered near the viewport',
  file: '/runtime/app/components/FillForm.tsx',
  edits: [
    [
      "import { useMemo, useRef, useState } from 'react'",
      "import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'\nimport { collectLeaves } from '../../core/schema'",
    ],
    [
      '  const current = Math.min(step, steps.length - 1)\n',
      `  const current = Math.min(step, steps.length - 1)
  const sizes = useMemo(() => parts.map((p) => collectLeaves(p.schema).length), [parts])
  const eager = useMemo(() => {
    let n = 0
    for (let f = 0; n < sizes.length && f < 100; n++) f += sizes[n]!
    return n
  }, [sizes])
`,
    ],
    [
      '                {section(i)}',
      '                <WhenNear eager={i < eager} fields={sizes[i]!}>{section(i)}</WhenNear>',
    ],
  ],
  append: `
/** Its children once it has come near the viewport (and from then on); a placeholder before. */
function WhenNear({ eager, fields, children }: { eager: boolean; fields: number; children: ReactNode }) {
  const [near, setNear] = useState(eager)
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (near || !box.current) return
    const io = new IntersectionObserver((es) => es.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '1500px 0px',
    })
    io.observe(box.current)
    return () => io.disconnect()
  }, [near])
  return near ? children : <div ref={box} style={{ minHeight: fields * 40 }} />
}
`,
}

export function patches(list: Patch[]): Plugin {
  return {
    name: 'bench-prototype-patches',
    enforce: 'pre',
    transform(code, id) {
      const clean = id.replace(/\?.*$/, '')
      let out = code
      for (const p of list) {
        if (!clean.endsWith(p.file)) continue
        for (const [from, to] of p.edits) {
          if (out.split(from).length !== 2)
            throw new Error(`prototype "${p.name}" no longer applies to ${p.file}: ${from}`)
          out = out.replace(from, to)
        }
        if (p.append) out += p.append
      }
      return out === code ? null : out
    },
  }
}
