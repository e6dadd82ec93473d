import type { Db, DbKind } from '../db/client'

export type Role = 'admin' | 'dept_admin' | 'counter'
export type SessionUser = {
  id: string
  username: string
  role: Role
  departmentId: string | null
}

export type AppEnv = {
  Variables: { db: Db; dbKind: DbKind; user: SessionUser | null; token: string | null }
}
