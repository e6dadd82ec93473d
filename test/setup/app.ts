import { createApp } from '../../api/app'
import { ensureAdmin } from '../../api/services/users'
import type { DbKind } from '../../db/client'
import { freshDatabase, type TestDatabase } from './databases'

export const ADMIN_PASSWORD = 'admin-test-password'

type Call = { body?: unknown; token?: string; headers?: Record<string, string>; raw?: BodyInit }

export type TestApp = Awaited<ReturnType<typeof testApp>>

/** A fresh database, the app on it (no server), an admin session, and a small request helper. */
export async function testApp(kind: DbKind, options: { bodyLimitBytes?: number } = {}) {
  const database: TestDatabase = await freshDatabase(kind)
  await ensureAdmin(database.db, ADMIN_PASSWORD)
  const logs: string[] = []
  const app = createApp({
    db: database.db,
    dbKind: database.kind,
    log: (l) => logs.push(l),
    ...options,
  })

  async function call(method: string, path: string, { body, token, headers = {}, raw }: Call = {}) {
    const h: Record<string, string> = { ...headers }
    if (token) h.authorization = `Bearer ${token}`
    let payload: BodyInit | undefined = raw
    if (raw === undefined && body !== undefined) {
      h['content-type'] = 'application/json'
      payload = JSON.stringify(body)
    }
    const res = await app.request(path, { method, headers: h, body: payload })
    const text = await res.text()
    let json: any
    try {
      json = JSON.parse(text)
    } catch {}
    return { status: res.status, headers: res.headers, json, text }
  }

  const login = async (username: string, password: string) => {
    const r = await call('POST', '/api/auth/login', { body: { username, password } })
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`)
    return r.json.token as string
  }
  const token = await login('admin', ADMIN_PASSWORD)
  return {
    app,
    database,
    db: database.db,
    call,
    login,
    token,
    logs,
    close: () => database.dispose(),
  }
}
