import { useEffect, useState } from 'react'
import { ApiError, api } from './api'

export type Loaded<T> = { data?: T; error?: ApiError; loading: boolean }

/** GETs `path` (null: nothing yet) and re-fetches when it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ loading: path !== null })
  useEffect(() => {
    if (path === null) return
    let live = true
    setState({ loading: true })
    api<T>(path).then(
      (data) => live && setState({ data, loading: false }),
      (e: unknown) =>
        live &&
        setState({
          error: e instanceof ApiError ? e : new ApiError(0, 'CLIENT', String(e)),
          loading: false,
        }),
    )
    return () => {
      live = false
    }
  }, [path])
  return state
}
