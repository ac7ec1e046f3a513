/**
 * Browser Web Worker that owns sql.js. Thin on purpose: protocol in, protocol out; the work
 * is in sql-engine.ts, shared with the Node thread.
 */
import initSqlJs from 'sql.js'
// The browser build of sql.js (sql-wasm-browser.js, picked by the package's "browser"
// export) looks for sql-wasm-browser.wasm; bundle that exact file, served by us (no CDN).
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url'
import { serveSandboxRequests } from './handle-request'
import type { CounterexampleCancel, SandboxRequest } from './protocol'
import { createSqlEngine } from './sql-engine'
import { SQL_JS_OPTIONS } from './sql-js-options'
import { lockDownWorkerScope } from '../workers/lockdown'

// Once sql.js has loaded its wasm, the worker needs no network: datasets arrive as messages.
const engine = initSqlJs({ ...SQL_JS_OPTIONS, locateFile: () => wasmUrl }).then((SQL) => {
  lockDownWorkerScope(self)
  return createSqlEngine(SQL)
})

// Requests that arrive while sql.js starts wait on the same promise, so replies keep their order.
const serve = serveSandboxRequests(engine, (message) => self.postMessage(message))
self.addEventListener('message', (event: MessageEvent<SandboxRequest | CounterexampleCancel>) => serve(event.data))
