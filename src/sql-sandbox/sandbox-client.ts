/**
 * The one client behind every worker-backed `SqlSandbox` (browser Web Worker, Node thread).
 *
 * - Requests go to the worker one at a time, so a request's timer starts when the worker
 *   starts it: a query queued behind a slow one is never blamed for the wait.
 * - Replies are matched by id; a reply from a worker we already replaced is ignored.
 * - sql.js has no interrupt, so the only way to stop a runaway query is to terminate the
 *   worker. We then spawn a fresh one at once and re-send the loaded datasets, so the next
 *   query finds them, and resolve the stopped run with a `timeout` failure.
 * - A worker that dies (crash, out of memory) fails the request it was running; a new worker
 *   is spawned for the next request (not eagerly, so a worker that cannot start never loops).
 */
import {
  DEFAULT_TIMEOUT_MS,
  DISPLAY_ROW_LIMIT,
  type DatasetImage,
  type SandboxPlanOutcome,
  type SandboxRequest,
  type SandboxRequestBody,
  type SandboxResponse,
  type SandboxRunOutcome,
  type SqlSandbox,
} from './protocol'
import type { SqlFailure } from '../engine/types'
import { findDialectHints } from './dialect-hints'
import type { Port as GenericPort } from '../workers/port'

/** The SQL protocol over a Web Worker or a worker thread. */
export type Port = GenericPort<SandboxRequest, SandboxResponse>

/** How `createSandboxClient` makes workers and which time limits it applies. */
export interface SandboxClientOptions {
  /** Starts a new worker. Called lazily, and again after every terminate or crash. */
  spawn: () => Port
  /** Time limit of a run/plan when the call gives none. */
  defaultTimeoutMs?: number
  /** Time limit of a load (parsing images; the first one also waits for sql.js to start). */
  loadTimeoutMs?: number
}

/** How a request ended, from the client's side. */
type Ending =
  | { kind: 'reply'; response: SandboxResponse }
  | { kind: 'timeout'; timeoutMs: number }
  | { kind: 'crash'; error: Error }
  | { kind: 'disposed' }

interface Job {
  body: SandboxRequestBody
  timeoutMs: number
  settle: (ending: Ending) => void
}

