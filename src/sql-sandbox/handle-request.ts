/**
 * Answers protocol messages with a `SqlEngine`. The browser worker, the Node thread and the
 * in-process sandbox all use this, so the three answer identically.
 */
import type { SandboxRequest, SandboxResponse } from './protocol'
import type { SqlEngine } from './sql-engine'

/** Handles one request synchronously; never throws (failures become `failure` responses). */
export function handleSandboxRequest(engine: SqlEngine, request: SandboxRequest): SandboxResponse {
  const { id } = request
  try {
    switch (request.type) {
      case 'load':
        return { id, type: 'loaded', tables: engine.load(request.asOf, request.datasets) }
      case 'run': {
        const outcome = engine.run(request.dataset, request.sql, { maxRows: request.maxRows })
        return outcome.ok ? { id, type: 'result', result: outcome.result } : { id, type: 'failure', failure: outcome.failure }
      }
      case 'plan': {
        const outcome = engine.plan(request.dataset, request.sql)
        return outcome.ok ? { id, type: 'plan', nodes: outcome.nodes } : { id, type: 'failure', failure: outcome.failure }
      }
      default:
        return { id, type: 'failure', failure: { kind: 'error', message: `Unknown request ${JSON.stringify(request)}` } }
    }
  } catch (error) {
    return { id, type: 'failure', failure: { kind: 'error', message: error instanceof Error ? error.message : String(error) } }
  }
}

/** The reply to every request when sql.js itself failed to start. */
export function startupFailure(request: SandboxRequest, error: unknown): SandboxResponse {
  const reason = error instanceof Error ? error.message : String(error)
  return { id: request.id, type: 'failure', failure: { kind: 'error', message: `The SQL engine could not start: ${reason}` } }
}
