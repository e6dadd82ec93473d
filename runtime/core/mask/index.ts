/**
 * Masking of personal data for lists and screens that must not show it whole (脱敏). Pure
 * functions, no Node APIs: the server and the browser mask alike. Every function answers a string
 * that hides most of its input, whatever the input's shape: a value that does not look like what
 * the function expects is masked in the middle rather than returned as is.
 */
import { collectLeaves, resolveRefs, splitPath } from '../schema'
import type { JsonSchema } from '../types'

const STAR = '*'

/** Keeps `head` leading and `tail` trailing characters; short values keep at most their first. */
export function maskMiddle(value: string, head: number, tail: number): string {
  const chars = Array.from(value)
  const n = chars.length
  if (n === 0) return ''
  if (n <= head + tail) return n === 1 ? STAR : chars[0] + STAR.repeat(n - 1)
  return (
    chars.slice(0, head).join('') + STAR.repeat(n - head - tail) + chars.slice(n - tail).join('')
  )
}

/** 居民身份证号码: the first 6 (address code) and the last 4 → `110101********1234`. */
export const maskIdNumber = (value: string): string => maskMiddle(value.trim(), 6, 4)

/** 统一社会信用代码: the first 4 and the last 4 → `9143**********Q2X`. */
export const maskUscc = (value: string): string => maskMiddle(value.trim(), 4, 4)

/** 手机号码: `138****5678`. */
export function maskMobile(value: string): string {
  const v = value.trim()
  return /^1\d{10}$/.test(v) ? `${v.slice(0, 3)}****${v.slice(7)}` : maskMiddle(v, 3, 4)
}

const LANDLINE = /^(0(?:10|2\d)|0[3-9]\d{2})(-?)(\d{5,8})((?:-\d{1,6})?)$/
const SERVICE = /^([48]00)(-?)(\d{3}-?\d{4}|\d{4}-\d{3})$/

/** Every digit becomes `*` except the last `keep` digits; other characters stay. */
const maskDigits = (s: string, keep: number): string => {
  let left = keep
  const out = Array.from(s)
  for (let i = out.length - 1; i >= 0; i--) {
    if (!/\d/.test(out[i]!)) continue
    if (left > 0) left--
    else out[i] = STAR
  }
  return out.join('')
}

/**
 * 固定电话: the area code and the last 2 digits of the local number stay, an extension is hidden
 * (`010-******78`, `0731-******90-***`); 400/800 numbers keep their prefix and last 2 digits.
 */
export function maskLandline(value: string): string {
  const v = value.trim()
  const m = LANDLINE.exec(v)
  if (m) {
    const [, area, dash, local = '', ext = ''] = m
    return `${area}${dash}${maskDigits(local, 2)}${maskDigits(ext, 0)}`
  }
  const s = SERVICE.exec(v)
  if (s) return `${s[1]}${s[2]}${maskDigits(s[3] ?? '', 2)}`
  return maskMiddle(v, 2, 2)
}

/** A mobile number when it looks like one, a landline otherwise. */
export const maskPhone = (value: string): string =>
  /^1\d{10}$/.test(value.trim()) ? maskMobile(value) : maskLandline(value)

/**
 * A person's or an organization's name: names of up to 4 characters (people) keep the first
 * (`张*`, `欧***`); longer names (units) keep the first 2 and the last 2 (`示例****公司`).
 */
export function maskName(value: string): string {
  const v = value.trim()
  const n = Array.from(v).length
  return n <= 4 ? maskMiddle(v, 1, 0) : maskMiddle(v, 2, 2)
}

/** The formats whose values are personal data, and how each is masked. */
export const MASKED_FORMATS: Readonly<Record<string, (value: string) => string>> = {
  'cn-id': maskIdNumber,
  uscc: maskUscc,
  'cn-mobile': maskMobile,
  'cn-phone': maskLandline,
}

/** Masks a value of a format (`cn-id`, `uscc`, `cn-mobile`, `cn-phone`); others are returned as is. */
export function maskValue(format: string | undefined, value: unknown): unknown {
  const fn = format ? MASKED_FORMATS[format] : undefined
  if (!fn || value === null || value === undefined) return value
  if (typeof value === 'string') return fn(value)
  // not a string where the form wants one (never after validation): hide it all the same
  return typeof value === 'object' ? null : fn(String(value))
}

const cloneJson = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(cloneJson)
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(v)) out[k] = cloneJson(x)
    return out
  }
  return v
}

/** Applies `fn` to every value at a leaf path (`rows[].mobile` visits every row). Mutates `data`. */
function updateAt(data: unknown, segments: string[], fn: (v: unknown) => unknown): void {
  const [seg, ...rest] = segments
  if (seg === undefined || data === null || typeof data !== 'object') return
  if (seg === '[]') {
    if (!Array.isArray(data)) return
    for (let i = 0; i < data.length; i++) {
      if (rest.length === 0) data[i] = fn(data[i])
      else updateAt(data[i], rest, fn)
    }
    return
  }
  if (Array.isArray(data) || !Object.hasOwn(data, seg)) return
  const obj = data as Record<string, unknown>
  if (rest.length === 0) obj[seg] = fn(obj[seg])
  else updateAt(obj[seg], rest, fn)
}

/**
 * A copy of `data` with every leaf whose schema format is `cn-id`, `uscc`, `cn-mobile` or
 * `cn-phone` masked (inside table rows too). Other values are copied unchanged; `data` is not
 * touched. Fields the schema does not describe are copied as they are.
 */
export function maskData<T>(schema: JsonSchema, data: T): T {
  let resolved: JsonSchema
  try {
    resolved = resolveRefs(schema)
  } catch {
    resolved = schema
  }
  const out = cloneJson(data)
  for (const leaf of collectLeaves(resolved)) {
    const segments = splitPath(leaf.path)
    let format = leaf.schema.format
    // a list of scalars (several mobile numbers): every entry is masked
    if (!format && leaf.schema.items && !Array.isArray(leaf.schema.items)) {
      format = leaf.schema.items.format
      segments.push('[]')
    }
    if (!format || !MASKED_FORMATS[format]) continue
    const mask = format
    updateAt(out, segments, (v) => maskValue(mask, v))
  }
  return out as T
}
