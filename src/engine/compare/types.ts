import type { SqlValue } from '../types'

export interface CompareOptions {
  /**
   * Positional column indexes of the expected result that define its order. `undefined`
   * compares the rows as a multiset; `[]` means "ordered, but every row ties", which is
   * also a multiset comparison.
   */
  orderBy?: number[]
}

/**
 * Column `column` (0-based) has another name in the answer. A note, never a failure; none
 * are given on a column-count mismatch, where positions do not line up.
 */
export interface NameNote {
  column: number
  expected: string
  actual: string
}

/** Column `column` holds values of another kind than the expected one (`'3'` vs `3`). */
export interface TypeNote {
  column: number
  expected: 'number' | 'text'
  actual: 'number' | 'text'
  /** Rows of the answer whose value in this column has the unexpected kind. */
  rows: number
  /** The first such value, as the answer holds it. */
  example: SqlValue
}

/** One column's share of the smallest difference between same-sized results. */
export interface ColumnDifference {
  column: number
  /** Row pairs that differ in this column. */
  rows: number
  /** The pair with the lowest row index in the answer. */
  first: {
    expectedRow: number
    actualRow: number
    expected: SqlValue
    actual: SqlValue
    /** A column that agrees in this pair and tells the learner which row it is (a key, ideally). */
    context?: { column: number; value: SqlValue }
  }
}

/**
 * When both results have the same number of rows but some differ, each missing row is paired
 * with the extra row it most resembles (sharing the most columns), and the differences are
 * counted per column: "column dau_mau_ratio differs in 12 rows".
 */
export interface SmallestDifference {
  /** Row pairs compared (= missing.length = extra.length). */
  rows: number
  /** Only the columns that differ in at least one pair, in column order. */
  columns: ColumnDifference[]
  /**
   * True when every pair agrees on at least half of its columns, i.e. the pairs really look
   * like "the same row with a wrong value". When false, listing missing and extra rows
   * explains the difference better than per-column counts.
   */
  nearMatch: boolean
}

/** The answer has rows in another order than the statement asks for. */
export interface OrderDifference {
  /** 0-based position of the first row that is out of place. */
  position: number
}

/** Everything `compareResultSets` found. All row indexes are 0-based. */
export interface Comparison {
  equal: boolean
  /** Set when the answer has another number of columns: always a failure. */
  columnCountMismatch?: { expected: number; actual: number }
  nameNotes: NameNote[]
  typeNotes: TypeNote[]
  /** Rows of the expected result that the answer lacks (all of them on a column-count mismatch). */
  missing: number[]
  /** Rows of the answer that the expected result lacks (all of them on a column-count mismatch). */
  extra: number[]
  /** Same multiset of rows, wrong order (only when ordered). */
  orderOnly: boolean
  /** Where the order first goes wrong, when `orderOnly`. */
  firstOrderDifference?: OrderDifference
  /** Set when the row counts match, the columns match in number, and some rows differ. */
  smallestDifference?: SmallestDifference
}
