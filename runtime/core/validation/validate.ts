import type { ErrorObject } from 'ajv'
import localizeEn from 'ajv-i18n/localize/en'
import localizeZh from 'ajv-i18n/localize/zh'
import type { JsonSchema } from '../types'
import { getValidator } from './compile'
import { keywordMessage, type Locale, withTitle } from './messages'
import { resolvePointer, titleAt } from './schema-title'

/** `path`: dotted data path with numeric indices (`applicant.uscc`, `rows.0.name`, `''` = root). */
export type ValidationError = { path: string; message: string; keyword: string }
export type ValidateOptions = { locale?: Locale }

/** Keywords whose failure only repeats the errors of their sub-schemas. */
const NOISE = new Set(['if'])

const ROOT_NAME: Record<Locale, string> = { zh: '表单', en: 'form' }

const segmentsOf = (instancePath: string): string[] =>
  instancePath === ''
    ? []
    : instancePath
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))

/** The data path an error is about: for `required`, the missing property itself. */
const errorSegments = (e: ErrorObject): string[] => {
  const segments = segmentsOf(e.instancePath)
  const missing = e.params.missingProperty
  return typeof missing === 'string' ? [...segments, missing] : segments
}

/** The field's name: its schema title, else the title found via the failing keyword, else its key. */
const fieldTitle = (root: JsonSchema, e: ErrorObject, segments: string[], locale: Locale) => {
  const byPath = titleAt(root, segments)
  if (byPath) return byPath
  // schemaPath ends with the keyword; what precedes it is the schema node that failed.
  const parent = resolvePointer(root, e.schemaPath.replace(/\/[^/]*$/, '')) as
    | JsonSchema
    | undefined
  const missing = e.params.missingProperty
  const node = typeof missing === 'string' ? parent?.properties?.[missing] : parent
  if (typeof node?.title === 'string' && node.title) return node.title
  // An untitled array entry: name it after its list, `成员第 3 项`.
  const last = segments.at(-1)
  if (last !== undefined && /^\d+$/.test(last)) {
    const list = titleAt(root, segments.slice(0, -1))
    const n = Number(last) + 1
    if (list) return locale === 'zh' ? `${list}第 ${n} 项` : `${list} #${n}`
  }
  const key = [...segments].reverse().find((s) => !/^\d+$/.test(s))
  return key ?? ROOT_NAME[locale]
}

const comparePaths = (a: string, b: string): number => {
  const as = a === '' ? [] : a.split('.')
  const bs = b === '' ? [] : b.split('.')
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i]!
    const y = bs[i]!
    if (x === y) continue
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y)
    if (numeric) return Number(x) - Number(y)
    return x < y ? -1 : 1
  }
  return as.length - bs.length
}

const byPathThenKeyword = (a: ValidationError, b: ValidationError): number =>
  comparePaths(a.path, b.path) ||
  (a.keyword < b.keyword ? -1 : a.keyword > b.keyword ? 1 : 0) ||
  (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)

/**
 * Validates `data` against `schema` with the shared ajv configuration. Messages name fields by their
 * schema titles, in Chinese unless `locale: 'en'`. Returns `[]` when the data is valid; errors are
 * deduplicated and sorted by path, then keyword.
 */
export const validate = (
  schema: JsonSchema,
  data: unknown,
  opts: ValidateOptions = {},
): ValidationError[] => {
  const locale = opts.locale ?? 'zh'
  const check = getValidator(schema)
  if (check(data)) return []
  const raw = (check.errors ?? []).filter((e) => !NOISE.has(e.keyword))
  // ajv-i18n rewrites `message` in place: work on copies, the validator's array is shared.
  const localized = raw.map((e) => ({ ...e }))
  ;(locale === 'zh' ? localizeZh : localizeEn)(localized)

  const seen = new Set<string>()
  const out: ValidationError[] = []
  localized.forEach((e) => {
    const segments = errorSegments(e)
    const title = fieldTitle(schema, e, segments, locale)
    const message =
      keywordMessage(e, title, locale) ?? withTitle(title, e.message ?? e.keyword, locale)
    const path = segments.join('.')
    const key = `${path}\u0000${e.keyword}\u0000${message}`
    if (seen.has(key)) return
    seen.add(key)
    out.push({ path, message, keyword: e.keyword })
  })
  return out.sort(byPathThenKeyword)
}
