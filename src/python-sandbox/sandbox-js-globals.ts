/**
 * What Pyodide's `js` module is given instead of the host's globalThis (its default). The
 * harness needs nothing from JavaScript, so it is empty, with no prototype either: a learner who
 * reached it anyway would find no `fetch`, `process`, `indexedDB`, nor a `constructor` to climb
 * to `Function`. harness.py also takes `js` itself out of reach; this is the wall behind that one.
 */
export function createSandboxJsGlobals(): object {
  return Object.freeze(Object.create(null) as object)
}
