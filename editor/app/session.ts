import { createContext, useCallback, useContext, useEffect, useState } from 'react'
import { ApiError, api } from '../../runtime/ui/api'
import type { Department, StaffUser } from './types'

export type Session = {
  /** undefined while loading, null when signed out */
  user: StaffUser | null | undefined
  departments: Department[]
  refresh: () => void
  logout: () => Promise<void>
}

/** The signed-in administrator (cookie session) and the departments, loaded once. */
export function useSessionState(): Session {
  const [user, setUser] = useState<StaffUser | null | undefined>()
  const [departments, setDepartments] = useState<Department[]>([])
  const refresh = useCallback(() => {
    api<StaffUser>('/api/auth/me').then(
      (u) => {
        setUser(u)
        api<Department[]>('/api/departments').then(setDepartments, () => setDepartments([]))
      },
      (e: unknown) => {
        if (!(e instanceof ApiError) || e.status !== 401) console.warn(e)
        setUser(null)
      },
    )
  }, [])
  useEffect(refresh, [refresh])
  const logout = useCallback(async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined)
    setUser(null)
  }, [])
  return { user, departments, refresh, logout }
}

export const SessionContext = createContext<Session | null>(null)

export function useSession(): Session & { user: StaffUser } {
  const s = useContext(SessionContext)
  if (!s?.user) throw new Error('useSession outside a signed-in page')
  return s as Session & { user: StaffUser }
}

export const departmentName = (departments: Department[], id: string | null | undefined) =>
  departments.find((d) => d.id === id)?.name ?? ''
