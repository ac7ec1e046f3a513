/**
 * Plain data shared by the grading engine and everything that feeds it.
 * The engine is pure: it never imports React, the DOM, workers or sql.js.
 */

import type { SqlValue } from '../core/sql-value'

export type { SqlValue }

/** A result set: column names and rows, positionally aligned. */
export interface QueryResult {
  columns: string[]
  rows: SqlValue[][]
}

/** Where a learner's query failed, as the sandbox reports it. */
export interface SqlFailure {
  kind: 'error' | 'timeout' | 'too-many-rows'
  message: string
  /** 1-based line in the learner's text, when it can be told. */
  line?: number
  /** A SQLite form of a Postgres-ism the text contains, when one was spotted. */
  hint?: string
}

/** What running an answer on one dataset produced. */
export type RunOutcome = { ok: true; result: QueryResult } | { ok: false; failure: SqlFailure }

export type CheckStatus = 'pass' | 'fail' | 'error'

/** One line of grading output (exercism runner shape). */
export interface Check {
  id: string
  status: CheckStatus
  message: string
}

export type Verdict = 'accepted' | 'rejected'

/** A side-by-side view of the first dataset that disagreed, for the UI's diff. */
export interface ResultDiff {
  dataset: string
  expected: QueryResult
  actual: QueryResult
  /** Rows of `expected` (by index) that the answer lacks. */
  missing: number[]
  /** Rows of `actual` (by index) that the reference lacks. */
  extra: number[]
}

/**
 * Why a rejected answer is wrong, in teaching order: `feedback` already says the symptom (what
 * differs, on which rows or case) and names the concept; the fix is held back here so the page
 * can show it on request or after the same mistake is submitted twice.
 */
export interface Diagnosis {
  /** Stable across Submits, for counting repeats: `mistake:<name>`, `pattern:<rule id>` or `checks:<failed check ids>` (data models). */
  id: string
  /** `check`: a data model's failed checks, whose own fixes make the hint. */
  source: 'known-mistake' | 'pattern' | 'check'
  /** The idea behind the symptom, as one sentence ("your MAU counts user-days, not users."). */
  concept: string
  /** How to fix it (a known mistake's hint). Never part of `feedback`. */
  fix?: string
}

/** The engine's answer to "is this right, and if not, why?" */
export interface Grade {
  verdict: Verdict
  /** 0..100 */
  score: number
  checks: Check[]
  /** Plain sentences for the learner, most useful first. */
  feedback: string[]
  diff?: ResultDiff
  /** A rejection's named concept and held-back fix, when a known mistake or a pattern explains it. */
  diagnosis?: Diagnosis
  /** Python: the first failing case as a runnable snippet (every argument in full), to paste and run. */
  snippet?: string
}
