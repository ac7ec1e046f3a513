/**
 * The sql.js-owning core shared by the browser Web Worker, the Node worker thread and the
 * in-process sandbox. It takes the `SqlJsStatic` from `initSqlJs` as a parameter so it has
 * no environment-specific imports.
 *
 * Why fresh copies: a learner's answer may hold DDL/DML (`DROP TABLE`, `UPDATE`). Grading
 * must never see its effects, so every run opens a new in-memory database from the dataset's
 * bytes and closes it afterwards (a few ms per MB; see README.md).
 */
import type { Database, SqlJsStatic, SqlValue as SqlJsValue, Statement } from 'sql.js'
import type { SqlFailure, SqlValue } from '../engine/types'
import {
  DISPLAY_ROW_LIMIT,
  GRADING_ROW_LIMIT,
  type CounterexampleProgress,
  type CounterexampleResult,
  type CounterexampleSearchOptions,
  type DatasetImage,
  type PlanNode,
  type RunResult,
  type SandboxPlanOutcome,
  type SandboxRunOutcome,
} from './protocol'
import { findDialectHints } from './dialect-hints'
import { locateSqlError } from './error-location'
import { registerSqlFunctions } from './sql-functions'
import { maskSqlText } from '../core/sql-tokens'
import { searchCounterexample } from './counterexample/search-counterexample'

/** The failure message for empty, whitespace-only or comment-only text. */
export const EMPTY_ANSWER = 'Your answer is empty.'
/** The failure message for text with no statement that returns rows (e.g. only `DROP TABLE`). */
export const NO_RESULT_ANSWER = 'Your answer ran, but it does not end with a query that returns rows.'

/** Per-run limits of `SqlEngine.run`. */
export interface EngineRunOptions {
  /** Rows to return (default DISPLAY_ROW_LIMIT); the rest are counted, not kept. */
  maxRows?: number
  /** Rows counted before the run is stopped as runaway output (default GRADING_ROW_LIMIT). */
  rowLimit?: number
}

/** Loaded datasets plus the operations on them. Synchronous: it runs on the thread it is given. */
export interface SqlEngine {
  /**
   * Replaces the loaded datasets (all or nothing; with `add`, keeps the loaded ones and adds
   * these) and pins "today" to `asOf` ('YYYY-MM-DD', midnight UTC). Returns the table names of
   * the first dataset. Throws on a bad image.
   */
  load(asOf: string, datasets: DatasetImage[], options?: { add?: boolean }): string[]
  /** Runs `sql` on a fresh copy of `dataset` and returns the last result set that has columns. */
  run(dataset: string, sql: string, options?: EngineRunOptions): SandboxRunOutcome
  /** `EXPLAIN QUERY PLAN` of the last query in `sql`, on a fresh copy (earlier DDL is applied). */
  plan(dataset: string, sql: string): SandboxPlanOutcome
  /**
   * The fewest rows of `dataset` on which `answer` and `reference` differ, tried on a scratch
   * database (the loaded images are only read). Asynchronous so a cancel message can arrive.
   */
  counterexample(
    request: { dataset: string; answer: string; reference: string } & CounterexampleSearchOptions,
    hooks?: { signal?: AbortSignal; onProgress?: (progress: CounterexampleProgress) => void },
  ): Promise<CounterexampleResult>
}

/** Creates an engine over an initialised sql.js module. */
export function createSqlEngine(SQL: SqlJsStatic): SqlEngine {
  let images = new Map<string, Uint8Array>()
  let nowMs = Date.parse('2024-06-30T00:00:00Z')

  /** Opens a throw-away copy, with our functions, for one call; always closes it. */
  function withCopy<T>(key: string, use: (db: Database) => T): T | SqlFailure {
    const bytes = images.get(key)
    if (!bytes) return failure(`No dataset named "${key}" is loaded.`)
    const db = new SQL.Database(bytes)
    try {
      registerSqlFunctions(db)
      return withPinnedClock(nowMs, () => use(db))
    } finally {
      db.close()
    }
  }

  return {
    load(asOf, datasets, options = {}) {
      const pinned = Date.parse(`${asOf}T00:00:00Z`)
      if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(pinned)) throw new Error(`Bad as-of date "${asOf}".`)
      const tables = datasets.map((d) => readTables(SQL, d))
      images = new Map([...(options.add ? images : []), ...datasets.map((d): [string, Uint8Array] => [d.key, d.bytes])])
      nowMs = pinned
      return tables[0] ?? []
    },

    run(dataset, sql, options = {}) {
      if (maskSqlText(sql).trim() === '') return { ok: false, failure: failure(EMPTY_ANSWER) }
      const maxRows = Math.max(0, options.maxRows ?? DISPLAY_ROW_LIMIT)
      const rowLimit = Math.max(1, options.rowLimit ?? GRADING_ROW_LIMIT)
      const outcome = withCopy(dataset, (db) => executeText(db, sanitize(sql), maxRows, rowLimit))
      const hint = findDialectHints(sql, 'kind' in outcome ? outcome.message : undefined)
      if ('kind' in outcome) return { ok: false, failure: hint ? { ...outcome, hint } : outcome }
      return { ok: true, result: hint ? { ...outcome, hint } : outcome }
    },

    plan(dataset, sql) {
      if (maskSqlText(sql).trim() === '') return { ok: false, failure: failure(EMPTY_ANSWER) }
      const text = sanitize(sql)
      const outcome = withCopy(dataset, (db) => explainLastQuery(db, text))
      return Array.isArray(outcome) ? { ok: true, nodes: outcome } : { ok: false, failure: outcome }
    },

    async counterexample(request, hooks = {}) {
      const image = images.get(request.dataset)
      if (!image) return { found: false, reason: `No dataset named "${request.dataset}" is loaded.` }
      const pinned = nowMs
      return searchCounterexample(
        {
          SQL,
          image,
          runOnDataset: (sql) => this.run(request.dataset, sql, { maxRows: GRADING_ROW_LIMIT }),
          runOn: (db, sql) => withPinnedClock(pinned, () => executeText(db, sanitize(sql), GRADING_ROW_LIMIT, GRADING_ROW_LIMIT)),
          ...hooks,
        },
        request,
      )
    },
  }
}

