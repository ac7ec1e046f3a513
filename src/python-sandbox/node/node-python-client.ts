/**
 * The Python sandbox for the Node commands (`grade`, `bench`) and tests: Pyodide in a worker
 * thread, driven by the shared client. Interrupts work here (SharedArrayBuffer is always
 * available in Node), with terminate as the fallback for loops inside C. The thread is
 * unref'd unless a run is out, so a command that forgets `dispose()` still exits.
 */
import type { PythonSandbox } from '../protocol'
import { threadPort } from '../../workers/thread-port'
import { createPythonSandboxClient, type PythonPort } from '../python-sandbox-client'

/** Options of `createNodePythonSandbox`. */
export interface NodePythonSandboxOptions {
  /** Time limit of a run when `run` gives none (default DEFAULT_TIMEOUT_MS). */
  defaultTimeoutMs?: number
  /** How long an interrupt may take before the thread is terminated (default 1 s). */
  interruptGraceMs?: number
  /** How long Pyodide may take to start before it is given up on (default 60 s). */
  startTimeoutMs?: number
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
    startTimeoutMs: options.startTimeoutMs,
  })
}

/** The process waits only while a run is out: starting Python alone must not hold a command open. */
function spawnThread(threadUrl: URL): PythonPort {
  return threadPort(threadUrl, 'Python', {
    holdsOn: (request) => request.type === 'run',
    releasesOn: (response) => response.type !== 'ready',
  })
}
