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
  | { id: number; type: 'load'; asOf: string; datasets: DatasetImage[] }
  /** Runs `sql` on a fresh copy of one dataset; the copy is thrown away afterwards. */
  | { id: number; type: 'run'; dataset: string; sql: string; maxRows: number }
  /** `EXPLAIN QUERY PLAN` of the last statement, on a fresh copy. */
  | { id: number; type: 'plan'; dataset: string; sql: string }

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

export type SandboxResponse =
  | { id: number; type: 'loaded'; tables: string[] }
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
  /** Replaces the loaded datasets; resolves with the table names of the first one. */
  load(asOf: string, datasets: DatasetImage[]): Promise<string[]>
  run(dataset: string, sql: string, options?: { maxRows?: number; timeoutMs?: number }): Promise<SandboxRunOutcome>
  plan(dataset: string, sql: string, options?: { timeoutMs?: number }): Promise<SandboxPlanOutcome>
  dispose(): void
}

/** Default time limit for one query. */
export const DEFAULT_TIMEOUT_MS = 5_000
/** Rows the Run grid shows. */
export const DISPLAY_ROW_LIMIT = 1_000
/** Rows a graded answer may return before it is cut off as runaway output. */
export const GRADING_ROW_LIMIT = 100_000
