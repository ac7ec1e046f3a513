/**
 * Plain data of the data-model grader. The engine never runs SQL itself: the grader (src/grading/
 * model-grader.ts) runs what the engine plans in the SQL sandbox and hands the outcomes back.
 *
 * Flow: parseDdl(answer) -> the sandbox runs `ParsedDdl.sql` plus SCHEMA_QUERY ->
 * readSchemaSnapshot(...) -> planModelProbes(spec, snapshot) -> the sandbox runs each probe ->
 * gradeDataModel(spec, snapshot, outcomes) -> a Grade with checks and both ER diagrams.
 */
import type { Check, Grade } from '../types'

// ---------------------------------------------------------------- the answer as written

/** An inline `INDEX name (cols)` (or MySQL `KEY name (cols)`) from a column list. */
export interface DeclaredIndex {
  name: string
  columns: string[]
  unique: boolean
}

/** What the answer declared about one table beyond what SQLite keeps. */
export interface DeclaredTable {
  name: string
  /** 1-based line of `CREATE TABLE` (or of the table name, when the keyword was left out). */
  line: number
  /** Columns of `PARTITION BY ...` / `PARTITIONED BY (...)` after the column list, in order. */
  partitionBy: string[]
  /** Inline indexes (removed from the SQLite text; they become CREATE INDEX statements). */
  indexes: DeclaredIndex[]
  /** Other clauses after the column list that were read and set aside, as written ("CLUSTER BY user_id"). */
  options: string[]
}

/** The answer made executable by SQLite, plus what it declared that SQLite does not keep. */
export interface ParsedDdl {
  /**
   * SQLite text with the same line numbering as the answer (clauses SQLite lacks are blanked
   * out, not removed), so a SQLite error's line is the learner's line. Ends with the CREATE
   * INDEX statements for inline indexes, after the last line of the answer.
   */
  sql: string
  /** Every CREATE TABLE of the answer, in order. */
  tables: DeclaredTable[]
  /** Leniencies applied, for the learner ("Read `fact_x (` as `CREATE TABLE fact_x (`."). */
  notes: string[]
}

export interface DdlError {
  message: string
  /** 1-based line in the answer. */
  line: number
}

export type ParseDdlOutcome = { ok: true; ddl: ParsedDdl } | { ok: false; error: DdlError }

// ---------------------------------------------------------------- the schema as created

export interface SchemaColumn {
  name: string
  /** The declared type as written, upper-cased: `VARCHAR(50)`, `BIGINT`, `DECIMAL(5,2)`, `` when none. */
  type: string
  /** Declared NOT NULL, or part of the PRIMARY KEY (standard SQL: a key column is never NULL). */
  notNull: boolean
  /** Part of the PRIMARY KEY. */
  primaryKey: boolean
}

export interface SchemaTable {
  name: string
  columns: SchemaColumn[]
  /** PRIMARY KEY columns in key order; empty when none. */
  primaryKey: string[]
  /** UNIQUE constraints and unique indexes other than the primary key. */
  uniqueKeys: string[][]
  /** From the answer's PARTITION BY clause. */
  partitionBy: string[]
  /** Non-unique indexes: inline ones and CREATE INDEX statements. */
  indexes: string[][]
  /** Declared FOREIGN KEY / REFERENCES constraints, one per column pair (read back with pragma_foreign_key_list). */
  foreignKeys?: DeclaredForeignKey[]
}

/** `column REFERENCES table (to)`; `to` is the referenced table's primary key when the answer names no column. */
export interface DeclaredForeignKey {
  column: string
  table: string
  to: string
}

/** The tables an answer created, read back from SQLite. */
export interface SchemaSnapshot {
  tables: SchemaTable[]
}

// ---------------------------------------------------------------- what a scenario expects

