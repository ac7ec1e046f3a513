import type { SqlJsConfig } from 'sql.js'

/**
 * Options for `initSqlJs` in the worker and the thread. sql.js 1.16 registers the legacy
 * extension functions (floor, sqrt, median, stdev, ...) over SQLite's native ones by default,
 * printing a deprecation warning on each use; we take the native ones so results match native
 * SQLite (the `bench` comparison, reviewers' sqlite3) and the console stays quiet.
 * `@types/sql.js` does not know the option yet, hence the cast.
 */
export const SQL_JS_OPTIONS = { useOldExtensionFunctions: false } as SqlJsConfig
