import { useCallback, useEffect, useState } from 'react'
import { ApiError, api } from '../ui/api'

export type StaffUser = {
  id: string
  username: string
  role: 'admin' | 'dept_admin' | 'counter'
  departmentId: string | null
}

/** The signed-in staff member (cookie session), or null when signed out. */
export function useSession() {
  const [user, setUser] = useState<StaffUser | null | undefined>()
  const refresh = useCallback(() => {
    api<StaffUser>('/api/auth/me').then(setUser, (e: unknown) => {
      if (e instanceof ApiError && e.status === 401) setUser(null)
      else setUser(null)
    })
  }, [])
  useEffect(refresh, [refresh])
  const logout = async () => {
    await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined)
    setUser(null)
  }
  return { user, refresh, logout }
}
