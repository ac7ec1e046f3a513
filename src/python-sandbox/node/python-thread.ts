/**
 * Node worker_threads entry of the Python sandbox (built to `.tools/python-thread.mjs`).
 * Same loop as the browser worker; it runs in its own thread so a runaway answer can be
 * interrupted or, failing that, stopped with `worker.terminate()`.
 */
import { constants as fsConstants } from 'node:fs'
import { constants as osConstants } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { loadPyodide } from 'pyodide'
import type { PythonWorkerRequest } from '../protocol'
import { createSandboxJsGlobals } from '../sandbox-js-globals'
import { servePythonWorker } from '../serve-worker'

if (!parentPort) throw new Error('python-thread must run as a worker thread')
const port = parentPort

allowOnlyTheConstantsBinding()

servePythonWorker({
  post: (response) => port.postMessage(response),
  onMessage(listener) {
    port.on('message', (request: PythonWorkerRequest) => listener(request))
  },
  // pyodide stays external in the SSR build, so it finds its files beside itself in node_modules.
  // jsglobals: not this thread's globalThis, whose `process` reaches files, env and processes.
  load: ({ stdout, stderr }) => loadPyodide({ stdout, stderr, jsglobals: createSandboxJsGlobals() }),
})

/**
 * Pyodide's file-system layer reads `process.binding('constants')` as it starts, and Node's
 * permission model (sealed grading, src/cli/sealed-python.ts) refuses every `process.binding`.
 * The public fs/os constants are the same numbers, so serve those and nothing else.
 */
function allowOnlyTheConstantsBinding(): void {
  const constants = { fs: fsConstants, os: osConstants }
  const binding = (name: string): unknown => {
    if (name === 'constants') return constants
    throw new Error(`process.binding('${name}') is not available in the Python sandbox`)
  }
  Object.defineProperty(process, 'binding', { value: binding, configurable: false, writable: false })
}
