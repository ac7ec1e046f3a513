import type { SqlValue } from '../core/sql-value'

/** One column of a generated table. `type` is the SQLite declared type. */
export interface ColumnSpec {
  name: string
  type: 'INTEGER' | 'REAL' | 'TEXT'
  notNull?: boolean
  /** Shown in the schema explorer. */
  description?: string
}

export interface IndexSpec {
  name: string
  columns: string[]
}

export interface TableSpec {
  name: string
  description: string
  columns: ColumnSpec[]
  primaryKey?: string[]
  indexes?: IndexSpec[]
  /**
   * Store the table clustered on its primary key (SQLite `WITHOUT ROWID`): no hidden rowid
   * and no separate primary-key index, which keeps wide-keyed fact tables small.
   */
  withoutRowid?: boolean
}

/** A row keyed by column name. */
export type Row = Record<string, SqlValue>

/** Everything a scenario's generator produces for one seed. */
export interface Dataset {
  tables: Record<string, Row[]>
}

/** One dataset a scenario is graded on: the visible one and hidden variants. */
export interface DatasetVariant {
  /** `visible`, `hidden-1`, `hidden-2`, ... (file name and feedback label). */
  key: string
  seed: number
  /** Relative size, 1 = the visible dataset's size. */
  scale?: number
}

/** A scenario's seeded generator: same seed and scale, same rows, in the same order. */
export type DatasetGenerator = (variant: DatasetVariant) => Dataset
