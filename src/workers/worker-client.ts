/**
 * The queue-and-timeout core shared by the SQL and Python sandbox clients. It owns the worker
 * lifecycle; each sandbox adds only what its engine needs (SQL re-sends its datasets to a new
 * worker, Python waits for Pyodide's `ready` and tries an interrupt before terminating).
 *
 * - One request in flight, first in first out, so a request's timer starts when the worker
 *   starts it: a request queued behind a slow one is never blamed for the wait.
 * - Requests are numbered; a reply is matched by id, and one from a worker already replaced
 *   is ignored. Messages without an id are events (a handshake's `ready`).
 * - Past its limit a request is stopped: `onTimeout` may recover the worker (an interrupt);
 *   otherwise the worker is terminated and a fresh one spawned at once, so it starts while
 *   the user reads the message.
 * - A worker that dies fails the request it had; the next request spawns a new one (not
 *   eagerly, so a worker that cannot start never loops).
 */
import type { Port } from './port'

/** A request before the core numbers it. */
export type RequestBody<Req> = Req extends { id: number } ? Omit<Req, 'id'> : never

/** How a request ended, from the client's side. Each sandbox words these for its users. */
export type Ending<Res> =
  | { kind: 'reply'; response: Res }
  /** Stopped at its limit (whatever the worker answered while it was being stopped). */
  | { kind: 'timeout'; timeoutMs: number }
  /** The worker died while running it. */
  | { kind: 'crash'; error: Error }
  /** No worker to run it: `spawn` threw, or the new worker failed its handshake. */
  | { kind: 'unavailable'; stage: 'spawn' | 'start'; error: Error }
  | { kind: 'disposed' }

/** 'loading' from spawn until the handshake ends (at once without one); 'failed' if it could not start. */
export type WorkerStatus = 'idle' | 'loading' | 'ready' | 'failed'

/** A just-spawned worker, given to `onSpawned` before any request reaches it. */
export interface NewWorker<Req, Res> {
  /** For messages outside the request protocol (a handshake's first message). */
  readonly port: Port<Req, Res>
  /**
   * Puts a request ahead of everything queued (SQL's dataset reload). `onEnd` runs
   * synchronously when it ends, before the core spawns again, so a failed reload can be
   * forgotten before the next worker would repeat it.
   */
  sendFirst(body: RequestBody<Req>, timeoutMs: number, onEnd: (ending: Ending<Res>) => void): void
}

/** What `onTimeout` gets for the request that ran past its limit. */
export interface TimeoutContext<Req, Res> {
  /** The worker running it. */
  readonly port: Port<Req, Res>
  readonly timeoutMs: number
  /** Resolves true when the worker answers the request within `ms`, false otherwise. */
  waitForReply(ms: number): Promise<boolean>
}

/** How `createWorkerClient` makes, prepares and stops workers. */
export interface WorkerClientOptions<Req, Res> {
  /** Starts a new worker. Called lazily, and again after every terminate or crash. */
  spawn: () => Port<Req, Res>
  /** Prepares each new worker before any request reaches it. */
  onSpawned?: (worker: NewWorker<Req, Res>) => void
  /** Set when a new worker must announce itself before it takes requests (Pyodide starts in 2–4 s). */
  handshake?: {
    /** Reads an event: 'ready', a reason the worker cannot start, or undefined to ignore it. */
    read(event: Res): 'ready' | Error | undefined
    /** How long a worker may take to become ready; it also fails if it dies first. */
    timeoutMs: number
  }
  /** A reply after which the worker cannot be trusted (a broken interpreter): it is replaced. */
  needsRestart?: (response: Res) => boolean
  /**
   * Tries to stop a request without losing the worker (an interrupt), waiting with
   * `waitForReply`. 'recovered' keeps the worker only if it answered; anything else, or no
   * hook at all, terminates it at once. The request ends as 'timeout' either way.
   */
  onTimeout?: (context: TimeoutContext<Req, Res>) => Promise<'recovered' | 'restart'>
  /** Every status change; `startError` says why a worker could not start ('failed'). */
  onStatus?: (status: WorkerStatus, startError?: Error) => void
}

