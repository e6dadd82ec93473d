// Runs every benchmark (or those named on the command line) and prints their figures.
import { benchPublishedVersion } from './published-version'

const benches: Record<string, () => Promise<string[]>> = {
  'published-version': benchPublishedVersion,
}

const wanted = process.argv.slice(2)
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue
  console.log(`== ${name}`)
  for (const line of await run()) console.log(line)
}
