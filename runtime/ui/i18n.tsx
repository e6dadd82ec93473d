import { createContext, type ReactNode, useContext, useMemo, useState } from 'react'

export type Locale = 'zh' | 'en'
export type Messages = Record<string, { zh: string; en: string }>

const STORAGE_KEY = 'yzb.locale'

const initialLocale = (): Locale => {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}

type I18n = {
  locale: Locale
  setLocale: (l: Locale) => void
  /** the message in the current locale; `{name}` placeholders filled from `vars` */
  t: (key: string, vars?: Record<string, string | number>) => string
}

const Ctx = createContext<I18n | null>(null)

export function I18nProvider({ messages, children }: { messages: Messages; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale)
  const value = useMemo<I18n>(() => {
    const setLocale = (l: Locale) => {
      try {
        localStorage.setItem(STORAGE_KEY, l)
      } catch {
        // private mode: the choice lasts for this page only
      }
      document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en'
      setLocaleState(l)
    }
    const t = (key: string, vars?: Record<string, string | number>) => {
      const text = messages[key]?.[locale] ?? key
      return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => String(vars[k] ?? m)) : text
    }
    return { locale, setLocale, t }
  }, [locale, messages])
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useI18n(): I18n {
  const ctx = useContext(Ctx)
  if (!ctx) throw new Error('useI18n outside I18nProvider')
  return ctx
}

export function LocaleSwitch() {
  const { locale, setLocale } = useI18n()
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => setLocale(locale === 'zh' ? 'en' : 'zh')}
      aria-label={locale === 'zh' ? 'Switch to English' : '切换到中文'}
    >
      {locale === 'zh' ? 'English' : '中文'}
    </button>
  )
}
