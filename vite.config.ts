import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const at = (p: string) => fileURLToPath(new URL(p, import.meta.url))

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
      input: {
        applicant: at('runtime/app/index.html'),
        counter: at('runtime/counter/index.html'),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
})