/** Creates a `SqlSandbox` over workers made by `options.spawn`. */
export function createSandboxClient(options: SandboxClientOptions): SqlSandbox {
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const loadTimeoutMs = options.loadTimeoutMs ?? 60_000
  const queue: Job[] = []
  let port: Port | null = null
  let current: { id: number; job: Job; timer: ReturnType<typeof setTimeout> } | null = null
  let nextId = 1
  let loaded: { asOf: string; datasets: DatasetImage[] } | null = null
  let disposed = false

  function spawnPort(): Port {
    const p = options.spawn()
    p.onMessage((response) => {
      if (p === port) onReply(response)
    })
    p.onError((error) => {
      if (p === port) onCrash(error)
    })
    port = p
    // A new worker starts empty: give it the datasets before anything else.
    if (loaded) {
      const datasets = loaded
      queue.unshift({
        body: { type: 'load', ...datasets },
        timeoutMs: loadTimeoutMs,
        // A worker that dies or hangs while reloading would do it again: stop reloading, let runs report it.
        settle: (ending) => {
          if (ending.kind !== 'reply' && loaded === datasets) loaded = null
        },
      })
    }
    return p
  }

  function pump(): void {
    if (disposed || current || queue.length === 0) return
    let p: Port
    try {
      p = port ?? spawnPort()
    } catch (error) {
      // The worker cannot even be created (bad URL, no Worker support): fail this request.
      queue.shift()!.settle({ kind: 'crash', error: toError(error) })
      return pump()
    }
    const job = queue.shift()!
    const id = nextId++
    const timer = setTimeout(() => onTimeout(id), job.timeoutMs)
    current = { id, job, timer }
    try {
      p.post({ ...job.body, id } as SandboxRequest)
    } catch (error) {
      finish({ kind: 'crash', error: toError(error) })
    }
  }

  function finish(ending: Ending): void {
    const running = current!
    clearTimeout(running.timer)
    current = null
    running.job.settle(ending)
    pump()
  }

  function onReply(response: SandboxResponse): void {
    if (current && response.id === current.id) finish({ kind: 'reply', response })
  }

  function onTimeout(id: number): void {
    if (!current || current.id !== id) return
    const timeoutMs = current.job.timeoutMs
    stopPort()
    finish({ kind: 'timeout', timeoutMs })
    if (port || disposed) return
    try {
      // Respawn now (not on the next call), so the datasets reload while the learner reads the message.
      spawnPort()
      pump()
    } catch {
      // pump() tries again, and reports the error, when the next request comes.
    }
  }

  function onCrash(error: Error): void {
    stopPort()
    if (current) finish({ kind: 'crash', error })
  }

  function stopPort(): void {
    const p = port
    port = null
    p?.terminate()
  }

  function enqueue(body: SandboxRequestBody, timeoutMs: number): Promise<Ending> {
    if (disposed) return Promise.resolve({ kind: 'disposed' })
    return new Promise((settle) => {
      queue.push({ body, timeoutMs, settle })
      pump()
    })
  }

  return {
    async load(asOf, datasets) {
      const ending = await enqueue({ type: 'load', asOf, datasets }, loadTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'loaded') {
        loaded = { asOf, datasets }
        return ending.response.tables
      }
      const reason =
        ending.kind === 'timeout' ? `the SQL worker did not answer within ${ending.timeoutMs / 1000} s` : describeFailure(ending).message
      throw new Error(`Could not load the datasets: ${reason}`)
    },

    async run(dataset, sql, runOptions = {}) {
      const maxRows = runOptions.maxRows ?? DISPLAY_ROW_LIMIT
      const ending = await enqueue({ type: 'run', dataset, sql, maxRows }, runOptions.timeoutMs ?? defaultTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'result') return { ok: true, result: ending.response.result }
      const failure = describeFailure(ending)
      // The worker adds hints to its own failures; a stopped or crashed run needs them added here.
      const hint = ending.kind === 'reply' ? undefined : findDialectHints(sql)
      return { ok: false, failure: hint ? { ...failure, hint } : failure } satisfies SandboxRunOutcome
    },

    async plan(dataset, sql, planOptions = {}) {
      const ending = await enqueue({ type: 'plan', dataset, sql }, planOptions.timeoutMs ?? defaultTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'plan') return { ok: true, nodes: ending.response.nodes }
      return { ok: false, failure: describeFailure(ending) } satisfies SandboxPlanOutcome
    },

    dispose() {
      if (disposed) return
      disposed = true
      if (current) {
        clearTimeout(current.timer)
        current.job.settle({ kind: 'disposed' })
        current = null
      }
      for (const job of queue.splice(0)) job.settle({ kind: 'disposed' })
      stopPort()
    },
  }
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/** The learner-facing failure for a request that did not produce its expected reply. */
function describeFailure(ending: Ending): SqlFailure {
  switch (ending.kind) {
    case 'reply':
      return ending.response.type === 'failure'
        ? ending.response.failure
        : { kind: 'error', message: `Unexpected reply "${ending.response.type}" from the SQL worker.` }
    case 'timeout':
      return { kind: 'timeout', message: timeoutMessage(ending.timeoutMs) }
    case 'crash':
      return {
        kind: 'error',
        message: `The SQL engine stopped unexpectedly (${ending.error.message}). It has been restarted; run the query again.`,
      }
    case 'disposed':
      return { kind: 'error', message: 'The SQL sandbox was closed.' }
  }
}

/** "Your query ran for more than 5 seconds and was stopped. ..." */
export function timeoutMessage(timeoutMs: number): string {
  const seconds = timeoutMs / 1000
  const amount = seconds === 1 ? '1 second' : `${Number(seconds.toFixed(1))} seconds`
  return `Your query ran for more than ${amount} and was stopped. Look for a join without a condition or a recursive CTE that never ends.`
}
