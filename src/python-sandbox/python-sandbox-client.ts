/**
 * The one client behind every worker-backed `PythonSandbox` (browser Web Worker, Node thread).
 *
 * - Runs go to the worker one at a time, and a run's timer starts only once Python is ready:
 *   the 2–4 s start-up, or a run queued behind a slow one, never counts against the answer.
 * - Replies are matched by id; a reply from a worker we already replaced is ignored.
 * - Stopping a run past its limit: with a SharedArrayBuffer (cross-origin isolated page, or
 *   Node) the client first writes SIGINT into the interrupt buffer, which raises
 *   KeyboardInterrupt in the answer within tens of ms and keeps the warm interpreter. Loops
 *   inside C (`sum(range(10**11))`) and answers that swallow the KeyboardInterrupt ignore it,
 *   so after a grace period the worker is terminated and a fresh one started at once.
 * - A worker that dies fails the run it had; the next run spawns a new one (not eagerly, so
 *   a worker that cannot start never loops).
 */
import type { PythonCase, PythonRunOutcome } from '../engine/python/types'
import type { Port } from '../workers/port'
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

interface Job {
  code: string
  cases: PythonCase[]
  requiredNames: string[]
  timeoutMs: number
  settle: (outcome: PythonRunOutcome) => void
}

interface Running {
  id: number
  job: Job
  timer: ReturnType<typeof setTimeout>
  interrupting: boolean
}

interface Live {
  port: PythonPort
  interrupt: Int32Array | null
  ready: boolean
  startTimer: ReturnType<typeof setTimeout>
}

