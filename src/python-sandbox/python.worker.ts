/**
 * Browser module Web Worker that owns Pyodide. Thin on purpose: the protocol loop is in
 * serve-worker.ts, shared with the Node thread.
 *
 * `pyodide.mjs` is imported at run time from the same unhashed `indexURL` folder as the files
 * it loads (served by vite-plugin-pyodide.ts), not bundled: bundling it drags its Node-only
 * imports into the browser build (seven "externalized for browser compatibility" warnings),
 * and loading it from the folder guarantees the loader and the runtime are the same version.
 */
import type { loadPyodide as LoadPyodide } from 'pyodide'
import type { PythonWorkerRequest } from './protocol'
import { createSandboxJsGlobals } from './sandbox-js-globals'
import { servePythonWorker } from './serve-worker'
import { lockDownWorkerScope } from '../workers/lockdown'

servePythonWorker({
  post: (response) => self.postMessage(response),
  onMessage(listener) {
    self.addEventListener('message', (event: MessageEvent<PythonWorkerRequest>) => listener(event.data))
  },
  async load(options) {
    if (!options.indexURL) throw new Error('the Python worker needs an indexURL')
    const { loadPyodide } = (await import(/* @vite-ignore */ `${options.indexURL}pyodide.mjs`)) as { loadPyodide: typeof LoadPyodide }
    // Not the worker's globals: answers must not reach fetch, indexedDB or caches through `js`.
    const pyodide = await loadPyodide({ ...options, jsglobals: createSandboxJsGlobals() })
    // Loaded (the runtime, its standard library): this worker needs no network from now on.
    lockDownWorkerScope(self)
    return pyodide
  },
})
