/**
 * The app's SQL sandbox: sql.js in a module Web Worker, driven by the shared client
 * (one request at a time, timeouts, terminate-and-restart, dataset reload).
 */
import type { SandboxResponse, SqlSandbox } from './protocol'
import { createSandboxClient, type Port } from './sandbox-client'

/** Creates the browser sandbox. Call `dispose()` when the page no longer needs it (it ends the worker). */
export function createBrowserSqlSandbox(options: { defaultTimeoutMs?: number } = {}): SqlSandbox {
  return createSandboxClient({ spawn: spawnWorker, defaultTimeoutMs: options.defaultTimeoutMs })
}

function spawnWorker(): Port {
  // Vite bundles the worker as its own chunk from this exact `new URL(..., import.meta.url)` form.
  const worker = new Worker(new URL('./sql.worker.ts', import.meta.url), { type: 'module' })
  return {
    post: (request) => worker.postMessage(request),
    onMessage(listener) {
      worker.addEventListener('message', (event: MessageEvent<SandboxResponse>) => listener(event.data))
    },
    onError(listener) {
      worker.addEventListener('error', (event: ErrorEvent) => {
        event.preventDefault() // reported through the failed request instead of the console
        listener(new Error(event.message || 'the SQL worker failed to start'))
      })
      worker.addEventListener('messageerror', () => listener(new Error('a message from the SQL worker could not be read')))
    },
    terminate: () => worker.terminate(),
  }
}