/**
 * sql.js reads the clock through `Date.now()`, so CURRENT_DATE, date('now'), datetime('now')
 * and CURRENT_TIMESTAMP follow it. Patch it only for the duration of the (synchronous) call
 * and restore it, so timing code elsewhere in the same thread keeps the real clock.
 */
function withPinnedClock<T>(nowMs: number, fn: () => T): T {
  const realNow = Date.now
  Date.now = () => nowMs
  try {
    return fn()
  } finally {
    Date.now = realNow
  }
}

/** Runs every statement; keeps the last one with columns. Rows are stepped one at a time. */
function executeText(db: Database, text: string, maxRows: number, rowLimit: number): RunResult | SqlFailure {
  const statements = statementsOf(db, text)
  const started = performance.now()
  let last: Omit<RunResult, 'elapsedMs'> | undefined
  try {
    for (const stmt of statements) {
      const columns = stmt.getColumnNames()
      if (columns.length === 0) {
        while (stmt.step()) {
          /* DDL/DML: step to completion */
        }
        continue
      }
      const rows: SqlValue[][] = []
      let rowCount = 0
      while (stmt.step()) {
        // Stop at the cap instead of materialising runaway output (e.g. a 3M-row recursive CTE).
        if (rowCount === rowLimit) return tooManyRows(rowLimit)
        rowCount++
        if (rows.length < maxRows) rows.push(readRow(stmt))
      }
      last = { columns, rows, rowCount, truncated: rowCount > rows.length }
    }
  } catch (error) {
    return { kind: 'error', ...locateSqlError(text, statements.start, messageOf(error)) }
  }
  if (!last) return failure(NO_RESULT_ANSWER)
  return { ...last, elapsedMs: performance.now() - started }
}

/** Applies the statements without result columns (so CREATE TEMP TABLE etc. exist), then explains the last query. */
function explainLastQuery(db: Database, text: string): PlanNode[] | SqlFailure {
  const statements = statementsOf(db, text)
  let lastQuery: string | undefined
  try {
    for (const stmt of statements) {
      if (stmt.getColumnNames().length > 0) lastQuery = stmt.getSQL()
      else while (stmt.step()) continue
    }
  } catch (error) {
    return { kind: 'error', ...locateSqlError(text, statements.start, messageOf(error)) }
  }
  if (lastQuery === undefined) return failure(NO_RESULT_ANSWER)
  try {
    const stmt = db.prepare(`EXPLAIN QUERY PLAN ${lastQuery}`)
    const nodes: PlanNode[] = []
    // Columns: id, parent, notused, detail.
    while (stmt.step()) {
      const [id, parent, , detail] = stmt.get()
      nodes.push({ id: Number(id), parent: Number(parent), detail: String(detail) })
    }
    return nodes
  } catch (error) {
    return failure(messageOf(error))
  }
}

/**
 * The statements of `text`, prepared one at a time (each may depend on the DDL before it),
 * plus `start`: where in `text` the statement being prepared or run begins, so an error can
 * be put on its line. Each statement's own text (`getSQL()`, from the end of the previous one
 * through its `;`) advances `start`; asking sql.js for the remaining text instead would
 * decode the rest of the text once per statement (quadratic on a long script).
 */
function statementsOf(db: Database, text: string): Iterable<Statement> & { start: number } {
  const iterator = db.iterateStatements(text)
  const cursor = {
    start: 0,
    *[Symbol.iterator](): Iterator<Statement> {
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        yield next.value
        cursor.start += next.value.getSQL().length
      }
    },
  }
  return cursor
}

function readTables(SQL: SqlJsStatic, image: DatasetImage): string[] {
  let db: Database | undefined
  try {
    db = new SQL.Database(image.bytes)
    const result = db.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return result.length > 0 ? result[0].values.map((row) => String(row[0])) : []
  } catch (error) {
    throw new Error(`Dataset "${image.key}" is not a readable SQLite database: ${messageOf(error)}`)
  } finally {
    db?.close()
  }
}

/** BLOBs never occur in our datasets; one an answer makes (randomblob) is shown as hex. */
function readRow(stmt: Statement): SqlValue[] {
  return stmt.get().map((v: SqlJsValue) => (v instanceof Uint8Array ? toHex(v) : v))
}

function toHex(bytes: Uint8Array): string {
  return `x'${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase()}'`
}

/**
 * SQLite reads the text as a C string: a NUL (binary junk) would silently end it early, and a
 * lone UTF-16 surrogate does not survive the trip through UTF-8, which would shift the
 * offsets we use for error lines. Both are replaced one-for-one, so offsets stay the same.
 */
function sanitize(text: string): string {
  return text.replace(/\0/g, ' ').replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
}

function tooManyRows(limit: number): SqlFailure {
  const n = limit.toLocaleString('en-US')
  return {
    kind: 'too-many-rows',
    message: `Your query returned more than ${n} rows, so it was stopped at ${n}. Look for a join without a condition or a missing filter.`,
  }
}

function failure(message: string): SqlFailure {
  return { kind: 'error', message }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
