/**
 * The SQL sandbox for the Node commands (`grade`, `scenarios:check`, `bench`): sql.js in a
 * worker thread, driven by the shared client (timeouts, restart, reload). The thread is
 * unref'd while idle, so a command that forgets `dispose()` still exits.
 */
import { Worker } from 'node:worker_threads'
import type { SandboxResponse, SqlSandbox } from '../protocol'
import { createSandboxClient, type Port } from '../sandbox-client'

export { createInProcessSqlSandbox } from '../in-process-sql-client'

/** Options of `createNodeSqlSandbox`. */
export interface NodeSqlSandboxOptions {
  /** Time limit of a query when the call gives none (default DEFAULT_TIMEOUT_MS). */
  defaultTimeoutMs?: number
}

/**
 * Creates a sandbox backed by worker threads running the built `sql-thread.mjs`.
 * @param threadUrl the built thread entry; a command built into `.tools/` passes
 *   `new URL('./sql-thread.mjs', import.meta.url)`.
 */
export function createNodeSqlSandbox(threadUrl: URL, options: NodeSqlSandboxOptions = {}): SqlSandbox {
  return createSandboxClient({ spawn: () => spawnThread(threadUrl), defaultTimeoutMs: options.defaultTimeoutMs })
}

function spawnThread(threadUrl: URL): Port {
  const worker = new Worker(threadUrl)
  let terminated = false
  // The client sends one request at a time: keep the process alive only while one is out.
  worker.unref()
  return {
    post(request) {
      worker.ref()
      worker.postMessage(request)
    },
    onMessage(listener) {
      worker.on('message', (response: SandboxResponse) => {
        worker.unref()
        listener(response)
      })
    },
    onError(listener) {
      worker.on('error', listener)
      worker.on('exit', (code) => {
        if (!terminated) listener(new Error(`the SQL thread exited with code ${code}`))
      })
    },
    terminate() {
      terminated = true
      // Stops even a query stuck inside WebAssembly; the promise only reports the exit code.
      void worker.terminate()
    },
  }
}
