/**
 * Small builders for the data element dictionary (数据元). Every element of a group shares the id's
 * first segment (the merged section key) and the group's Chinese title; the schema's title is always
 * the element's title, so the builders set it once.
 */
import type { Element, JsonSchema } from '../../runtime/core/types'

/** The string formats the runtime's validator knows. Elements use no others. */
export const ELEMENT_FORMATS = [
  'uscc',
  'cn-id',
  'cn-mobile',
  'cn-phone',
  'cn-postcode',
  'cn-division',
  'project-code',
  'email',
  'date',
] as const
export type ElementFormat = (typeof ELEMENT_FORMATS)[number]

export type MoneyUnit = '万元' | '元'
export type Unit = '平方米' | '米' | '层' | '日历天' | '%' | '人'

/** An element's schema without its title. */
export type Body = Omit<JsonSchema, 'title'> & { type: string }

export type ElementOptions = { synonyms?: string[]; description?: string }

/** A maker of the elements of one group: `key` is the id's first segment, `title` the group title. */
export function defineGroup(key: string, title: string) {
  return (
    name: string,
    elementTitle: string,
    body: Body,
    options: ElementOptions = {},
  ): Element => {
    const element: Element = {
      id: `${key}.${name}`,
      title: elementTitle,
      group: title,
      synonyms: options.synonyms ?? [],
      schema: { title: elementTitle, ...body },
    }
    if (options.description) element.description = options.description
    return element
  }
}

/** Free text of at most `maxLength` characters. */
export const text = (maxLength: number, extra: Omit<JsonSchema, 'type'> = {}): Body => ({
  type: 'string',
  maxLength,
  ...extra,
})

/** A string in one of the runtime's formats. */
export const formatted = (format: ElementFormat, maxLength?: number): Body =>
  maxLength === undefined ? { type: 'string', format } : { type: 'string', format, maxLength }

/** A calendar date, ISO `YYYY-MM-DD`. */
export const date = (): Body => ({ type: 'string', format: 'date' })

/** An amount of money in 元 or 万元. */
export const money = (unit: MoneyUnit): Body => ({ type: 'number', minimum: 0, 'x-money': unit })

/** A non-negative measured quantity (area, height, ratio …). */
export const quantity = (unit?: Unit, extra: Omit<JsonSchema, 'type'> = {}): Body =>
  unit === undefined
    ? { type: 'number', minimum: 0, ...extra }
    : { type: 'number', minimum: 0, ...extra, 'x-unit': unit }

/** A non-negative whole number (floors, days, people …). */
export const count = (unit?: Unit, extra: Omit<JsonSchema, 'type'> = {}): Body =>
  unit === undefined
    ? { type: 'integer', minimum: 0, ...extra }
    : { type: 'integer', minimum: 0, ...extra, 'x-unit': unit }

/** One value out of a fixed list. */
export const oneOf = (values: readonly string[]): Body => ({ type: 'string', enum: [...values] })

/** Any number of distinct values out of a fixed list. */
export const someOf = (values: readonly string[]): Body => ({
  type: 'array',
  items: { type: 'string', enum: [...values] },
  uniqueItems: true,
})

/** 是 / 否. */
export const yesNo = (): Body => ({ type: 'boolean' })

/** 证件类型 of a natural person. */
export const ID_TYPES = [
  '居民身份证',
  '护照',
  '港澳居民来往内地通行证',
  '台湾居民来往大陆通行证',
] as const
