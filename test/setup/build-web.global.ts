import { buildWeb } from '../../scripts/build-web'

/** Browser tests need the built web apps: built once before any test file runs (if stale). */
export default async function setup() {
  await buildWeb({ ifStale: true })
}