/** Creates a `PythonSandbox` over workers made by `options.spawn`. */
export function createPythonSandboxClient(options: PythonSandboxClientOptions): PythonSandbox {
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const startTimeoutMs = options.startTimeoutMs ?? 60_000
  const graceMs = options.interruptGraceMs ?? 1_000
  const queue: Job[] = []
  const statusListeners = new Set<(status: PythonSandboxStatus) => void>()
  let starters: { resolve: () => void; reject: (error: Error) => void }[] = []
  let live: Live | null = null
  let current: Running | null = null
  let status: PythonSandboxStatus = 'idle'
  let nextId = 1
  let disposed = false

  function setStatus(next: PythonSandboxStatus): void {
    if (next === status) return
    status = next
    for (const listener of statusListeners) listener(next)
  }

  function spawn(): Live {
    const port = options.spawn()
    const interrupt = options.canInterrupt ? new Int32Array(new SharedArrayBuffer(4)) : null
    const self: Live = { port, interrupt, ready: false, startTimer: setTimeout(() => failStart(self, `it did not start within ${startTimeoutMs / 1000} s`), startTimeoutMs) }
    live = self
    port.onMessage((response) => {
      if (live === self) onReply(self, response)
    })
    port.onError((error) => {
      if (live === self) onCrash(self, error)
    })
    setStatus('loading')
    port.post({ type: 'init', indexURL: options.indexURL, interruptBuffer: interrupt?.buffer as SharedArrayBuffer | undefined })
    return self
  }

  function pump(): void {
    if (disposed || current || queue.length === 0) return
    let worker: Live
    try {
      worker = live ?? spawn()
    } catch (error) {
      // The worker cannot even be created (bad URL, no Worker support): fail what waits.
      failQueued(`Python could not start (${toError(error).message}).`)
      return
    }
    if (!worker.ready) return // 'ready' calls pump again
    const job = queue.shift()!
    const id = nextId++
    // An interrupt meant for an earlier run must not hit this one.
    if (worker.interrupt) Atomics.store(worker.interrupt, 0, 0)
    current = { id, job, interrupting: false, timer: setTimeout(() => onTimeout(id), job.timeoutMs) }
    worker.port.post({ id, type: 'run', code: job.code, cases: job.cases, requiredNames: job.requiredNames })
  }

  function finish(outcome: PythonRunOutcome): void {
    const running = current!
    clearTimeout(running.timer)
    current = null
    running.job.settle(outcome)
    pump()
  }

  function onReply(worker: Live, response: PythonWorkerResponse): void {
    if (response.type === 'ready') {
      clearTimeout(worker.startTimer)
      worker.ready = true
      setStatus('ready')
      for (const starter of starters.splice(0)) starter.resolve()
      return pump()
    }
    if (response.type === 'startup-failed') return failStart(worker, response.message)
    if (!current || response.id !== current.id) return
    if (current.interrupting) {
      // Whatever the reply, the answer ran past its limit. The worker is free again.
      const timeoutMs = current.job.timeoutMs
      if (response.type === 'broken') replaceWorker()
      return finish(timeoutOutcome(timeoutMs))
    }
    if (response.type === 'result') return finish(response.outcome)
    if (response.type === 'broken') {
      replaceWorker()
      return finish({ ok: false, failure: response.failure })
    }
    // Nobody interrupted: the answer raised KeyboardInterrupt itself.
    finish({ ok: false, failure: { kind: 'crash', message: 'Your code raised KeyboardInterrupt, which stops the checks. Remove that raise.' } })
  }

  function onTimeout(id: number): void {
    if (!current || current.id !== id) return
    const worker = live
    if (worker?.interrupt && !current.interrupting) {
      Atomics.store(worker.interrupt, 0, 2) // SIGINT: Python raises KeyboardInterrupt at its next check
      current.interrupting = true
      current.timer = setTimeout(() => onTimeout(id), graceMs)
      return
    }
    const timeoutMs = current.job.timeoutMs
    replaceWorker()
    finish(timeoutOutcome(timeoutMs))
  }

  /** Terminates the worker and starts a fresh one now, so it loads while the learner reads. */
  function replaceWorker(): void {
    stopWorker()
    if (disposed) return
    try {
      spawn()
    } catch {
      // pump() tries again, and reports the error, when the next run comes.
    }
  }

  function onCrash(worker: Live, error: Error): void {
    if (!worker.ready) return failStart(worker, error.message)
    stopWorker()
    setStatus('idle')
    if (current) finish({ ok: false, failure: describeCrash(error) })
  }

  function failStart(worker: Live, reason: string): void {
    if (live !== worker) return
    stopWorker()
    setStatus('failed')
    const error = new Error(`Python could not start: ${reason}`)
    for (const starter of starters.splice(0)) starter.reject(error)
    failQueued(`${error.message}. Reload the page to try again.`)
  }

  function failQueued(message: string): void {
    for (const job of queue.splice(0)) job.settle({ ok: false, failure: { kind: 'crash', message } })
  }

  function stopWorker(): void {
    const worker = live
    live = null
    if (!worker) return
    clearTimeout(worker.startTimer)
    worker.port.terminate()
  }

  return {
    get status() {
      return status
    },

    onStatus(listener) {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },

    start() {
      if (disposed) return Promise.reject(new Error('The Python sandbox was closed.'))
      if (live?.ready) return Promise.resolve()
      return new Promise<void>((resolve, reject) => {
        starters.push({ resolve, reject })
        try {
          if (!live) spawn()
        } catch (error) {
          starters = starters.filter((starter) => starter.resolve !== resolve)
          reject(toError(error))
        }
      })
    },

    run(code, cases, runOptions = {}) {
      if (disposed) return Promise.resolve(closedOutcome())
      return new Promise((settle) => {
        queue.push({ code, cases, requiredNames: runOptions.requiredNames ?? [], timeoutMs: runOptions.timeoutMs ?? defaultTimeoutMs, settle })
        pump()
      })
    },

    dispose() {
      if (disposed) return
      disposed = true
      if (current) {
        clearTimeout(current.timer)
        current.job.settle(closedOutcome())
        current = null
      }
      for (const job of queue.splice(0)) job.settle(closedOutcome())
      for (const starter of starters.splice(0)) starter.reject(new Error('The Python sandbox was closed.'))
      stopWorker()
      setStatus('idle')
      statusListeners.clear()
    },
  }
}

/** "Your code ran for more than 5 seconds and was stopped. ..." */
export function timeoutMessage(timeoutMs: number): string {
  const seconds = timeoutMs / 1000
  const amount = seconds === 1 ? '1 second' : `${Number(seconds.toFixed(1))} seconds`
  return `Your code ran for more than ${amount} and was stopped. Look for a loop that never ends (a while whose condition never changes) or work that grows much faster than the input.`
}

function timeoutOutcome(timeoutMs: number): PythonRunOutcome {
  return { ok: false, failure: { kind: 'timeout', message: timeoutMessage(timeoutMs) } }
}

function closedOutcome(): PythonRunOutcome {
  return { ok: false, failure: { kind: 'crash', message: 'The Python sandbox was closed.' } }
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
