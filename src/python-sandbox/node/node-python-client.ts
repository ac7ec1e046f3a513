/**
 * The Python sandbox for the Node commands (`grade`, `bench`) and tests: Pyodide in a worker
 * thread, driven by the shared client. Interrupts work here (SharedArrayBuffer is always
 * available in Node), with terminate as the fallback for loops inside C. The thread is
 * unref'd unless a run is out, so a command that forgets `dispose()` still exits.
 */
import { Worker } from 'node:worker_threads'
import type { PythonSandbox, PythonWorkerResponse } from '../protocol'
import { createPythonSandboxClient, type PythonPort } from '../python-sandbox-client'

/** Options of `createNodePythonSandbox`. */
export interface NodePythonSandboxOptions {
  /** Time limit of a run when `run` gives none (default DEFAULT_TIMEOUT_MS). */
  defaultTimeoutMs?: number
  /** How long an interrupt may take before the thread is terminated (default 1 s). */
  interruptGraceMs?: number
}

/**
 * Creates a sandbox backed by worker threads running the built `python-thread.mjs`.
 * @param threadUrl the built thread entry; a command built into `.tools/` passes
 *   `new URL('./python-thread.mjs', import.meta.url)`.
 */
export function createNodePythonSandbox(threadUrl: URL, options: NodePythonSandboxOptions = {}): PythonSandbox {
  return createPythonSandboxClient({
    spawn: () => spawnThread(threadUrl),
    canInterrupt: typeof SharedArrayBuffer === 'function',
    defaultTimeoutMs: options.defaultTimeoutMs,
    interruptGraceMs: options.interruptGraceMs,
  })
}

function spawnThread(threadUrl: URL): PythonPort {
  const worker = new Worker(threadUrl)
  let terminated = false
  // Keep the process alive only while a run is out: start-up alone must not hold a command open.
  worker.unref()
  return {
    post(request) {
      if (request.type === 'run') worker.ref()
      worker.postMessage(request)
    },
    onMessage(listener) {
      worker.on('message', (response: PythonWorkerResponse) => {
        if (response.type !== 'ready') worker.unref()
        listener(response)
      })
    },
    onError(listener) {
      worker.on('error', listener)
      worker.on('exit', (code) => {
        if (!terminated) listener(new Error(`the Python thread exited with code ${code}`))
      })
    },
    terminate() {
      terminated = true
      // Stops even a loop inside WebAssembly; the promise only reports the exit code.
      void worker.terminate()
    },
  }
}
