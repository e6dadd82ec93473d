import type { Locale } from '../../runtime/ui/i18n'

const tag = (l: Locale) => (l === 'zh' ? 'zh-CN' : 'en-GB')

/** 2026/11/28 14:05 in Chinese, 28/11/2026, 14:05 in English. */
export const dateTime = (iso: string | number, l: Locale) =>
  new Date(iso).toLocaleString(tag(l), { dateStyle: 'short', timeStyle: 'short' })

export const time = (at: number, l: Locale) =>
  new Date(at).toLocaleTimeString(tag(l), { timeStyle: 'short' })
