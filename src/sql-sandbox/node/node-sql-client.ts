/**
 * The SQL sandbox for the Node commands (`grade`, `scenarios:check`, `bench`): sql.js in a
 * worker thread, driven by the shared client (timeouts, restart, reload). The thread is
 * unref'd while idle, so a command that forgets `dispose()` still exits.
 */
import type { SqlSandbox } from '../protocol'
import { threadPort } from '../../workers/thread-port'
import { createSandboxClient, type Port } from '../sandbox-client'

export { createInProcessSqlSandbox } from '../in-process-sql-client'

/** Options of `createNodeSqlSandbox`. */
export interface NodeSqlSandboxOptions {
  /** Time limit of a query when the call gives none (default DEFAULT_TIMEOUT_MS). */
  defaultTimeoutMs?: number
}

/**
 * Creates a sandbox backed by worker threads running the built `sql-thread.mjs`.
 * @param threadUrl the built thread entry; a command built into `.tools/` passes
 *   `new URL('./sql-thread.mjs', import.meta.url)`.
 */
export function createNodeSqlSandbox(threadUrl: URL, options: NodeSqlSandboxOptions = {}): SqlSandbox {
  return createSandboxClient({ spawn: () => spawnThread(threadUrl), defaultTimeoutMs: options.defaultTimeoutMs })
}

/** The client sends one request at a time: the process waits only while one is out. */
function spawnThread(threadUrl: URL): Port {
  return threadPort(threadUrl, 'SQL', { holdsOn: () => true, releasesOn: () => true })
}
