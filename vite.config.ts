import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { VitePWA } from 'vite-plugin-pwa'
import type { Plugin } from 'vite'
// '.js' resolves to the .ts file; a bare path makes Vite 8 warn about its future native config loader.
import { pyodideAssets } from './src/python-sandbox/vite-plugin-pyodide.js'
import { precompressedAssets } from './src/cli/browser/precompress.js'

/** The preload below as a file: the app's Content-Security-Policy allows no inline script. */
const PRELOAD_SCRIPT = 'preload-editor.js'
const PRELOAD_SOURCE = `if(location.hash.indexOf('#/exercise/')===0)JSON.parse(document.currentScript.dataset.files).forEach(function(f){var l=document.createElement('link');l.rel='modulepreload';l.href=f;document.head.appendChild(l)})\n`

/**
 * A cold visit straight to an exercise spends most of its time fetching and parsing the
 * editor chunk. This starts that fetch (and its background parse) from the HTML, before
 * the app's own script has run, but only when the URL is an exercise page.
 */
function preloadEditorOnExercisePages(): Plugin {
  return {
    name: 'preload-editor-on-exercise-pages',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: PRELOAD_SCRIPT, source: PRELOAD_SOURCE })
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const files = Object.values(ctx.bundle ?? {})
          .filter((f) => f.type === 'chunk' && /^(monaco-answer|exercise-route)$/.test(f.name))
          .map((f) => f.fileName)
        if (files.length === 0) return html
        // A classic script in <head>: it runs before the app's module script, as the inline one did.
        return html.replace('</title>', `</title>\n    <script src="./${PRELOAD_SCRIPT}" data-files='${JSON.stringify(files)}'></script>`)
      },
    },
  }
}

/**
 * What the built app may load: only its own files (scripts, workers, datasets, Pyodide), wasm
 * compiled from them, no inline or string-built script, no requests to other origins. Python
 * answers run in a worker; if one got past the harness's seal it could still only talk to this
 * origin. Monaco sets inline styles, hence 'unsafe-inline' for styles only. See docs/security.md.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

/**
 * The policy as a meta tag in the built index.html, so any static host applies it to the page.
 * Build only: the dev server's React refresh preamble is an inline script. Workers do not read
 * the page's meta tag; `npm start` also sends the policy as a header (below), which covers them.
 */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  }
}

const crossOriginIsolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }

/**
 * `dist/_headers`: the headers `npm start` sends, for static hosts that read such a file (Netlify,
 * Cloudflare Pages). A header, unlike the meta tag, also covers the workers, including dynamic
 * `import()`, which the workers' own lock-down (src/workers/lockdown.ts) cannot close.
 */
function staticHostHeaders(): Plugin {
  const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, ...crossOriginIsolation }
  const source = [
    '# Sent with every file by static hosts that read _headers (Netlify, Cloudflare Pages); see docs/security.md.',
    '/*',
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
    '',
  ].join('\n')
  return {
    name: 'static-host-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source })
    },
  }
}

export default defineConfig({
  // Relative asset URLs + hash routes: dist/ works from any sub-path of any static host.
  base: './',
  plugins: [
    react(),
    preloadEditorOnExercisePages(),
    contentSecurityPolicyMeta(),
    staticHostHeaders(),
    // Pyodide's core files, unhashed at <base>pyodide/ (dev middleware; emitted on build).
    pyodideAssets(),
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
        // Python (~13 MB) is cached the first time a Python exercise loads it, not on every
        // first visit: a learner who only practises SQL never downloads it.
        globIgnores: ['pyodide/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/pyodide/'),
            handler: 'CacheFirst',
            options: { cacheName: 'pyodide', expiration: { maxEntries: 20 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 30 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
    // dist/**/*.br and *.gz after the build; `npm start` serves them to browsers that accept them.
    precompressedAssets(),
  ],
  worker: { format: 'es' },
  // Pre-bundling pyodide breaks how it finds its own files; it loads them from indexURL itself.
  optimizeDeps: { include: ['sql.js'], exclude: ['pyodide'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  // Cross-origin isolation (SharedArrayBuffer), so a runaway Python answer is interrupted in
  // place instead of costing a Pyodide restart. Everything the app loads is same-origin.
  server: { headers: crossOriginIsolation },
  preview: { port: 4173, headers: { ...crossOriginIsolation, 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
})
