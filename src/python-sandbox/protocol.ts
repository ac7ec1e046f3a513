/**
 * Messages between a Python sandbox client and the worker that owns Pyodide, and the
 * `PythonSandbox` interface the app and the Node commands code against. The same protocol
 * serves the browser Web Worker and the Node worker thread used by `grade` and the tests.
 */
import type { PythonCase, PythonRunOutcome } from '../engine/python/types'
import { FLOAT_MARKER_PREFIX } from '../engine/python/python-values'

/** First message to a new worker: where Pyodide's files are and how to interrupt it. */
export interface InitRequest {
  type: 'init'
  /** Folder URL of the unhashed Pyodide files (browser). Node finds them in node_modules. */
  indexURL?: string
  /** One Int32 the client sets to 2 (SIGINT) to raise KeyboardInterrupt in the running code. */
  interruptBuffer?: SharedArrayBuffer
}

/** Runs `code` over `cases` in a fresh module namespace. */
export interface RunRequest {
  id: number
  type: 'run'
  code: string
  cases: PythonCase[]
  /** Names that must be defined besides those the cases call or construct. */
  requiredNames: string[]
}

export type PythonWorkerRequest = InitRequest | RunRequest

export type PythonWorkerResponse =
  /** Pyodide has started; runs are answered from now on. */
  | { type: 'ready'; loadMs: number }
  /** Pyodide could not start (files missing, out of memory): this worker is useless. */
  | { type: 'startup-failed'; message: string }
  | { id: number; type: 'result'; outcome: PythonRunOutcome }
  /** The run was stopped by the interrupt buffer; the interpreter is fine and reusable. */
  | { id: number; type: 'interrupted' }
  /** The run broke the interpreter itself (JS RangeError, a fatal Pyodide error): replace the worker. */
  | { id: number; type: 'broken'; failure: PythonFailure }

export type PythonFailure = Extract<PythonRunOutcome, { ok: false }>['failure']

/** What a client's UI shows while Python starts: "Starting Python… (first time takes a few seconds)". */
export type PythonSandboxStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** Options of one `PythonSandbox.run`. */
export interface PythonRunOptions {
  /** Time limit of the run once Python is ready (start-up is not counted). Default DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number
  /** Names the answer must define, reported as 'missing-name' before any case runs. The names the
   * cases call (`call.function`, `construct.class`) are always required. */
  requiredNames?: string[]
}

/**
 * Runs learner Python answers. Implemented by the browser client (module Web Worker) and the
 * Node client (worker thread). A run past its time limit is stopped (interrupt, else terminate
 * and a fresh worker) and reported as a 'timeout' failure; the next run works as usual.
 */
export interface PythonSandbox {
  run(code: string, cases: PythonCase[], options?: PythonRunOptions): Promise<PythonRunOutcome>
  /** Starts Python now instead of on the first run (call it when a Python exercise opens). */
  start(): Promise<void>
  /** 'idle' until started; 'loading' while Pyodide starts (again after a restart); 'failed' if it could not. */
  readonly status: PythonSandboxStatus
  /** Calls `listener` on every status change; returns the unsubscribe function. */
  onStatus(listener: (status: PythonSandboxStatus) => void): () => void
  /** Ends the worker; pending runs resolve with a 'crash' failure. */
  dispose(): void
}

/** Default time limit of one run (exercise spec: "time limit default 5 s"). */
export const DEFAULT_TIMEOUT_MS = 5_000
/** Printed output kept per case; harness.py appends "… output cut" after it. */
export const OUTPUT_CAP = 10_000

/**
 * Strings harness.py puts where JSON has no value: NaN and infinities, whole-valued floats
 * (`"<float 1.0>"`, so they are not read back as ints; the engine reads them in
 * `engine/python/python-values.ts`), and objects that are not JSON-like (a generator, a custom
 * class), which arrive as `"<repr " + repr(obj) + ">"`.
 */
export const PYTHON_VALUE_MARKERS = {
  floatPrefix: FLOAT_MARKER_PREFIX,
  nan: '<float nan>',
  positiveInfinity: '<float inf>',
  negativeInfinity: '<float -inf>',
  reprPrefix: '<repr ',
} as const
