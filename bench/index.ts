// Runs every benchmark (or those named on the command line) and prints their figures.
import { benchCore } from './core'
import { benchEditorUi } from './editor-ui'
import { benchPdf } from './pdf'
import { benchPublishedVersion } from './published-version'
import { benchSubmissions } from './submissions'
import { run as benchWebForm } from './web-form'

const benches: Record<string, () => Promise<string[]>> = {
  core: benchCore,
  submissions: benchSubmissions,
  'published-version': benchPublishedVersion,
  pdf: benchPdf,
  'web-form': () => benchWebForm(),
  'editor-ui': benchEditorUi,
}

const wanted = process.argv.slice(2)
for (const [name, run] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue
  console.log(`== ${name}`)
  for (const line of await run()) console.log(line)
}
