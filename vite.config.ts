import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))

const ENTRIES: Record<string, string> = {
  applicant: at('runtime/app/index.html'),
  counter: at('runtime/counter/index.html'),
  admin: at('editor/index.html'),
}

/** All entries, or those named in YZB_WEB_ENTRIES (`applicant,counter`) for a partial build. */
const entries = () => {
  const only = process.env.YZB_WEB_ENTRIES?.split(',').filter((e) => e in ENTRIES)
  return only?.length ? Object.fromEntries(only.map((e) => [e, ENTRIES[e]!])) : ENTRIES
}

/**
 * The web apps, built into dist/web and served by the API server (api/routes/web.ts): the applicant
 * runtime, the counter desk and the administrators' editor are separate entries, so the applicant
 * downloads none of the staff code.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: at('dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: entries(),
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
})
