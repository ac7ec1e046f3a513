/**
 * Serves Pyodide's core files unhashed at `<base>pyodide/`: from node_modules/pyodide in dev
 * (middleware), and emitted into `dist/pyodide/` on build.
 *
 * Why not let Vite bundle them: Pyodide loads these files itself, by name, from one `indexURL`
 * folder (`pyodide.asm.mjs` imports, `pyodide.asm.wasm` and `python_stdlib.zip` fetches), so
 * they must keep their names and sit together. The worker sends
 * `new URL(import.meta.env.BASE_URL + 'pyodide/', document.baseURI)` as `indexURL`.
 * Runs in Vite's config (Node), never in the app.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

/** The loader the worker imports, and the files it fetches at start-up (the npm package has no wheels: stdlib only). */
export const PYODIDE_FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'] as const

const CONTENT_TYPES: Record<string, string> = {
  mjs: 'text/javascript',
  wasm: 'application/wasm',
  zip: 'application/zip',
  json: 'application/json',
}

/** The Vite plugin; add it to `plugins` in vite.config.ts. */
export function pyodideAssets(): Plugin {
  const folder = dirname(createRequire(import.meta.url).resolve('pyodide/package.json'))
  let base = '/'
  return {
    name: 'pyodide-assets',
    configResolved(config) {
      // A relative base ('./') is served from the root by the dev server.
      base = config.base.startsWith('/') ? config.base : '/'
    },
    configureServer(server) {
      const prefix = `${base}pyodide/`
      server.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0]
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : ''
        if (!(PYODIDE_FILES as readonly string[]).includes(name)) return next()
        const file = join(folder, name)
        res.setHeader('Content-Type', CONTENT_TYPES[name.split('.').pop()!])
        res.setHeader('Content-Length', statSync(file).size)
        // Cross-origin isolated dev pages (COEP) may only load resources that allow it.
        res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
        createReadStream(file).pipe(res)
      })
    },
    generateBundle() {
      // Only the app build: the tools (SSR) build runs Pyodide straight from node_modules.
      if (this.environment?.config.consumer === 'server') return
      for (const name of PYODIDE_FILES) {
        this.emitFile({ type: 'asset', fileName: `pyodide/${name}`, source: readFileSync(join(folder, name)) })
      }
    },
  }
}
