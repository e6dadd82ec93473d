import type Ajv2020 from 'ajv/dist/2020'
import type { ValidateFunction } from 'ajv/dist/2020'
import type { JsonSchema } from '../types'
import { createAjv } from './create-ajv'

/** Distinct schema texts kept compiled; the oldest used one is dropped past this. */
const MAX_TEXTS = 500

let shared: Ajv2020 | undefined
const byObject = new WeakMap<object, ValidateFunction>()
const byText = new Map<string, ValidateFunction>()

/** The process-wide ajv instance behind `getValidator`. */
export const sharedAjv = (): Ajv2020 => {
  shared ??= createAjv()
  return shared
}

const compile = (ajv: Ajv2020, schema: JsonSchema): ValidateFunction => {
  try {
    return ajv.compile(schema)
  } catch (e) {
    // A different schema with the same `$id` was compiled before: the newer one wins.
    const id = schema.$id
    if (typeof id !== 'string' || !ajv.getSchema(id)) throw e
    ajv.removeSchema(id)
    return ajv.compile(schema)
  }
}

/**
 * The compiled validator of `schema`, compiled once: cached by object identity, and by JSON text so
 * equal schemas built separately (a tailored schema per request) share one validator. Schemas are
 * treated as immutable: do not change a schema object after validating with it.
 */
export const getValidator = (schema: JsonSchema): ValidateFunction => {
  const hit = byObject.get(schema)
  if (hit) return hit
  const text = JSON.stringify(schema)
  let fn = byText.get(text)
  if (fn) byText.delete(text)
  else fn = compile(sharedAjv(), schema)
  byText.set(text, fn) // (re)inserted last: the Map's order is the recency order
  if (byText.size > MAX_TEXTS) {
    const [oldest, old] = byText.entries().next().value!
    byText.delete(oldest)
    // ajv keeps every compiled schema object in its own cache; release the evicted one.
    sharedAjv().removeSchema(old.schema as object)
  }
  byObject.set(schema, fn)
  return fn
}
