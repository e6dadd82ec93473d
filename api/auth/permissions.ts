import type { Role, SessionUser } from '../context'
import { AppError, forbidden } from '../errors'

export function requireUser(user: SessionUser | null): SessionUser {
  if (!user) throw new AppError('UNAUTHENTICATED', '请先登录')
  return user
}

export function requireRole(user: SessionUser | null, ...roles: Role[]): SessionUser {
  const u = requireUser(user)
  if (!roles.includes(u.role)) throw forbidden()
  return u
}

/** admin: every department; dept_admin: its own; counter: none. */
export function canWriteDepartment(user: SessionUser, departmentId: string): boolean {
  return user.role === 'admin' || (user.role === 'dept_admin' && user.departmentId === departmentId)
}

export function requireDepartment(user: SessionUser, departmentId: string): void {
  if (!canWriteDepartment(user, departmentId)) throw forbidden('只能管理本部门的事项和一件事')
}
