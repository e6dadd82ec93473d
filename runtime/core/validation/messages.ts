import type { ErrorObject } from 'ajv'
import { formatExplanations } from './format-messages'

export type Locale = 'zh' | 'en'

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  object: { zh: '一组字段', en: 'a group of fields' },
  array: { zh: '列表', en: 'a list' },
  null: { zh: '空值', en: 'empty' },
}

/** Enumerations longer than this are cut short in messages. */
const MAX_LISTED = 10

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v))

const listValues = (values: unknown[], sep: string): string => {
  const shown = values.slice(0, MAX_LISTED).map(show).join(sep)
  return values.length > MAX_LISTED ? `${shown}${sep}…` : shown
}

const typeNames = (type: unknown, locale: Locale): string =>
  String(type)
    .split(',')
    .map((t) => TYPE_NAMES[t]?.[locale] ?? t)
    .join(locale === 'zh' ? '或' : ' or ')

const zh = (e: ErrorObject, t: string): string | undefined => {
  const p = e.params
  const q = `「${t}」`
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired':
      return `${q}为必填项`
    case 'format': {
      const what = formatExplanations[p.format]?.zh ?? `符合 ${p.format} 格式的值`
      return `${q}格式不正确：应为${what}`
    }
    case 'minimum':
      return `${q}不能小于 ${p.limit}`
    case 'exclusiveMinimum':
      return `${q}必须大于 ${p.limit}`
    case 'maximum':
      return `${q}不能大于 ${p.limit}`
    case 'exclusiveMaximum':
      return `${q}必须小于 ${p.limit}`
    case 'maxLength':
      return `${q}长度不能超过 ${p.limit} 个字符`
    case 'minLength':
      return p.limit === 1 ? `${q}不能为空` : `${q}长度不能少于 ${p.limit} 个字符`
    case 'pattern':
      return `${q}格式不正确`
    case 'enum':
      return `${q}应为以下值之一：${listValues(p.allowedValues, '、')}`
    case 'const':
      return `${q}应为 ${show(p.allowedValue)}`
    case 'type':
      return `${q}应为${typeNames(p.type, 'zh')}`
    case 'minItems':
      return `${q}至少需要填写 ${p.limit} 项`
    case 'maxItems':
      return `${q}最多只能填写 ${p.limit} 项`
    case 'additionalProperties':
      return `${q}包含不允许的字段「${p.additionalProperty}」`
    default:
      return undefined
  }
}

const en = (e: ErrorObject, t: string): string | undefined => {
  const p = e.params
  const q = `"${t}"`
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired':
      return `${q} is required`
    case 'format': {
      const what = formatExplanations[p.format]?.en ?? `a value in the ${p.format} format`
      return `${q} is not valid: expected ${what}`
    }
    case 'minimum':
      return `${q} must not be less than ${p.limit}`
    case 'exclusiveMinimum':
      return `${q} must be greater than ${p.limit}`
    case 'maximum':
      return `${q} must not be greater than ${p.limit}`
    case 'exclusiveMaximum':
      return `${q} must be less than ${p.limit}`
    case 'maxLength':
      return `${q} must not be longer than ${p.limit} characters`
    case 'minLength':
      return p.limit === 1
        ? `${q} must not be empty`
        : `${q} must be at least ${p.limit} characters long`
    case 'pattern':
      return `${q} is not in the expected format`
    case 'enum':
      return `${q} must be one of: ${listValues(p.allowedValues, ', ')}`
    case 'const':
      return `${q} must be ${show(p.allowedValue)}`
    case 'type':
      return `${q} must be ${typeNames(p.type, 'en')}`
    case 'minItems':
      return `${q} needs at least ${p.limit} entries`
    case 'maxItems':
      return `${q} allows at most ${p.limit} entries`
    case 'additionalProperties':
      return `${q} has a field that is not allowed: "${p.additionalProperty}"`
    default:
      return undefined
  }
}

/**
 * Our own message for the keywords applicants meet in forms, naming the field by `title`;
 * `undefined` for the others (the caller falls back to ajv-i18n's text).
 */
export const keywordMessage = (
  e: ErrorObject,
  title: string,
  locale: Locale,
): string | undefined => (locale === 'zh' ? zh(e, title) : en(e, title))

/** Prefixes a generic (ajv-i18n) message with the field's name. */
export const withTitle = (title: string, message: string, locale: Locale): string =>
  locale === 'zh' ? `「${title}」${message}` : `"${title}" ${message}`
