/**
 * The one client behind every worker-backed `PythonSandbox` (browser Web Worker, Node thread):
 * the shared worker core (src/workers/worker-client.ts: one run at a time, ids, timeouts,
 * restarts, status) plus what only Pyodide needs.
 *
 * - Handshake: a new worker gets `init` and takes runs only after `ready`, so a run's timer
 *   starts once Python is ready: the 2–4 s start-up never counts against the answer.
 * - Stopping a run past its limit: with a SharedArrayBuffer (cross-origin isolated page, or
 *   Node) we first write SIGINT into the interrupt buffer, which raises KeyboardInterrupt in
 *   the answer within tens of ms and keeps the warm interpreter. Loops inside C
 *   (`sum(range(10**11))`) and answers that swallow the KeyboardInterrupt ignore it, so after a
 *   grace period the core terminates the worker and starts a fresh one at once.
 * - A `broken` reply (the interpreter itself failed) replaces the worker.
 */
import type { PythonRunOutcome } from '../engine/python/types'
import type { Port } from '../workers/port'
import { createWorkerClient, type Ending, type TimeoutContext } from '../workers/worker-client'
import {
  DEFAULT_TIMEOUT_MS,
  type PythonFailure,
  type PythonSandbox,
  type PythonSandboxStatus,
  type PythonWorkerRequest,
  type PythonWorkerResponse,
} from './protocol'

/** The Python protocol over a Web Worker or a worker thread. */
export type PythonPort = Port<PythonWorkerRequest, PythonWorkerResponse>

/** How `createPythonSandboxClient` makes workers and stops runs. */
export interface PythonSandboxClientOptions {
  /** Starts a new worker. Called lazily, and again after every terminate or crash. */
  spawn: () => PythonPort
  /** Sent to each worker in `init`: where the browser worker fetches Pyodide's files. */
  indexURL?: string
  /** Whether SharedArrayBuffer interrupts are possible here (Node; a cross-origin isolated page). */
  canInterrupt: boolean
  /** Time limit of a run when the call gives none. */
  defaultTimeoutMs?: number
  /** How long a new worker may take to start Pyodide before it is given up on. */
  startTimeoutMs?: number
  /** How long an interrupt may take to stop a run before the worker is terminated. */
  interruptGraceMs?: number
}

const CLOSED = 'The Python sandbox was closed.'

/** Creates a `PythonSandbox` over workers made by `options.spawn`. */
export function createPythonSandboxClient(options: PythonSandboxClientOptions): PythonSandbox {
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const graceMs = options.interruptGraceMs ?? 1_000
  const interrupts = new WeakMap<PythonPort, Int32Array>()
  const statusListeners = new Set<(status: PythonSandboxStatus) => void>()
  let starters: { resolve: () => void; reject: (error: Error) => void }[] = []
  let disposed = false

  /** SIGINT, then wait: Python raises KeyboardInterrupt at its next check and answers 'interrupted'. */
  async function interrupt({ port, waitForReply }: TimeoutContext<PythonWorkerRequest, PythonWorkerResponse>) {
    const buffer = interrupts.get(port)
    if (!buffer) return 'restart'
    Atomics.store(buffer, 0, 2)
    const answered = await waitForReply(graceMs)
    // An interrupt the run finished before reading must not hit the next run.
    Atomics.store(buffer, 0, 0)
    return answered ? 'recovered' : 'restart'
  }

  const client = createWorkerClient<PythonWorkerRequest, PythonWorkerResponse>({
    spawn: options.spawn,
    onSpawned({ port }) {
      const buffer = options.canInterrupt ? new Int32Array(new SharedArrayBuffer(4)) : null
      if (buffer) interrupts.set(port, buffer)
      port.post({ type: 'init', indexURL: options.indexURL, interruptBuffer: buffer?.buffer as SharedArrayBuffer | undefined })
    },
    handshake: {
      read: (event) => (event.type === 'ready' ? 'ready' : event.type === 'startup-failed' ? new Error(event.message) : undefined),
      timeoutMs: options.startTimeoutMs ?? 60_000,
    },
    needsRestart: (response) => response.type === 'broken',
    // Without a buffer the core terminates at the limit, with no grace to wait out.
    onTimeout: options.canInterrupt ? interrupt : undefined,
    onStatus(status, startError) {
      for (const listener of statusListeners) listener(status)
      if (status === 'ready') for (const starter of starters.splice(0)) starter.resolve()
      if (status === 'failed') {
        const error = new Error(`Python could not start: ${startError?.message}`)
        for (const starter of starters.splice(0)) starter.reject(error)
      }
    },
  })

  return {
    get status() {
      return client.status
    },

    onStatus(listener) {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },

    start() {
      if (disposed) return Promise.reject(new Error(CLOSED))
      if (client.ready) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        starters.push({ resolve, reject })
        try {
          client.startWorker()
        } catch (error) {
          starters = starters.filter((starter) => starter.resolve !== resolve)
          reject(toError(error))
        }
      })
    },

    async run(code, cases, runOptions = {}) {
      const body = { type: 'run', code, cases, requiredNames: runOptions.requiredNames ?? [] } as const
      return toOutcome(await client.request(body, runOptions.timeoutMs ?? defaultTimeoutMs))
    },

    dispose() {
      if (disposed) return
      disposed = true
      for (const starter of starters.splice(0)) starter.reject(new Error(CLOSED))
      client.dispose()
      statusListeners.clear()
    },
  }
}

/** The learner-facing outcome of a run, however it ended. */
function toOutcome(ending: Ending<PythonWorkerResponse>): PythonRunOutcome {
  switch (ending.kind) {
    case 'reply': {
      const response = ending.response
      if (response.type === 'result') return response.outcome
      if (response.type === 'broken') return { ok: false, failure: response.failure }
      // Nobody interrupted: the answer raised KeyboardInterrupt itself.
      return { ok: false, failure: { kind: 'crash', message: 'Your code raised KeyboardInterrupt, which stops the checks. Remove that raise.' } }
    }
    case 'timeout':
      return { ok: false, failure: { kind: 'timeout', message: timeoutMessage(ending.timeoutMs) } }
    case 'crash':
      return { ok: false, failure: describeCrash(ending.error) }
    case 'unavailable': {
      const message =
        ending.stage === 'spawn'
          ? `Python could not start (${ending.error.message}).`
          : `Python could not start: ${ending.error.message}. Reload the page to try again.`
      return { ok: false, failure: { kind: 'crash', message } }
    }
    case 'disposed':
      return { ok: false, failure: { kind: 'crash', message: CLOSED } }
  }
}

/** "Your code ran for more than 5 seconds and was stopped. ..." */
export function timeoutMessage(timeoutMs: number): string {
  const seconds = timeoutMs / 1000
  const amount = seconds === 1 ? '1 second' : `${Number(seconds.toFixed(1))} seconds`
  return `Your code ran for more than ${amount} and was stopped. Look for a loop that never ends (a while whose condition never changes) or work that grows much faster than the input.`
}

function describeCrash(error: Error): PythonFailure {
  if (error instanceof RangeError || /out of memory|memory access out of bounds|allocation failed/i.test(error.message)) {
    return { kind: 'memory', message: 'Python ran out of memory running your code and was restarted. Look for data that keeps growing.' }
  }
  return { kind: 'crash', message: `Python stopped unexpectedly (${error.message}). It has been restarted; run your code again.` }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
