import { NUMBER_TOLERANCE, numbersClose } from '../tolerance'
import type { SqlValue } from '../types'

export { NUMBER_TOLERANCE }

/**
 * True when two SQL values count as equal for grading: NULL equals NULL, numbers are equal
 * within {@link NUMBER_TOLERANCE} (absolute or relative, so `3` equals `3.0` and
 * `0.1 + 0.2` equals `0.3`), text is equal only byte for byte. A number never equals text:
 * `'3'` is not `3`, because the learner's column would sort and join differently.
 */
export function valuesEqual(a: SqlValue, b: SqlValue): boolean {
  if (a === b) return true
  if (typeof a !== 'number' || typeof b !== 'number') return false
  return numbersClose(a, b)
}

/** Rows of the same width whose values are pairwise {@link valuesEqual}. */
export function rowsEqual(a: readonly SqlValue[], b: readonly SqlValue[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (!valuesEqual(a[i], b[i])) return false
  return true
}

/**
 * A hash key for one value. Numbers are rounded to 9 significant digits, so two numbers with
 * the same key differ by at most ~1e-8 relative and are therefore equal under the tolerance.
 * The converse does not hold (0 and 1e-9 get different keys), which is why matching runs a
 * tolerant pass over whatever the keys leave unmatched. Text carries its length, so no text
 * can forge the separator of a row key.
 */
export function valueKey(v: SqlValue): string {
  if (v === null) return 'N'
  if (typeof v === 'number') {
    // Integers are the common case; String() is much cheaper than toPrecision().
    if (Number.isInteger(v) && Math.abs(v) < 1e9) return 'n' + (v === 0 ? 0 : v)
    const rounded = Number(v.toPrecision(9))
    return 'n' + (rounded === 0 ? 0 : rounded)
  }
  return 's' + v.length + ':' + v
}

/** Key of a whole row (or of the given columns of it): equal keys imply equal rows. */
export function rowKey(row: readonly SqlValue[], columns?: readonly number[]): string {
  let key = ''
  if (columns) for (const c of columns) key += valueKey(row[c]) + '|'
  else for (let c = 0; c < row.length; c++) key += valueKey(row[c]) + '|'
  return key
}

/** What kind of values a column holds: used for "text where numbers are expected" notes. */
export function valueKind(v: SqlValue): 'number' | 'text' | 'null' {
  return v === null ? 'null' : typeof v === 'number' ? 'number' : 'text'
}

/** A total order on values (NULL < numbers < text), for deterministic sorting. */
export function compareValues(a: SqlValue, b: SqlValue): number {
  const ka = a === null ? 0 : typeof a === 'number' ? 1 : 2
  const kb = b === null ? 0 : typeof b === 'number' ? 1 : 2
  if (ka !== kb) return ka - kb
  if (a === null || b === null || a === b) return 0
  return a < b ? -1 : 1
}

/** Lexicographic {@link compareValues} over rows. */
export function compareRows(a: readonly SqlValue[], b: readonly SqlValue[]): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i])
    if (c !== 0) return c
  }
  return a.length - b.length
}

const NUMBER_LIKE = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/

/**
 * A value as a learner should read it: NULL, numbers with at most 10 significant digits,
 * text bare, except text that could be mistaken for a number or NULL, which is quoted
 * (`'3'` vs `3` is exactly the difference a learner must see).
 */
export function formatValue(v: SqlValue): string {
  if (v === null) return 'NULL'
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)))
  if (v === '' || NUMBER_LIKE.test(v) || v.toUpperCase() === 'NULL') return `'${v}'`
  return v
}

/** A row compactly: `(2024-06-03, 120, 0.612)`. */
export function formatRow(row: readonly SqlValue[]): string {
  return '(' + row.map(formatValue).join(', ') + ')'
}
