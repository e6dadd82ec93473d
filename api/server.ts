import cluster from 'node:cluster'
import { boot } from './boot'
import { type Env, readEnv } from './env'
import { createHttpServer } from './http-server'
import { restartBackoff } from './lib/restart-backoff'
import { exitOnStartupFailure } from './lib/startup-failure'
import { closePdfPool, warmPdfPool } from './workers/pdf-pool'

let env: Env
try {
  env = readEnv()
} catch (e) {
  exitOnStartupFailure(e)
}

if (env.WORKERS > 1 && cluster.isPrimary) supervise(env)
else await serve(env)

/** One server process: boot, listen, stop cleanly on a signal. */
async function serve(env: Env) {
  const started = Date.now()
  const { database, app, adminPassword } = await boot(env).catch(exitOnStartupFailure)

  if (adminPassword) {
    console.log(`已创建管理员 admin，初始密码（只显示这一次）：${adminPassword}`)
  }

  const server = createHttpServer(database.db, app)
  server.listen(env.PORT, env.HOST, () => {
    if (cluster.isWorker) return // the supervisor announces the whole group
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
    if (!cluster.isWorker) console.log(`${signal}: shutting down`)
    server.close()
    await closePdfPool()
    await database.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop('SIGINT'))
  process.on('SIGTERM', () => void stop('SIGTERM'))
}

/**
 * WORKERS > 1 (PostgreSQL only): that many server processes share the port, so the API uses every
 * core. They keep no state but caches of immutable data (see docs/deploy.md); a worker that dies
 * is replaced.
 */
function supervise(env: Env) {
  const started = Date.now()
  let listening = 0
  let stopping = false
  const bornAt = new Map<number, number>()
  const delay = restartBackoff()
  const fork = () => {
    const worker = cluster.fork()
    bornAt.set(worker.id, Date.now())
  }
  cluster.on('listening', () => {
    listening++
    if (listening === env.WORKERS) {
      console.log(
        `一张表 running at http://localhost:${env.PORT} (PostgreSQL, ${env.WORKERS} processes, ready in ${Date.now() - started} ms)`,
      )
    }
  })
  cluster.on('exit', (worker, code) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0)
      return
    }
    const wait = delay(Date.now() - (bornAt.get(worker.id) ?? 0))
    bornAt.delete(worker.id)
    console.error(
      `server process ${worker.process.pid} exited (${code}); starting another in ${wait / 1000} s`,
    )
    setTimeout(fork, wait)
  })
  for (let i = 0; i < env.WORKERS; i++) fork()
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`${signal}: shutting down ${env.WORKERS} processes`)
    for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(signal)
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}
