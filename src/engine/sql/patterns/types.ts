import type { Comparison } from '../../compare/types'
import type { QueryResult } from '../../types'

/** What a pattern rule may look at: one dataset's results, their comparison, and the queries' text. */
export interface PatternInput {
  expected: QueryResult
  actual: QueryResult
  comparison: Comparison
  /** A hidden dataset: a finding may name columns and the learner's own literals, never the data's values. */
  hidden: boolean
  orderByNames?: readonly string[]
  /** Output columns that identify a row; defaults to the first column. */
  keyNames?: readonly string[]
  answerSql?: string
  referenceSql?: string
}

/** A concept that explains the difference, and its fix (held back until asked for). */
export interface PatternFinding {
  /** The rule's id: `left-join-filter`, `fan-out`, ... */
  rule: string
  concept: string
  fix?: string
}

/** One small pure rule: fires on its mistake, silent otherwise. */
export type PatternRule = (input: PatternInput) => PatternFinding | undefined
