/**
 * Closes a Web Worker's ways out once the heavy thing it owns (sql.js, Pyodide) has loaded.
 *
 * Why: a `<meta>` Content-Security-Policy governs the page, not its workers; a worker's policy
 * comes from the headers its script is served with, and a plain static host sends none. The
 * interpreter's seal (harness.py) keeps learner code away from JavaScript, but it is best effort
 * (tests/hostile/answers/ffi-dig.py digs past it). Behind it, the worker itself keeps nothing that
 * reaches the network or the origin's storage: each name below is deleted wherever it lives on the
 * global object's prototype chain (`WorkerGlobalScope.prototype.fetch` too), then pinned on the
 * global object as `undefined`, non-writable and non-configurable, so code that gets here cannot
 * put it back. Called at the end of start-up: loading sql.js and Pyodide needs `fetch`.
 *
 * Not closable from JavaScript: dynamic `import()` (a module worker can still request a URL with
 * it). Only a CSP header on the worker's script closes that; see docs/security.md and public/_headers.
 */
export const WORKER_EXITS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'WebTransport',
  'EventSource',
  'importScripts',
  'indexedDB',
  'caches',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
] as const

/** Removes `names` from `scope` and its prototype chain and pins them as `undefined`; returns the names it found. */
export function lockDownWorkerScope(scope: object = globalThis, names: readonly string[] = WORKER_EXITS): string[] {
  const found: string[] = []
  for (const name of names) {
    let present = false
    for (let holder: object | null = scope; holder !== null; holder = Object.getPrototypeOf(holder) as object | null) {
      if (!Object.prototype.hasOwnProperty.call(holder, name)) continue
      present = true
      // WebIDL members are configurable: deleting them takes the original out of reach for good.
      if (!Reflect.deleteProperty(holder, name)) Reflect.defineProperty(holder, name, { value: undefined, writable: false })
    }
    if (present) found.push(name)
    Reflect.defineProperty(scope, name, { value: undefined, writable: false, enumerable: false, configurable: false })
  }
  return found
}
