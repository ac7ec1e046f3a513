/**
 * Messages between a SQL sandbox client and the worker that owns sql.js.
 * The same protocol serves the browser Web Worker and the Node worker thread
 * used by the `grade`, `scenarios:check` and `bench` commands.
 */
import type { QueryResult, SqlFailure } from '../engine/types'

/** A dataset as SQLite image bytes, keyed `visible`, `hidden-1`, ... */
export interface DatasetImage {
  key: string
  bytes: Uint8Array
}

export interface RunOptions {
  /** Rows to return; the total count is still reported. */
  maxRows: number
}

export type SandboxRequest =
  /** Replaces the loaded datasets, or with `add` adds these to them (same `asOf`), e.g. the hidden variants after the visible one. */
  | { id: number; type: 'load'; asOf: string; datasets: DatasetImage[]; add?: boolean }
  /** Runs `sql` on a fresh copy of one dataset; the copy is thrown away afterwards. */
  | { id: number; type: 'run'; dataset: string; sql: string; maxRows: number }
  /** `EXPLAIN QUERY PLAN` of the last statement, on a fresh copy. */
  | { id: number; type: 'plan'; dataset: string; sql: string }
  /** The smallest subset of one dataset's rows on which `answer` and `reference` differ (see counterexample/). */
  /** `token` (chosen by the client) ties progress events and a cancel to this search. */
  | ({ id: number; type: 'counterexample'; token: number; dataset: string; answer: string; reference: string } & CounterexampleSearchOptions)

/**
 * Messages outside the request protocol (no id). The client sends `cancel-counterexample`
 * while a search runs; the worker sends `counterexample-progress` after each smaller example.
 */
export type CounterexampleCancel = { type: 'cancel-counterexample'; token: number }
export type CounterexampleProgressEvent = { type: 'counterexample-progress'; token: number; tests: number; rows: number; elapsedMs: number }

/** A request before the client numbers it. */
export type SandboxRequestBody = SandboxRequest extends infer R ? (R extends SandboxRequest ? Omit<R, 'id'> : never) : never

export interface RunResult extends QueryResult {
  /** Rows the query produced, including any not returned. */
  rowCount: number
  truncated: boolean
  elapsedMs: number
  /** SQLite forms for Postgres-isms in a query that ran anyway (see dialect-hints.ts), for a note in the UI. */
  hint?: string
}

export interface PlanNode {
  id: number
  parent: number
  detail: string
}

/** What a counterexample search is told, besides the dataset and the two queries. */
export interface CounterexampleSearchOptions {
  /** Output columns of the reference that fix the row order (the exercise's `orderBy`); none = any order. */
  orderBy?: string[]
  /** Past this the search returns the smallest example found so far, flagged not minimal (default 3,000 ms). */
  timeLimitMs?: number
  /**
   * Both queries' results on the whole dataset when the caller has them (grading just ran
   * them): saves running them again. They only guide the search; every example is re-run.
   */
  results?: { expected: QueryResult; actual: QueryResult }
}

/**
 * A few input rows on which the answer and the reference disagree, with both outputs on them.
 * `tables` holds only the tables either query reads; a table with no row in the example is listed empty.
 */
export interface SqlCounterexample {
  dataset: string
  tables: Record<string, QueryResult>
  expected: QueryResult
  actual: QueryResult
  /** One sentence saying what differs ("On these 2 input rows column ratio should be ..."). */
  sentence: string
  /** Input rows in the example (over all tables). */
  rows: number
  /** True when no single row can be removed without the difference disappearing. */
  minimal: boolean
  /** Why the search ended before proving the example minimal. */
  stopped?: 'time-limit' | 'cancelled'
  /** Candidate databases tried. */
  tests: number
  ms: number
}

/**
 * `found: false` when there is nothing to show: both queries give the same result on this
 * dataset, or one of them fails on it (its error message is the feedback then).
 */
export type CounterexampleResult = { found: true; counterexample: SqlCounterexample } | { found: false; reason: string }

export type SandboxCounterexampleOutcome = { ok: true; result: CounterexampleResult } | { ok: false; failure: SqlFailure }

export type SandboxResponse =
  | { id: number; type: 'loaded'; tables: string[] }
  | { id: number; type: 'counterexample'; result: CounterexampleResult }
  | { id: number; type: 'result'; result: RunResult }
  | { id: number; type: 'plan'; nodes: PlanNode[] }
  | { id: number; type: 'failure'; failure: SqlFailure }

export type SandboxRunOutcome = { ok: true; result: RunResult } | { ok: false; failure: SqlFailure }
export type SandboxPlanOutcome = { ok: true; nodes: PlanNode[] } | { ok: false; failure: SqlFailure }

/**
 * What the app and the Node commands use. Implemented by the browser client (Web Worker)
 * and the Node client (worker thread); both stop a query that runs past `timeoutMs` by
 * terminating the worker, start a new one, reload the datasets, and report a `timeout` failure.
 */
export interface SqlSandbox {
  /**
   * Replaces the loaded datasets (or, with `add`, adds to them: the page opens the visible
   * dataset first and the hidden variants behind it); resolves with the table names of the first one.
   */
  load(asOf: string, datasets: DatasetImage[], options?: { add?: boolean }): Promise<string[]>
  /** Starts the worker (and the SQL engine in it) now, so it boots while the datasets download. */
  start?(): void
  run(dataset: string, sql: string, options?: { maxRows?: number; timeoutMs?: number }): Promise<SandboxRunOutcome>
  plan(dataset: string, sql: string, options?: { timeoutMs?: number }): Promise<SandboxPlanOutcome>
  /**
   * Searches one dataset for the fewest rows on which `answer` and `reference` differ (ddmin,
   * on a scratch copy: the loaded datasets and any verdict are untouched). Aborting `signal`
   * ends the search early with the smallest example so far; `onProgress` hears each smaller one.
   */
  counterexample(dataset: string, answer: string, reference: string, options?: CounterexampleClientOptions): Promise<SandboxCounterexampleOutcome>
  dispose(): void
}

/** Options of `SqlSandbox.counterexample`. */
export interface CounterexampleClientOptions extends CounterexampleSearchOptions {
  signal?: AbortSignal
  onProgress?: (progress: CounterexampleProgress) => void
}

/** How far a search has come: candidate databases tried, rows in the smallest example so far. */
export type CounterexampleProgress = Omit<CounterexampleProgressEvent, 'type' | 'token'>

/** Default time limit for one query. */
export const DEFAULT_TIMEOUT_MS = 5_000
/** Rows the Run grid shows. */
export const DISPLAY_ROW_LIMIT = 1_000
/** Rows a graded answer may return before it is cut off as runaway output. */
export const GRADING_ROW_LIMIT = 100_000