/** The client side of a worker: queued requests, status, and the end of it all. */
export interface WorkerClient<Req, Res> {
  /** Queues a request; resolves (never rejects) with how it ended. */
  request(body: RequestBody<Req>, timeoutMs: number): Promise<Ending<Res>>
  /** Spawns a worker now if there is none, so it starts before the first request. Throws if `spawn` does. */
  startWorker(): void
  readonly status: WorkerStatus
  /** Whether a live worker has finished its handshake and takes requests. */
  readonly ready: boolean
  /** Ends the worker; everything pending ends with 'disposed'. */
  dispose(): void
}

interface Job<Req, Res> {
  body: RequestBody<Req>
  timeoutMs: number
  settle: (ending: Ending<Res>) => void
}

interface Live<Req, Res> {
  port: Port<Req, Res>
  ready: boolean
  startTimer?: ReturnType<typeof setTimeout>
}

interface Running<Req, Res> {
  id: number
  job: Job<Req, Res>
  timer: ReturnType<typeof setTimeout>
  /** Set once the request is past its limit and `onTimeout` is deciding. */
  stopping?: { reply?: Res; answered?: (answered: boolean) => void }
}

/** Creates the client core over workers made by `options.spawn`. */
export function createWorkerClient<Req, Res>(options: WorkerClientOptions<Req, Res>): WorkerClient<Req, Res> {
  const queue: Job<Req, Res>[] = []
  let live: Live<Req, Res> | null = null
  let current: Running<Req, Res> | null = null
  let status: WorkerStatus = 'idle'
  let nextId = 1
  let disposed = false

  function setStatus(next: WorkerStatus, startError?: Error): void {
    if (next === status) return
    status = next
    options.onStatus?.(next, startError)
  }

  function spawnWorker(): Live<Req, Res> {
    const port = options.spawn()
    const self: Live<Req, Res> = { port, ready: !options.handshake }
    live = self
    port.onMessage((response) => {
      if (live === self) onMessage(self, response)
    })
    port.onError((error) => {
      if (live === self) onCrash(self, error)
    })
    const handshake = options.handshake
    if (handshake) {
      const seconds = handshake.timeoutMs / 1000
      self.startTimer = setTimeout(() => failStart(self, new Error(`it did not start within ${seconds} s`)), handshake.timeoutMs)
    }
    setStatus('loading')
    options.onSpawned?.({
      port,
      sendFirst: (body, timeoutMs, settle) => queue.unshift({ body, timeoutMs, settle }),
    })
    if (self.ready) setStatus('ready')
    return self
  }

  function pump(): void {
    if (disposed || current || queue.length === 0) return
    let worker: Live<Req, Res>
    try {
      worker = live ?? spawnWorker()
    } catch (error) {
      // The worker cannot even be created (bad URL, no Worker support): fail what waits.
      return failWaiting({ kind: 'unavailable', stage: 'spawn', error: toError(error) })
    }
    if (!worker.ready) return // the handshake's 'ready' pumps again
    const job = queue.shift()!
    const id = nextId++
    current = { id, job, timer: setTimeout(() => onTimeout(id), job.timeoutMs) }
    try {
      worker.port.post({ ...job.body, id } as Req)
    } catch (error) {
      finish({ kind: 'crash', error: toError(error) })
    }
  }

  function finish(ending: Ending<Res>): void {
    const running = current!
    clearTimeout(running.timer)
    current = null
    running.stopping?.answered?.(false) // lets a waiting onTimeout return; its answer is then ignored
    running.job.settle(ending)
    pump()
  }

  function onMessage(worker: Live<Req, Res>, response: Res): void {
    const id = idOf(response)
    if (id === undefined) {
      const verdict = worker.ready ? undefined : options.handshake?.read(response)
      if (verdict === 'ready') return markReady(worker)
      if (verdict) failStart(worker, verdict)
      return
    }
    if (!current || id !== current.id) return
    if (current.stopping) {
      // Past its limit: the answer no longer counts, but it tells onTimeout the worker is free.
      current.stopping.reply = response
      return current.stopping.answered?.(true)
    }
    if (options.needsRestart?.(response)) return restart({ kind: 'reply', response })
    finish({ kind: 'reply', response })
  }

  function markReady(worker: Live<Req, Res>): void {
    clearTimeout(worker.startTimer)
    worker.ready = true
    setStatus('ready')
    pump()
  }

  function onTimeout(id: number): void {
    const running = current
    if (!running || running.id !== id) return
    const timedOut: Ending<Res> = { kind: 'timeout', timeoutMs: running.job.timeoutMs }
    if (!options.onTimeout || !live) return restart(timedOut)
    const stopping: NonNullable<Running<Req, Res>['stopping']> = {}
    running.stopping = stopping
    const context: TimeoutContext<Req, Res> = {
      port: live.port,
      timeoutMs: running.job.timeoutMs,
      waitForReply: (ms) =>
        new Promise((resolve) => {
          if (stopping.reply !== undefined) return resolve(true)
          if (current !== running) return resolve(false)
          running.timer = setTimeout(() => resolve(false), ms)
          stopping.answered = (answered) => {
            clearTimeout(running.timer)
            resolve(answered)
          }
        }),
    }
    void options.onTimeout(context).then(
      (decision) => settleTimeout(running, decision, timedOut),
      () => settleTimeout(running, 'restart', timedOut),
    )
  }

  function settleTimeout(running: Running<Req, Res>, decision: 'recovered' | 'restart', timedOut: Ending<Res>): void {
    if (current !== running) return // crashed or disposed meanwhile
    const reply = running.stopping?.reply
    // Only an answer proves the worker is free again; a broken one is replaced all the same.
    const free = reply !== undefined && options.needsRestart?.(reply) !== true
    if (decision === 'restart' || !free) restart(timedOut)
    else finish(timedOut)
  }

  /** Terminates the worker, ends the request, and spawns a fresh worker now (unless finishing did). */
  function restart(ending: Ending<Res>): void {
    stopWorker()
    finish(ending)
    if (live || disposed) return
    try {
      spawnWorker()
      pump()
    } catch {
      // pump() tries again, and reports the error, when the next request comes.
    }
  }

  function onCrash(worker: Live<Req, Res>, error: Error): void {
    if (!worker.ready) return failStart(worker, error)
    stopWorker()
    setStatus('idle')
    if (current) finish({ kind: 'crash', error })
  }

  function failStart(worker: Live<Req, Res>, reason: Error): void {
    if (live !== worker) return
    stopWorker()
    setStatus('failed', reason)
    failWaiting({ kind: 'unavailable', stage: 'start', error: reason })
  }

  function failWaiting(ending: Ending<Res>): void {
    for (const job of queue.splice(0)) job.settle(ending)
  }

  function stopWorker(): void {
    const worker = live
    live = null
    if (!worker) return
    clearTimeout(worker.startTimer)
    worker.port.terminate()
  }

  return {
    request(body, timeoutMs) {
      if (disposed) return Promise.resolve({ kind: 'disposed' })
      return new Promise((settle) => {
        queue.push({ body, timeoutMs, settle })
        pump()
      })
    },

    startWorker() {
      if (!disposed && !live) spawnWorker()
    },

    get status() {
      return status
    },

    get ready() {
      return live?.ready === true
    },

    dispose() {
      if (disposed) return
      disposed = true
      if (current) {
        const running = current
        current = null
        clearTimeout(running.timer)
        running.stopping?.answered?.(false)
        running.job.settle({ kind: 'disposed' })
      }
      failWaiting({ kind: 'disposed' })
      stopWorker()
      setStatus('idle')
    },
  }
}

/** The id of a reply; undefined for an event (a message that answers no request). */
function idOf(response: unknown): number | undefined {
  const id = (response as { id?: unknown } | null)?.id
  return typeof id === 'number' ? id : undefined
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}
