import { valuesEqual, formatValue } from '../compare/values'
import type { QueryResult, SqlValue } from '../types'
import { countOf, isHiddenDataset, nameDataset } from './datasets'
import { pairRowsByKey, type KeyedRows } from './patterns/rows-by-key'

/** Rows listed in feedback: enough to see a pattern, few enough to read. */
const ROWS_SHOWN = 3

/** A result difference seen through the natural key: rows that share a key differ column by column. */
export interface KeyedDifference extends KeyedRows {
  /** Pairs that differ, with the differing column positions. */
  changed: Array<{ expected: SqlValue[]; actual: SqlValue[]; columns: number[] }>
}

/**
 * Pairs the two results by their natural key: the named key columns, else the first column, else
 * the first two, whichever identifies every row on both sides. Undefined when none does (then
 * the row-by-row description stays).
 */
export function keyDifference(expected: QueryResult, actual: QueryResult, keyNames?: readonly string[]): KeyedDifference | undefined {
  if (expected.columns.length !== actual.columns.length || expected.rows.length === 0) return undefined
  const lower = expected.columns.map((c) => c.toLowerCase())
  const named = (keyNames ?? []).map((n) => lower.indexOf(n.toLowerCase()))
  const candidates = keyNames && named.every((i) => i >= 0) ? [named] : [[0], [0, 1]].filter((k) => k.every((i) => i < expected.columns.length - 1))
  for (const key of candidates) {
    const paired = pairRowsByKey(expected, actual, key)
    if (!paired) continue
    const changed = paired.pairs
      .map(([e, a]) => ({ expected: e, actual: a, columns: e.map((_, i) => i).filter((i) => !valuesEqual(e[i], a[i])) }))
      .filter((p) => p.columns.length > 0)
    // A key that matches nothing explains nothing: fall back to rows.
    if (paired.pairs.length === 0) return undefined
    return { ...paired, changed }
  }
  return undefined
}

/** "on 2024-06-01" or "on video_id 3132": the key a learner recognises. */
function onKey(columns: readonly string[], row: readonly SqlValue[], key: readonly number[]): string {
  if (key.length === 1 && typeof row[key[0]] === 'string' && /^\d{4}-\d{2}(-\d{2})?/.test(row[key[0]] as string)) return `on ${row[key[0]]}`
  return `for ${key.map((i) => `${columns[i]} ${formatValue(row[i])}`).join(', ')}`
}

/** The other columns of a row, named: "dau 611, mau 1015". */
function restOf(columns: readonly string[], row: readonly SqlValue[], key: readonly number[]): string {
  return columns.map((c, i) => (key.includes(i) ? '' : `${c} ${formatValue(row[i])}`)).filter(Boolean).join(', ')
}

/**
 * Feedback for a keyed difference, the same form on every dataset: the rows that differ by
 * value (per column, with expected and actual), then keys that are missing or extra. Hidden
 * datasets get the counts and column names only.
 */
export function describeKeyedDifference(d: KeyedDifference, datasetKey: string, expected: QueryResult): string[] {
  const hidden = isHiddenDataset(datasetKey)
  const names = expected.columns
  const keyNames = d.key.map((i) => names[i]).join(', ')
  const parts: string[] = []
  if (d.changed.length > 0) parts.push(`${d.changed.length} of ${countOf(expected.rows.length, 'row')} ${d.changed.length === 1 ? 'differs' : 'differ'} in ${changedColumns(d, expected).join(', ')}`)
  if (d.missing.length > 0) parts.push(`${countOf(d.missing.length, 'row')} ${d.missing.length === 1 ? 'is' : 'are'} missing`)
  if (d.extra.length > 0) parts.push(`${countOf(d.extra.length, 'row')} ${d.extra.length === 1 ? 'is' : 'are'} extra`)
  const actualRows = d.pairs.length + d.extra.length
  const sizes = actualRows === expected.rows.length ? '' : `; your result has ${countOf(actualRows, 'row')}, the expected result ${expected.rows.length}`
  const lines = [`On ${nameDataset(datasetKey)}, ${parts.join(' and ')} (rows matched by ${keyNames}${sizes}).`]
  if (hidden) return lines
  for (const p of d.changed.slice(0, ROWS_SHOWN)) {
    const diffs = p.columns.map((i) => `${names[i]} expected ${formatValue(p.expected[i])}, got ${formatValue(p.actual[i])}`)
    const where = onKey(names, p.expected, d.key)
    lines.push(`${where[0].toUpperCase()}${where.slice(1)}: ${diffs.join('; ')}.`)
  }
  if (d.changed.length > ROWS_SHOWN) lines.push(`… and ${d.changed.length - ROWS_SHOWN} more ${d.changed.length - ROWS_SHOWN === 1 ? 'row differs' : 'rows differ'}.`)
  const list = (rows: SqlValue[][]) =>
    rows.slice(0, ROWS_SHOWN).map((r) => `${onKey(names, r, d.key).replace(/^(on|for) /, '')} (${restOf(names, r, d.key)})`).join('; ') +
    (rows.length > ROWS_SHOWN ? ` and ${rows.length - ROWS_SHOWN} more` : '')
  if (d.missing.length > 0) lines.push(`Missing: ${list(d.missing)}.`)
  if (d.extra.length > 0) lines.push(`Extra: ${list(d.extra)}.`)
  return lines
}

/** "6 of 6 rows differ in mau, dau_mau_ratio; 1 row missing, 1 extra". */
export function summarizeKeyedDifference(d: KeyedDifference, expected: QueryResult): string {
  const parts: string[] = []
  if (d.changed.length > 0) {
    parts.push(`${d.changed.length} of ${countOf(expected.rows.length, 'row')} ${d.changed.length === 1 ? 'differs' : 'differ'} in ${changedColumns(d, expected).join(', ')}`)
  }
  if (d.missing.length > 0) parts.push(`${countOf(d.missing.length, 'row')} missing`)
  if (d.extra.length > 0) parts.push(`${d.missing.length > 0 ? d.extra.length : countOf(d.extra.length, 'row')} extra`)
  return parts.join(', ')
}

function changedColumns(d: KeyedDifference, expected: QueryResult): string[] {
  return [...new Set(d.changed.flatMap((p) => p.columns))].sort((a, b) => a - b).map((i) => expected.columns[i])
}
