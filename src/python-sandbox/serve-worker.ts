/**
 * The message loop shared by the browser worker and the Node thread: wait for `init`, start
 * Pyodide, say `ready`, then answer runs one at a time. Each host only supplies how to post,
 * how to load Pyodide and where its files are, so both behave identically.
 */
import type { PyodideAPI } from 'pyodide'
import type { PythonWorkerRequest, PythonWorkerResponse } from './protocol'
import { createPythonRunner, handleRunRequest, type PythonRunner } from './python-runner'

/** What a host gives `servePythonWorker`. */
export interface PythonWorkerHost {
  post(response: PythonWorkerResponse): void
  onMessage(listener: (request: PythonWorkerRequest) => void): void
  /** Loads Pyodide with its output discarded (see below). */
  load(options: { indexURL?: string; stdout: (line: string) => void; stderr: (line: string) => void }): Promise<PyodideAPI>
}

/** Runs the worker side of the protocol over `host`. */
export function servePythonWorker(host: PythonWorkerHost): void {
  let runner: Promise<PythonRunner> | null = null
  host.onMessage((request) => {
    if (request.type === 'init') {
      runner ??= start(host, request.indexURL, request.interruptBuffer)
      return
    }
    if (!runner) throw new Error('run before init')
    // Runs that arrive while Pyodide starts wait on the same promise, so replies keep their order.
    runner.then(
      (ready) => host.post(handleRunRequest(ready, request)),
      () => undefined, // already reported as startup-failed
    )
  })
}

async function start(host: PythonWorkerHost, indexURL: string | undefined, interruptBuffer: SharedArrayBuffer | undefined): Promise<PythonRunner> {
  const started = performance.now()
  try {
    // Output is captured per case by harness.py; anything that escapes it (sys.__stdout__) is
    // dropped here so it can never end up in `grade --json` output or the console.
    const discard = () => undefined
    const pyodide = await host.load({ indexURL, stdout: discard, stderr: discard })
    if (interruptBuffer) pyodide.setInterruptBuffer(new Int32Array(interruptBuffer))
    const runner = createPythonRunner(pyodide)
    host.post({ type: 'ready', loadMs: performance.now() - started })
    return runner
  } catch (error) {
    host.post({ type: 'startup-failed', message: error instanceof Error ? error.message : String(error) })
    throw error
  }
}
