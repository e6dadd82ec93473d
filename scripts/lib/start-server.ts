import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'

/** The real server on `port` with a throwaway PGlite under `dir`; resolves once it answers. */
export async function startServer(
  dir: string,
  port: number,
  password: string,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(dir, 'data'),
      ADMIN_PASSWORD: password,
    },
    stdio: 'ignore',
  })
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) return child
    } catch {}
    await new Promise((r) => setTimeout(r, 500))
  }
  child.kill()
  throw new Error('server did not start')
}
