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

  const client = createWorkerClient<SandboxRequest, SandboxResponse>({
    spawn: options.spawn,
    onSpawned(worker) {
      if (!loaded) return
      const datasets = loaded
      worker.sendFirst({ type: 'load', ...datasets }, loadTimeoutMs, (ending) => {
        if (ending.kind !== 'reply' && loaded === datasets) loaded = null
      })
    },
  })

  return {
    async load(asOf, datasets) {
      const ending = await client.request({ type: 'load', asOf, datasets }, loadTimeoutMs)
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

    dispose: () => client.dispose(),
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
