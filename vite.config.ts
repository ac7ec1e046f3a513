import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  // Relative asset URLs + hash routes: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  optimizeDeps: { include: ['sql.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { port: 4173 },
})
