import type { JsonSchema } from '../types'
import { isObjectSchema } from './leaves'

/** An object-typed property of an object schema, with its own plan. */
type Step = { key: string; required: boolean; plan: Step[] }
/** The object-typed properties of an object schema; null: not an object schema. */
type Plan = Step[] | null

/** Compiled once per schema node: every submission walks the same published schema. */
const plans = new WeakMap<JsonSchema, Plan>()

function planOf(schema: JsonSchema): Plan {
  const cached = plans.get(schema)
  if (cached !== undefined) return cached
  let plan: Plan = null
  if (isObjectSchema(schema)) {
    const required = new Set(schema.required ?? [])
    plan = []
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const childPlan = child && typeof child === 'object' ? planOf(child) : null
      if (childPlan) plan.push({ key, required: required.has(key), plan: childPlan })
    }
  }
  plans.set(schema, plan)
  return plan
}

/**
 * `data` where every missing REQUIRED object section (and nested required object) is an empty
 * object, so validation names the missing fields (「单位名称」为必填项) rather than the section that
 * holds them. Optional groups stay absent; arrays and values are left as they are. `data` itself is
 * never changed: objects on the way to a filled one are copied, and data with nothing to fill
 * (every valid submission) comes back as it is, without a copy.
 */
export function fillContainers(schema: JsonSchema, data: unknown): unknown {
  const plan = planOf(schema)
  return plan ? fill(plan, data) : data
}

function fill(plan: Step[], data: unknown): unknown {
  if (data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data)))
    return data
  const given = data as Record<string, unknown> | undefined
  let out = given === undefined ? {} : undefined
  for (const { key, required, plan: childPlan } of plan) {
    const present = given !== undefined && Object.hasOwn(given, key)
    if (!present && !required) continue
    const before = present ? given[key] : undefined
    const filled = fill(childPlan, before)
    if (filled === before) continue
    out ??= { ...given }
    Object.defineProperty(out, key, {
      value: filled,
      enumerable: true,
      writable: true,
      configurable: true,
    })
  }
  return out ?? given
}
