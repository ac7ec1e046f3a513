/**
 * Node worker_threads entry of the Python sandbox (built to `.tools/python-thread.mjs`).
 * Same loop as the browser worker; it runs in its own thread so a runaway answer can be
 * interrupted or, failing that, stopped with `worker.terminate()`.
 */
import { parentPort } from 'node:worker_threads'
import { loadPyodide } from 'pyodide'
import type { PythonWorkerRequest } from '../protocol'
import { servePythonWorker } from '../serve-worker'

if (!parentPort) throw new Error('python-thread must run as a worker thread')
const port = parentPort

servePythonWorker({
  post: (response) => port.postMessage(response),
  onMessage(listener) {
    port.on('message', (request: PythonWorkerRequest) => listener(request))
  },
  // pyodide stays external in the SSR build, so it finds its files beside itself in node_modules.
  load: ({ stdout, stderr }) => loadPyodide({ stdout, stderr }),
})
