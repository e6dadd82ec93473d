import type { AddressInfo } from 'node:net'
import { createHttpServer } from '../../api/http-server'
import { seedElements, seedTemplates } from '../../api/services/seed'
import { closePdfPool } from '../../api/workers/pdf-pool'
import type { DbKind } from '../../db/client'
import { testApp } from '../setup/app'

export type E2eServer = Awaited<ReturnType<typeof e2eServer>>

/**
 * The whole product for a browser test: the web apps (built by the global setup), the API on a fresh database, served over real HTTP on a free port. `templates` loads the seed; `'items'` loads its departments and items without its bundles.
 */
export async function e2eServer(
  kind: DbKind,
  { templates = false }: { templates?: boolean | 'items' } = {},
) {
  const t = await testApp(kind)
  if (templates) {
    await seedElements(t.db)
    await seedTemplates(t.db, { itemsOnly: templates === 'items' })
  }
  const server = createHttpServer(t.db, t.app)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    ...t,
    base,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await closePdfPool()
      await t.close()
    },
  }
}
