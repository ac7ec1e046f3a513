import { formatValue, rowKey, valueKind } from '../../compare/values'
import type { QueryResult, SqlValue } from '../../types'

/** Positions of the key columns: the named ones that exist, else the first column. */
export function resolveKey(result: QueryResult, keyNames: readonly string[] | undefined): number[] {
  const lower = result.columns.map((c) => c.toLowerCase())
  const named = (keyNames ?? []).map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0)
  return named.length > 0 ? named : [0]
}

export interface KeyedRows {
  key: number[]
  /** Rows present on both sides under the same key: [expected, actual]. */
  pairs: Array<[SqlValue[], SqlValue[]]>
  /** Expected rows whose key the answer lacks. */
  missing: SqlValue[][]
  /** Answer rows whose key the reference lacks. */
  extra: SqlValue[][]
}

/**
 * Pairs rows by their natural key. Undefined when the key repeats on either side (then it does
 * not identify a row, and pairing by it would invent differences).
 */
export function pairRowsByKey(expected: QueryResult, actual: QueryResult, key: number[]): KeyedRows | undefined {
  if (expected.columns.length !== actual.columns.length) return undefined
  const index = (rows: SqlValue[][]) => {
    const map = new Map<string, SqlValue[]>()
    for (const row of rows) {
      const k = rowKey(row, key)
      if (map.has(k)) return undefined
      map.set(k, row)
    }
    return map
  }
  const e = index(expected.rows)
  const a = index(actual.rows)
  if (!e || !a) return undefined
  const pairs: Array<[SqlValue[], SqlValue[]]> = []
  const missing: SqlValue[][] = []
  for (const [k, row] of e) {
    const other = a.get(k)
    if (other) pairs.push([row, other])
    else missing.push(row)
  }
  const extra = [...a].filter(([k]) => !e.has(k)).map(([, row]) => row)
  return { key, pairs, missing, extra }
}

/** "video_id 3132" or "activity_date 2024-06-01, platform ios". */
export function describeKey(columns: readonly string[], row: readonly SqlValue[], key: readonly number[]): string {
  return key.map((i) => `${columns[i]} ${formatValue(row[i])}`).join(', ')
}

/** Columns whose values are numbers on both sides (NULLs allowed). */
export function numericColumns(expected: QueryResult, actual: QueryResult): number[] {
  return expected.columns
    .map((_, i) => i)
    .filter((i) => [...expected.rows, ...actual.rows].every((r) => valueKind(r[i]) !== 'text') && expected.rows.some((r) => typeof r[i] === 'number'))
}
