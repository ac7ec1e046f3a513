/**
 * A `SqlSandbox` that runs sql.js on the calling thread: no worker, no message copies.
 * For fast unit tests and for places where no worker/thread is available.
 *
 * It CANNOT stop a runaway query: sql.js has no interrupt, and only terminating the thread
 * that runs it stops it. `timeoutMs` is ignored, and `WITH RECURSIVE r(x) AS (SELECT 1
 * UNION ALL SELECT x+1 FROM r) SELECT count(*) FROM r` blocks the caller forever.
 * Use the worker-backed sandboxes for learner answers.
 */
import type { SqlJsStatic } from 'sql.js'
import type { SqlFailure } from '../engine/types'
import { answerCounterexample, handleSandboxRequest } from './handle-request'
import { DISPLAY_ROW_LIMIT, type SandboxRequest, type SandboxRequestBody, type SandboxResponse, type SqlSandbox } from './protocol'
import { createSqlEngine } from './sql-engine'

/** Creates an in-process sandbox over an initialised sql.js module (see the caveat above). */
export function createInProcessSqlSandbox(SQL: SqlJsStatic): SqlSandbox {
  const engine = createSqlEngine(SQL)
  let nextId = 1
  let disposed = false
  // Answer on a later tick, like a worker would, so callers never depend on synchronous replies.
  const ask = async (request: SandboxRequestBody): Promise<SandboxResponse> => {
    await Promise.resolve()
    if (disposed) return { id: 0, type: 'failure', failure: { kind: 'error', message: 'The SQL sandbox was closed.' } }
    return handleSandboxRequest(engine, { ...request, id: nextId++ } as SandboxRequest)
  }
  return {
    async load(asOf, datasets, options = {}) {
      const response = await ask({ type: 'load', asOf, datasets, add: options.add })
      if (response.type === 'loaded') return response.tables
      throw new Error(`Could not load the datasets: ${response.type === 'failure' ? response.failure.message : response.type}`)
    },
    async run(dataset, sql, options = {}) {
      const response = await ask({ type: 'run', dataset, sql, maxRows: options.maxRows ?? DISPLAY_ROW_LIMIT })
      if (response.type === 'result') return { ok: true, result: response.result }
      return { ok: false, failure: failureOf(response) }
    },
    async plan(dataset, sql) {
      const response = await ask({ type: 'plan', dataset, sql })
      if (response.type === 'plan') return { ok: true, nodes: response.nodes }
      return { ok: false, failure: failureOf(response) }
    },
    async counterexample(dataset, answer, reference, { signal, onProgress, ...search } = {}) {
      await Promise.resolve()
      const request = { id: nextId++, type: 'counterexample' as const, token: 0, dataset, answer, reference, ...search }
      const response = await answerCounterexample(engine, request, signal, (event) => onProgress?.({ tests: event.tests, rows: event.rows, elapsedMs: event.elapsedMs }))
      if (response.type === 'counterexample') return { ok: true, result: response.result }
      return { ok: false, failure: failureOf(response) }
    },
    dispose() {
      disposed = true
    },
  }
}

function failureOf(response: SandboxResponse): SqlFailure {
  return response.type === 'failure' ? response.failure : { kind: 'error' as const, message: `Unexpected reply "${response.type}".` }
}
