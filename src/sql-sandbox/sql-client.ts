/**
 * The app's SQL sandbox: sql.js in a module Web Worker, driven by the shared client
 * (one request at a time, timeouts, terminate-and-restart, dataset reload).
 */
import type { SqlSandbox } from './protocol'
import { webWorkerPort } from '../workers/port'
import { createSandboxClient, type Port } from './sandbox-client'

/** Creates the browser sandbox. Call `dispose()` when the page no longer needs it (it ends the worker). */
export function createBrowserSqlSandbox(options: { defaultTimeoutMs?: number } = {}): SqlSandbox {
  return createSandboxClient({ spawn: spawnWorker, defaultTimeoutMs: options.defaultTimeoutMs })
}

function spawnWorker(): Port {
  // Vite bundles the worker as its own chunk from this exact `new URL(..., import.meta.url)` form.
  return webWorkerPort(new Worker(new URL('./sql.worker.ts', import.meta.url), { type: 'module' }), 'SQL')
}
