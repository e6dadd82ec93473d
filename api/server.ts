import { serve } from '@hono/node-server'
import { boot } from './boot'
import { readEnv } from './env'

const env = readEnv()
const started = Date.now()
const { database, app, adminPassword } = await boot(env)

if (adminPassword) {
  console.log(`已创建管理员 admin，初始密码（只显示这一次）：${adminPassword}`)
}

const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  const where = database.kind === 'pglite' ? `PGlite in ${env.DATA_DIR}` : 'PostgreSQL'
  console.log(
    `一张表 running at http://localhost:${info.port} (${where}, ready in ${Date.now() - started} ms)`,
  )
})

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: shutting down`)
  server.close()
  await database.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
