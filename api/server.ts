import { boot } from './boot'
import { readEnv } from './env'
import { createHttpServer } from './http-server'
import { closePdfPool, warmPdfPool } from './workers/pdf-pool'

const env = readEnv()
const started = Date.now()
const { database, app, adminPassword } = await boot(env)

if (adminPassword) {
  console.log(`已创建管理员 admin，初始密码（只显示这一次）：${adminPassword}`)
}

const server = createHttpServer(database.db, app)
server.listen(env.PORT, env.HOST, () => {
  const where = database.kind === 'pglite' ? `PGlite in ${env.DATA_DIR}` : 'PostgreSQL'
  console.log(
    `一张表 running at http://localhost:${env.PORT} (${where}, ready in ${Date.now() - started} ms)`,
  )
})

warmPdfPool().catch((e) => console.error(`PDF worker warm-up failed: ${e}`))

let stopping = false
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: shutting down`)
  server.close()
  await closePdfPool()
  await database.close()
  process.exit(0)
}
process.on('SIGINT', () => void stop('SIGINT'))
process.on('SIGTERM', () => void stop('SIGTERM'))