/** One table the model needs, by its role ("session fact"), not by its name. */
export interface EntitySpec {
  /** Stable id: `session-fact`, `user-dimension`. */
  role: string
  /** Words for feedback: "session fact". */
  label: string
  kind: 'fact' | 'dimension'
  /** The reference schema's table for this role. */
  reference: string
  /**
   * Words that name a table in this role: a table matches when its name's words (split on `_`,
   * plurals folded, `fact`/`dim`/`tbl` prefixes ignored) include every word of one alternative.
   * `[['session'], ['visit']]`.
   */
  nameHints: string[][]
  /**
   * The grain: which columns identify one row. Alternatives, each a list of reference column
   * names (synonyms apply), first preferred: `[['session_id']]`, `[['user_id', 'activity_date']]`.
   */
  grain: string[][]
  /** "one row per session". */
  grainLabel: string
  /**
   * Reference columns the grain determines (a conversion's `user_id`): a duplicate row shares
   * them, so a key that also names them still holds the grain.
   */
  dependent?: string[]
  /** Reference columns that hold numbers to add up or average; each present one must be numeric. */
  measures: string[]
  /**
   * Large facts only: reference columns any of which is a good date partition
   * (`['date_partition', 'activity_date']`). Absent for dimensions and small facts.
   */
  partition?: string[]
  /** Foreign keys by name: this table's `column` joins `entity`'s key (both reference names). */
  references: { column: string; entity: string }[]
  /** A model without this entity is rejected. */
  required: boolean
}

/** A question the model should answer: SQL over the reference names, rewritten to the answer's names. */
export interface ModelQuestion {
  id: string
  /** "DAU per day". */
  label: string
  sql: string
}

export interface ModelSpec {
  /** The exercise this spec grades: `feed-engagement/data-model`. */
  id: string
  entities: EntitySpec[]
  /**
   * Other names accepted for a reference column, keyed by the reference name:
   * `{ activity_date: ['date', 'ds', 'event_date', 'day'] }`. Matching ignores case.
   */
  synonyms: Record<string, string[]>
  /** Probe queries beyond the scenario's SQL exercises (which the grader adds). */
  questions: ModelQuestion[]
  /** 0..100: a score at or above it is accepted (when no required check failed). */
  passMark: number
}

// ---------------------------------------------------------------- probes and the grade

/** A statement list the grader runs after the answer's DDL, on a fresh empty database. */
export interface ModelProbe {
  id: string
  /** SQL appended to `ParsedDdl.sql` (its own lines). */
  sql: string
}

/** What a probe did: ran, or failed with SQLite's message. */
export type ProbeOutcome = { ok: true } | { ok: false; message: string }

/** One table of an ER diagram. */
export interface ErTable {
  name: string
  /** The role it plays ("session fact"), when matched. */
  role?: string
  kind?: 'fact' | 'dimension'
  /** `unique`: a single-column UNIQUE key (drawn as unique, not as the key). */
  columns: { name: string; type: string; primaryKey: boolean; unique?: boolean; foreignKey: boolean; missing?: boolean }[]
  /** In the reference diagram: no table of the answer plays this role. */
  missing?: boolean
}

export interface ErEdge {
  from: { table: string; column: string }
  to: { table: string; column: string }
  /** In the reference diagram: the answer has no such relationship. */
  missing?: boolean
}

export interface ErSchema {
  tables: ErTable[]
  edges: ErEdge[]
}

/** A data-model grade: the usual Grade plus both diagrams and each check's weight. */
export interface ModelGrade extends Grade {
  checks: ModelCheck[]
  diagrams: { answer: ErSchema; reference: ErSchema }
  /** Which of the scenario's questions the schema can answer. */
  questions: { id: string; label: string; answerable: boolean; reason?: string }[]
  /** The known-wrong design this answer fails exactly like, when exactly one does. */
  knownMistake?: KnownModelMistake
}

export interface ModelCheck extends Check {
  /** Share of the score. */
  weight: number
  /** A failure rejects the answer whatever the score. */
  required: boolean
  /**
   * How a failed grain check fails: `missing-table`, `no-column`, `no-key`, `surrogate` (keyed
   * on columns outside the grain), `wider`, `narrower` or `declared` (judged from the keys as
   * declared). Known-wrong designs are recognised by it (see failureSignature).
   */
  kind?: string
  /**
   * What to change, for a failed check: held back from `message` (the symptom) so the page can
   * offer it as the hint on request or when the same failure comes back (tiered feedback).
   */
  fix?: string
}

/** A known-wrong design as the engine needs it to name a mistake. */
export interface KnownModelMistake {
  name: string
  mistake: string
  hint: string
}
