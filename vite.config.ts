import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'

export default defineConfig({
  // Relative asset URLs + hash routes: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    // One service worker precaches the app, the sql.js wasm and the datasets, so a
    // learner's second visit works offline (progress lives in localStorage).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Data Engineering Interview Trainer',
        short_name: 'DE Trainer',
        description: 'Practise product sense, data modeling, SQL and Python for data-engineering interviews.',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        icons: [],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,wasm,sqlite,json,ttf,svg}'],
        maximumFileSizeToCacheInBytes: 30 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  worker: { format: 'es' },
  optimizeDeps: { include: ['sql.js'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  preview: { port: 4173 },
})
