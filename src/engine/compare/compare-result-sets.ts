import type { QueryResult, SqlValue } from '../types'
import { matchRows } from './match-rows'
import { findSmallestDifference } from './smallest-difference'
import type { CompareOptions, Comparison, NameNote, OrderDifference, TypeNote } from './types'
import { rowsEqual, valueKind, valuesEqual } from './values'

/**
 * Compares an answer's result with the expected one, by the contract's grading rules:
 * - columns by position; another name is a note, another number of columns a failure;
 * - rows as a multiset, or, with `orderBy`, in order except among consecutive expected rows
 *   that tie on every `orderBy` column (such a run may come in any order, but must hold the
 *   same rows);
 * - values by {@link valuesEqual} (numbers within 1e-6 absolute or relative, NULL = NULL,
 *   text never equals a number).
 *
 * Besides `equal`, it reports what feedback needs: missing and extra rows, an order-only
 * difference and where it starts, and for same-sized results the smallest difference
 * (which columns differ, in how many rows, first where).
 */
export function compareResultSets(expected: QueryResult, actual: QueryResult, options: CompareOptions = {}): Comparison {
  // With another number of columns, positions no longer line up, so names say nothing.
  const nameNotes = expected.columns.length === actual.columns.length ? findNameNotes(expected.columns, actual.columns) : []
  const base = { nameNotes, typeNotes: [] as TypeNote[], missing: [] as number[], extra: [] as number[], orderOnly: false }

  if (expected.columns.length !== actual.columns.length) {
    return {
      ...base,
      equal: false,
      columnCountMismatch: { expected: expected.columns.length, actual: actual.columns.length },
      missing: expected.rows.map((_, i) => i),
      extra: actual.rows.map((_, i) => i),
    }
  }

  const { missing, extra } = matchRows(expected.rows, actual.rows)
  if (missing.length === 0 && extra.length === 0) {
    const firstOrderDifference = options.orderBy ? findOrderDifference(expected.rows, actual.rows, options.orderBy) : undefined
    if (!firstOrderDifference) return { ...base, equal: true }
    return { ...base, equal: false, orderOnly: true, firstOrderDifference }
  }

  const comparison: Comparison = { ...base, equal: false, missing, extra, typeNotes: findTypeNotes(expected.rows, actual.rows) }
  if (missing.length === extra.length) {
    comparison.smallestDifference = findSmallestDifference(expected.rows, actual.rows, missing, extra, options.orderBy ?? [])
  }
  return comparison
}

/**
 * With the same multiset on both sides, finds the first row out of place. The expected rows
 * are cut into runs that tie on every ORDER BY column; the answer's rows at the same
 * positions must hold the same multiset as each run, in any order, because the statement
 * leaves the order within a tie open.
 */
function findOrderDifference(expected: QueryResult['rows'], actual: QueryResult['rows'], orderBy: readonly number[]): OrderDifference | undefined {
  let start = 0
  while (start < expected.length) {
    let end = start + 1
    while (end < expected.length && orderBy.every((c) => valuesEqual(expected[end - 1][c], expected[end][c]))) end++
    if (end - start === 1) {
      if (!rowsEqual(expected[start], actual[start])) return { position: start }
    } else {
      const run = matchRows(expected.slice(start, end), actual.slice(start, end))
      if (run.extra.length > 0) return { position: start + run.extra[0] }
    }
    start = end
  }
  return undefined
}

/** Positions whose names differ. SQL names are case-insensitive, so `DAU` vs `dau` is no note. */
function findNameNotes(expected: readonly string[], actual: readonly string[]): NameNote[] {
  const notes: NameNote[] = []
  for (let c = 0; c < Math.min(expected.length, actual.length); c++) {
    if (expected[c].trim().toLowerCase() !== actual[c].trim().toLowerCase()) notes.push({ column: c, expected: expected[c], actual: actual[c] })
  }
  return notes
}

/**
 * Columns where the expected result holds only numbers (or only text) and the answer holds
 * the other kind: `'3'` never equals `3`, so the learner needs to be told why.
 */
function findTypeNotes(expected: readonly (readonly SqlValue[])[], actual: readonly (readonly SqlValue[])[]): TypeNote[] {
  const width = expected[0]?.length ?? actual[0]?.length ?? 0
  const notes: TypeNote[] = []
  for (let c = 0; c < width; c++) {
    let numbers = 0
    let texts = 0
    for (const row of expected) {
      const kind = valueKind(row[c])
      if (kind === 'number') numbers++
      else if (kind === 'text') texts++
    }
    if ((numbers > 0) === (texts > 0)) continue // no values, or a mix: nothing to say
    const want = numbers > 0 ? 'number' : 'text'
    let rows = 0
    let example: SqlValue = null
    for (const row of actual) {
      const kind = valueKind(row[c])
      if (kind === 'null' || kind === want) continue
      if (rows++ === 0) example = row[c]
    }
    if (rows > 0) notes.push({ column: c, expected: want, actual: want === 'number' ? 'text' : 'number', rows, example })
  }
  return notes
}
