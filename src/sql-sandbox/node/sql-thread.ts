/**
 * Node worker_threads entry of the SQL sandbox (built to `.tools/sql-thread.mjs`).
 * Same engine as the browser worker; it runs in its own thread so a runaway query can be
 * stopped with `worker.terminate()` and so the clock pinning never touches the main thread.
 */
import { parentPort } from 'node:worker_threads'
import initSqlJs from 'sql.js'
import { serveSandboxRequests } from '../handle-request'
import type { CounterexampleCancel, SandboxRequest } from '../protocol'
import { createSqlEngine } from '../sql-engine'
import { SQL_JS_OPTIONS } from '../sql-js-options'

if (!parentPort) throw new Error('sql-thread must run as a worker thread')
const port = parentPort

// Node's sql.js finds its .wasm beside itself in node_modules: no locateFile needed.
const engine = initSqlJs(SQL_JS_OPTIONS).then(createSqlEngine)

// Messages that arrive while sql.js starts wait on the same promise, so they are answered in order.
const serve = serveSandboxRequests(engine, (message) => port.postMessage(message))
port.on('message', (message: SandboxRequest | CounterexampleCancel) => serve(message))
