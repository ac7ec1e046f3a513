import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { SQL_JS_OPTIONS } from '../sql-sandbox/sql-js-options'

let loading: Promise<SqlJsStatic> | undefined

/**
 * Loads sql.js in Node (tests and the `datasets` command). The Node build of sql.js finds
 * its own .wasm next to itself in node_modules, so no locateFile is needed; the browser
 * passes a wasm URL in the SQL worker instead. Same options as the sandbox, so a query
 * behaves the same here as in the app. Loaded once per process.
 */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs(SQL_JS_OPTIONS)
  return loading
}
