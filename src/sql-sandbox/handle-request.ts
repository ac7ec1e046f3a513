/**
 * Answers protocol messages with a `SqlEngine`. The browser worker, the Node thread and the
 * in-process sandbox all use this, so the three answer identically.
 */
import type { CounterexampleCancel, CounterexampleProgressEvent, SandboxRequest, SandboxResponse } from './protocol'
import type { SqlEngine } from './sql-engine'

/** What a host posts back: replies, and progress events of a counterexample search. */
export type HostMessage = SandboxResponse | CounterexampleProgressEvent

/**
 * The message loop of a worker host (browser Web Worker, Node thread): answers requests in
 * order once the engine has started, and routes a `cancel-counterexample` to the search
 * that runs. The client sends one request at a time, so only a cancel arrives mid-search.
 */
export function serveSandboxRequests(engine: Promise<SqlEngine>, post: (message: HostMessage) => void): (message: SandboxRequest | CounterexampleCancel) => void {
  // A cancel may come before its search starts (it was queued): remember it until then.
  const searches = new Map<number, AbortController>()
  const controllerOf = (token: number): AbortController => {
    let controller = searches.get(token)
    if (!controller) searches.set(token, (controller = new AbortController()))
    return controller
  }
  return (message) => {
    if (message.type === 'cancel-counterexample') return controllerOf(message.token).abort()
    const request = message
    engine.then(
      async (ready) => {
        if (request.type !== 'counterexample') return post(handleSandboxRequest(ready, request))
        try {
          post(await answerCounterexample(ready, request, controllerOf(request.token).signal, post))
        } finally {
          searches.delete(request.token)
        }
      },
      (error: unknown) => post(startupFailure(request, error)),
    )
  }
}

/** Runs a counterexample search; never throws (failures become `failure` responses). */
export async function answerCounterexample(
  engine: SqlEngine,
  request: Extract<SandboxRequest, { type: 'counterexample' }>,
  signal: AbortSignal | undefined,
  post: (message: CounterexampleProgressEvent) => void,
): Promise<SandboxResponse> {
  const { id, type: _type, token, ...search } = request
  try {
    const result = await engine.counterexample(search, { signal, onProgress: (p) => post({ type: 'counterexample-progress', token, ...p }) })
    return { id, type: 'counterexample', result }
  } catch (error) {
    return { id, type: 'failure', failure: { kind: 'error', message: error instanceof Error ? error.message : String(error) } }
  }
}

/** Handles one request synchronously; never throws (failures become `failure` responses). */
export function handleSandboxRequest(engine: SqlEngine, request: SandboxRequest): SandboxResponse {
  const { id } = request
  try {
    switch (request.type) {
      case 'load':
        return { id, type: 'loaded', tables: engine.load(request.asOf, request.datasets, { add: request.add }) }
      case 'run': {
        const outcome = engine.run(request.dataset, request.sql, { maxRows: request.maxRows })
        return outcome.ok ? { id, type: 'result', result: outcome.result } : { id, type: 'failure', failure: outcome.failure }
      }
      case 'plan': {
        const outcome = engine.plan(request.dataset, request.sql)
        return outcome.ok ? { id, type: 'plan', nodes: outcome.nodes } : { id, type: 'failure', failure: outcome.failure }
      }
      case 'counterexample':
        return { id, type: 'failure', failure: { kind: 'error', message: 'A counterexample search is asynchronous: use answerCounterexample.' } }
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
