import { type AnchorHTMLAttributes, useEffect, useState } from 'react'

/** A history router small enough for the applicant bundle: the path is state, links push it. */
const listeners = new Set<() => void>()

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  for (const l of listeners) l()
  window.scrollTo(0, 0)
}

export function useLocation(): { path: string; query: URLSearchParams } {
  const [, setTick] = useState(0)
  useEffect(() => {
    const update = () => setTick((n) => n + 1)
    listeners.add(update)
    window.addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      window.removeEventListener('popstate', update)
    }
  }, [])
  return { path: location.pathname, query: new URLSearchParams(location.search) }
}

/** Matches `/s/:slug/fill` against a path; returns the params or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const ps = pattern.split('/').filter(Boolean)
  const xs = path.split('/').filter(Boolean)
  if (ps.length !== xs.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!
    const x = xs[i]!
    if (p.startsWith(':')) {
      // a malformed escape (`/s/%E0`) is a path that matches nothing, not a crash of the app
      try {
        params[p.slice(1)] = decodeURIComponent(x)
      } catch {
        return null
      }
    } else if (p !== x) return null
  }
  return params
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={href}
      {...rest}
      onClick={(e) => {
        onClick?.(e)
        if (e.defaultPrevented || !href || e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0)
          return
        e.preventDefault()
        navigate(href)
      }}
    />
  )
}
