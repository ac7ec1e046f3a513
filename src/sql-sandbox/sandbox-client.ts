/**
 * The one client behind every worker-backed `SqlSandbox` (browser Web Worker, Node thread):
 * the shared worker core (src/workers/worker-client.ts: one request at a time, ids, timeouts,
 * restarts) plus what only SQL needs.
 *
 * - sql.js has no interrupt, so a runaway query is stopped by terminating the worker (no
 *   `onTimeout` hook); the core spawns a fresh one at once.
 * - A new worker starts empty, so the loaded datasets are re-sent to it ahead of anything
 *   queued: the next query finds them. A reload that hangs or crashes would do it again on
 *   the next worker, so it is forgotten instead, and runs report the missing dataset.
 */
import {
  type CounterexampleCancel,
  type CounterexampleProgress,
  type CounterexampleProgressEvent,
  type SandboxCounterexampleOutcome,
  DEFAULT_TIMEOUT_MS,
  DISPLAY_ROW_LIMIT,
  type DatasetImage,
  type SandboxPlanOutcome,
  type SandboxResponse,
  type SandboxRunOutcome,
  type SqlSandbox,
  type SandboxRequest,
} from './protocol'
import type { SqlFailure } from '../engine/types'
import { findDialectHints } from './dialect-hints'
import type { Port as GenericPort } from '../workers/port'
import { createWorkerClient, type Ending } from '../workers/worker-client'

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

type SqlEnding = Ending<SandboxResponse>

/** Creates a `SqlSandbox` over workers made by `options.spawn`. */
export function createSandboxClient(options: SandboxClientOptions): SqlSandbox {
  const defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS
  const loadTimeoutMs = options.loadTimeoutMs ?? 60_000
  let loaded: { asOf: string; datasets: DatasetImage[] } | null = null
  // Counterexample searches by token: their progress listeners, and the worker to send a cancel to.
  const listeners = new Map<number, (progress: CounterexampleProgress) => void>()
  let livePort: Port | null = null
  let nextToken = 1

  const client = createWorkerClient<SandboxRequest, SandboxResponse>({
    spawn: () => (livePort = routeProgress(options.spawn(), listeners)),
    onSpawned(worker) {
      if (!loaded) return
      const datasets = loaded
      worker.sendFirst({ type: 'load', ...datasets }, loadTimeoutMs, (ending) => {
        if (ending.kind !== 'reply' && loaded === datasets) loaded = null
      })
    },
  })

  return {
    async load(asOf, datasets, loadOptions = {}) {
      const ending = await client.request({ type: 'load', asOf, datasets, add: loadOptions.add }, loadTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'loaded') {
        // What a new worker must reload: everything loaded so far (an added key replaces its old image).
        const kept = loadOptions.add && loaded ? loaded.datasets.filter((d) => !datasets.some((n) => n.key === d.key)) : []
        loaded = { asOf, datasets: [...kept, ...datasets] }
        return ending.response.tables
      }
      const reason =
        ending.kind === 'timeout' ? `the SQL worker did not answer within ${ending.timeoutMs / 1000} s` : describeFailure(ending).message
      throw new Error(`Could not load the datasets: ${reason}`)
    },

    async run(dataset, sql, runOptions = {}) {
      const maxRows = runOptions.maxRows ?? DISPLAY_ROW_LIMIT
      const ending = await client.request({ type: 'run', dataset, sql, maxRows }, runOptions.timeoutMs ?? defaultTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'result') return { ok: true, result: ending.response.result }
      const failure = describeFailure(ending)
      // The worker adds hints to its own failures; a stopped or crashed run needs them added here.
      const hint = ending.kind === 'reply' ? undefined : findDialectHints(sql)
      return { ok: false, failure: hint ? { ...failure, hint } : failure } satisfies SandboxRunOutcome
    },

    async plan(dataset, sql, planOptions = {}) {
      const ending = await client.request({ type: 'plan', dataset, sql }, planOptions.timeoutMs ?? defaultTimeoutMs)
      if (ending.kind === 'reply' && ending.response.type === 'plan') return { ok: true, nodes: ending.response.nodes }
      return { ok: false, failure: describeFailure(ending) } satisfies SandboxPlanOutcome
    },

    async counterexample(dataset, answer, reference, { signal, onProgress, ...search } = {}) {
      const token = nextToken++
      if (onProgress) listeners.set(token, onProgress)
      // A cancel is not a request: it goes straight to the worker, which may be mid-search.
      const cancel = () => livePort?.post({ type: 'cancel-counterexample', token } satisfies CounterexampleCancel as unknown as SandboxRequest)
      signal?.addEventListener('abort', cancel, { once: true })
      if (signal?.aborted) cancel()
      // The search keeps to its own limit; this one only stops a query that never ends.
      const timeoutMs = (search.timeLimitMs ?? 3_000) + 2 * defaultTimeoutMs
      try {
        const ending = await client.request({ type: 'counterexample', token, dataset, answer, reference, ...search }, timeoutMs)
        if (ending.kind === 'reply' && ending.response.type === 'counterexample') return { ok: true, result: ending.response.result }
        return { ok: false, failure: describeFailure(ending) } satisfies SandboxCounterexampleOutcome
      } finally {
        listeners.delete(token)
        signal?.removeEventListener('abort', cancel)
      }
    },

    start: () => {
      try {
        client.startWorker()
      } catch {
        // A worker that cannot be created fails the first request instead, with its reason.
      }
    },

    dispose: () => client.dispose(),
  }
}

/** Hands a counterexample search's progress events to its listener; everything else to the core. */
function routeProgress(port: Port, listeners: Map<number, (progress: CounterexampleProgress) => void>): Port {
  return {
    ...port,
    post: (request) => port.post(request),
    terminate: () => port.terminate(),
    onError: (listener) => port.onError(listener),
    onMessage(listener) {
      port.onMessage((message) => {
        const event = message as SandboxResponse | CounterexampleProgressEvent
        if (event.type !== 'counterexample-progress') return listener(message)
        const { type: _type, token, ...progress } = event
        listeners.get(token)?.(progress)
      })
    },
  }
}

/** The learner-facing failure for a request that did not produce its expected reply. */
function describeFailure(ending: SqlEnding): SqlFailure {
  switch (ending.kind) {
    case 'reply':
      return ending.response.type === 'failure'
        ? ending.response.failure
        : { kind: 'error', message: `Unexpected reply "${ending.response.type}" from the SQL worker.` }
    case 'timeout':
      return { kind: 'timeout', message: timeoutMessage(ending.timeoutMs) }
    case 'crash':
    case 'unavailable': // spawn threw; SQL has no handshake, so never 'start'
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
