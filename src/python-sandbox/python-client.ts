/**
 * The app's Python sandbox: Pyodide in a module Web Worker, driven by the shared client
 * (one run at a time, timeouts, interrupt or terminate-and-restart, status events).
 *
 * Import this module only from Python exercise code (it is what pulls in the worker chunk);
 * the worker downloads Pyodide (~13 MB) when it first starts, never on the SQL pages.
 */
import type { PythonSandbox } from './protocol'
import { webWorkerPort } from '../workers/port'
import { createPythonSandboxClient, type PythonPort } from './python-sandbox-client'

/** Options of `createBrowserPythonSandbox`. */
export interface BrowserPythonSandboxOptions {
  /** Time limit of a run when `run` gives none (default DEFAULT_TIMEOUT_MS). */
  defaultTimeoutMs?: number
}

/**
 * Creates the browser sandbox. Nothing loads until `start()` or the first `run()`; show
 * "Starting Python… (first time takes a few seconds)" while `status` is 'loading'.
 * Call `dispose()` when the page no longer needs it (it ends the worker).
 */
export function createBrowserPythonSandbox(options: BrowserPythonSandboxOptions = {}): PythonSandbox {
  return createPythonSandboxClient({
    spawn: spawnWorker,
    // Unhashed files served at <base>pyodide/ by vite-plugin-pyodide.ts, so the app works from any sub-path.
    indexURL: new URL(import.meta.env.BASE_URL + 'pyodide/', document.baseURI).href,
    // SharedArrayBuffer exists only on cross-origin isolated pages (COOP/COEP); otherwise a
    // runaway answer is stopped by terminating the worker (~3 s to reload Python).
    canInterrupt: globalThis.crossOriginIsolated === true && typeof SharedArrayBuffer === 'function',
    defaultTimeoutMs: options.defaultTimeoutMs,
  })
}

function spawnWorker(): PythonPort {
  // Vite bundles the worker as its own chunk from this exact `new URL(..., import.meta.url)` form.
  return webWorkerPort(new Worker(new URL('./python.worker.ts', import.meta.url), { type: 'module' }), 'Python')
}
