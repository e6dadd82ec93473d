// merge at two sizes (near-linear growth?), and validation of a ~300-field submission, in process.

import { merge } from '../runtime/core/merge'
import { generateItems } from '../runtime/core/merge/generate-items'
import { collectLeaves } from '../runtime/core/schema'
import { getValidator, validate } from '../runtime/core/validation'
import { elements } from '../templates/elements'
import { sampleData } from './lib/sample-data'
import { ms, timeIt } from './lib/timing'

const fieldCount = (items: ReturnType<typeof generateItems>) =>
  items.reduce((n, i) => n + collectLeaves(i.form.schema).length, 0)

export async function benchCore(): Promise<string[]> {
  const lines: string[] = []
  const small = generateItems(8, 38, 1)
  const large = generateItems(100, 50, 2)
  const s = timeIt(() => merge(small, elements), 200)
  const l = timeIt(() => merge(large, elements), 20)
  const fs = fieldCount(small)
  const fl = fieldCount(large)
  lines.push(
    `merge ${small.length} items / ${fs} fields: median ${ms(s.median)}, p90 ${ms(s.p90)} (target ≤ 10 ms)`,
    `merge ${large.length} items / ${fl} fields: median ${ms(l.median)}, p90 ${ms(l.p90)} (target ≤ 300 ms)`,
    `  growth: ${(fl / fs).toFixed(1)}× the fields took ${(l.median / s.median).toFixed(1)}× the time (per field ${((s.median / fs) * 1000).toFixed(1)} µs → ${((l.median / fl) * 1000).toFixed(1)} µs)`,
  )
  const merged = merge(generateItems(10, 38, 3), elements)
  const data = sampleData(merged.schema)
  const errors = validate(merged.schema, data)
  if (errors.length) throw new Error(`sample data invalid: ${errors[0]?.message}`)
  const leaves = collectLeaves(merged.schema).length
  const check = getValidator(merged.schema)
  const v = timeIt(() => check(data), 2000)
  const full = timeIt(() => validate(merged.schema, data), 2000)
  const bytes = JSON.stringify(data).length
  lines.push(
    `validate a ${leaves}-field merged form (${(bytes / 1024).toFixed(1)} KB of data): ${Math.round(1000 / v.median).toLocaleString('en')} /s compiled ajv (median ${ms(v.median)}), ${Math.round(1000 / full.median).toLocaleString('en')} /s through validate() with messages`,
  )
  return lines
}
