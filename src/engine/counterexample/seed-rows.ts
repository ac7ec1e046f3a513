/**
 * Cheap guesses that make the search start small: which tables the queries read, and which
 * rows feed the rows that differ. Both are guesses; `findCounterexample` falls back to every
 * row when the guess does not reproduce the difference.
 */
import { valueKey } from '../compare/values'
import type { QueryResult, SqlValue } from '../types'
import type { RowSelection } from './find-counterexample'

/**
 * The names in `tableNames` that occur as a word in any of `queries`, outside comments and
 * string literals (case-insensitive). A table no query names cannot change either result.
 */
export function findTablesUsed(queries: readonly string[], tableNames: readonly string[]): string[] {
  const words = new Set<string>()
  for (const query of queries) {
    const code = query.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^']|'')*'?/g, ' ')
    for (const word of code.match(/[A-Za-z_][A-Za-z0-9_$]*|"[^"]+"|`[^`]+`|\[[^\]]+\]/g) ?? []) {
      words.add(word.replace(/^["`[]|["`\]]$/g, '').toLowerCase())
    }
  }
  return tableNames.filter((name) => words.has(name.toLowerCase()))
}

/** One table as the seed sees it: its columns, its rows, and its key columns (indexed ones). */
export interface SeedTable {
  columns: string[]
  rows: readonly SqlValue[][]
  keyColumns: string[]
}

/**
 * Per table, the rows whose value in some key column appears in one of `differingRows`
 * (output rows that one side has and the other lacks). A table with no such row is kept
 * whole, so the join partners of the matched rows stay available.
 */
export function selectRowsFeeding(tables: Record<string, SeedTable>, differing: QueryResult['rows']): RowSelection {
  const values = new Set<string>()
  for (const row of differing) for (const v of row) if (v !== null) values.add(valueKey(v))
  const selection: RowSelection = {}
  for (const [name, table] of Object.entries(tables)) {
    const keys = table.keyColumns.map((c) => table.columns.indexOf(c)).filter((i) => i >= 0)
    const picked: number[] = []
    table.rows.forEach((row, i) => {
      if (keys.some((k) => row[k] !== null && values.has(keyOfDay(row[k])))) picked.push(i)
    })
    selection[name] = picked.length > 0 ? picked : table.rows.map((_, i) => i)
  }
  return selection
}

/** A timestamp key matches the date it falls on, so `date_partition`-less outputs still seed. */
function keyOfDay(v: SqlValue): string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(v) ? valueKey(v.slice(0, 10)) : valueKey(v)
}

/** Every `every`-th row of each table: a cheap spread-out guess when no key leads anywhere. */
export function sampleRows(tables: Record<string, { rows: readonly unknown[] }>, every: number): RowSelection {
  return Object.fromEntries(Object.entries(tables).map(([name, t]) => [name, t.rows.map((_, i) => i).filter((i) => i % every === 0)]))
}

/**
 * A group key per row for each table that has a non-unique key column whose values appear
 * in the output (e.g. `video_id` for a per-video result): ddmin then drops whole entities
 * first. Tables without such a column get no groups.
 */
export function groupRowsByOutputKey(tables: Record<string, SeedTable>, output: QueryResult['rows']): Record<string, string[]> {
  const values = new Set<string>()
  for (const row of output) for (const v of row) if (v !== null) values.add(valueKey(v))
  const groups: Record<string, string[]> = {}
  for (const [name, table] of Object.entries(tables)) {
    // Most output keys matched first; on a tie the finer grouping (video over creator).
    let best: { column: number; overlap: number; size: number } | undefined
    for (const key of table.keyColumns) {
      const column = table.columns.indexOf(key)
      if (column < 0) continue
      const distinct = new Set(table.rows.map((r) => keyOfDay(r[column])))
      if (distinct.size >= table.rows.length) continue
      let overlap = 0
      for (const d of distinct) if (values.has(d)) overlap++
      const better = !best || overlap > best.overlap || (overlap === best.overlap && distinct.size > best.size)
      if (overlap > 0 && better) best = { column, overlap, size: distinct.size }
    }
    if (best) groups[name] = table.rows.map((r) => keyOfDay(r[best!.column]))
  }
  return groups
}
