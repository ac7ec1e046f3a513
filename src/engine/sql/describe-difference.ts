import type { Comparison, ColumnDifference, NameNote, TypeNote } from '../compare/types'
import { formatRow, formatValue } from '../compare/values'
import type { QueryResult, SqlFailure } from '../types'
import { countOf, isHiddenDataset, nameDataset } from './datasets'
import { describeKeyedDifference, keyDifference, summarizeKeyedDifference } from './describe-keyed-difference'

/** Rows listed per side in feedback: enough to see a pattern, few enough to read. */
const ROWS_SHOWN = 3

export interface DifferenceContext {
  /** Dataset key: `visible`, `hidden-1`, ... */
  key: string
  expected: QueryResult
  actual: QueryResult
  /** Output columns the statement orders by, for "the order is not" sentences. */
  orderByNames?: readonly string[]
  /** Output columns that identify a row; rows sharing a key are compared column by column. */
  keyNames?: readonly string[]
}

/**
 * Feedback sentences for one dataset whose result differs. The visible dataset gets rows and
 * values; a hidden one only words and counts, because the learner cannot see its data.
 */
export function describeDifference(c: Comparison, ctx: DifferenceContext): string[] {
  const on = `On ${nameDataset(ctx.key)}`
  const hidden = isHiddenDataset(ctx.key)
  const names = ctx.expected.columns

  if (c.columnCountMismatch) {
    const { expected, actual } = c.columnCountMismatch
    return [
      `${on}, your result has ${countOf(actual, 'column')}, but the expected result has ${expected}: ${names.join(', ')}. ` +
        'Columns are compared by position, so return exactly these, in this order.',
    ]
  }

  if (c.orderOnly && c.firstOrderDifference) {
    const p = c.firstOrderDifference.position
    const by = ctx.orderByNames && ctx.orderByNames.length > 0 ? `rows ordered by ${ctx.orderByNames.join(', ')}` : 'a fixed row order'
    const where = hidden
      ? `the first row out of place is row ${p + 1}.`
      : `row ${p + 1} is ${formatRow(ctx.actual.rows[p])} where ${formatRow(ctx.expected.rows[p])} is expected.`
    return [`${on}, the rows are right but the order is not: the statement asks for ${by}, and ${where}`]
  }

  // One form on every dataset: rows paired by their natural key, then missing and extra keys.
  const keyed = keyDifference(ctx.expected, ctx.actual, ctx.keyNames)
  if (keyed && keyed.changed.length + keyed.missing.length + keyed.extra.length > 0) {
    return [...describeKeyedDifference(keyed, ctx.key, ctx.expected), ...c.typeNotes.map((note) => describeTypeNote(note, names, hidden))]
  }

  const lines: string[] = []
  const diff = c.smallestDifference
  if (diff && diff.nearMatch && diff.columns.length > 0) {
    diff.columns.forEach((col, i) => lines.push((i === 0 ? `${on}, c` : 'C') + describeColumn(col, ctx, hidden)))
    if (diff.columns.length < names.length) lines.push(diff.columns.length === 1 ? 'The other columns match.' : 'All other columns match.')
  } else {
    lines.push(`${on}, ${describeCounts(c, ctx)}`)
    if (!hidden) {
      if (c.missing.length > 0) lines.push(`Missing: ${listRows(ctx.expected, c.missing)}`)
      if (c.extra.length > 0) lines.push(`Extra: ${listRows(ctx.actual, c.extra)}`)
    }
  }
  for (const note of c.typeNotes) lines.push(describeTypeNote(note, names, hidden))
  return lines
}

/** "3 rows are missing and 2 are extra (your result has 29 rows; the expected result has 30)." */
function describeCounts(c: Comparison, ctx: DifferenceContext): string {
  const m = c.missing.length
  const x = c.extra.length
  const missing = `${countOf(m, 'row')} ${m === 1 ? 'is' : 'are'} missing`
  const extra = `${countOf(x, 'row')} ${x === 1 ? 'is' : 'are'} extra`
  const what = m > 0 && x > 0 ? `${missing} and ${x} ${x === 1 ? 'is' : 'are'} extra` : m > 0 ? missing : extra
  const sizes =
    ctx.actual.rows.length === ctx.expected.rows.length
      ? `both results have ${countOf(ctx.expected.rows.length, 'row')}`
      : `your result has ${countOf(ctx.actual.rows.length, 'row')}; the expected result has ${ctx.expected.rows.length}`
  return `${what} (${sizes}).`
}

function listRows(result: QueryResult, indexes: readonly number[]): string {
  const shown = indexes.slice(0, ROWS_SHOWN).map((i) => formatRow(result.rows[i]))
  const more = indexes.length > ROWS_SHOWN ? ` and ${indexes.length - ROWS_SHOWN} more` : ''
  return shown.join('; ') + more + '.'
}

/** "olumn dau_mau_ratio differs in 12 of 30 rows, first at row 3 (activity_date 2024-06-03): expected 0.612, got 0.6." */
function describeColumn(col: ColumnDifference, ctx: DifferenceContext, hidden: boolean): string {
  const name = ctx.expected.columns[col.column]
  const head = `olumn ${name} differs in ${col.rows} of ${countOf(ctx.expected.rows.length, 'row')}`
  if (hidden) return `${head}.`
  const { first } = col
  const context = first.context ? ` (${ctx.expected.columns[first.context.column]} ${formatValue(first.context.value)})` : ''
  return `${head}, first at row ${first.actualRow + 1}${context}: expected ${formatValue(first.expected)}, got ${formatValue(first.actual)}.`
}

function describeTypeNote(note: TypeNote, names: readonly string[], hidden: boolean): string {
  const example = hidden ? '' : ` (for example ${formatValue(note.example)})`
  return note.expected === 'number'
    ? `Column ${names[note.column]} holds text where numbers are expected${example}; text never equals a number, so remove the quotes or CAST it to a number.`
    : `Column ${names[note.column]} holds numbers where text is expected${example}; format it as text, as the statement shows.`
}

/** A short phrase for check messages and "it also fails on ..." lists: "3 rows missing, 2 extra". */
export function summarizeDifference(c: Comparison, expected: QueryResult, actual?: QueryResult, keyNames?: readonly string[]): string {
  if (c.columnCountMismatch) return `${countOf(c.columnCountMismatch.actual, 'column')} instead of ${c.columnCountMismatch.expected}`
  if (c.orderOnly && c.firstOrderDifference) return `right rows in the wrong order from row ${c.firstOrderDifference.position + 1}`
  const keyed = actual ? keyDifference(expected, actual, keyNames) : undefined
  if (keyed && keyed.changed.length + keyed.missing.length + keyed.extra.length > 0) return summarizeKeyedDifference(keyed, expected)
  const diff = c.smallestDifference
  if (diff && diff.nearMatch && diff.columns.length > 0) {
    return diff.columns.map((col) => `column ${expected.columns[col.column]} differs in ${col.rows} of ${countOf(expected.rows.length, 'row')}`).join(', ')
  }
  const parts: string[] = []
  if (c.missing.length > 0) parts.push(`${countOf(c.missing.length, 'row')} missing`)
  if (c.extra.length > 0) parts.push(`${c.missing.length > 0 ? c.extra.length : countOf(c.extra.length, 'row')} extra`)
  return parts.join(', ')
}

/**
 * The sentence for an answer that did not run. `where` is "on the visible dataset" or
 * "on every dataset". A syntax error's line and dialect hint come first, since they are the fix.
 */
export function describeFailure(failure: SqlFailure, where: string, expectedRows?: number): string {
  const detail = withFullStop(messageWithoutLine(failure))
  if (failure.kind === 'timeout') {
    // The sandbox's message carries the limit ("more than 5 seconds"); the advice is ours.
    const limit = failure.message.match(/more than [\d.]+ seconds?/)?.[0]
    return (
      `Your query ran past the time limit${limit ? ` (${limit})` : ''} ${where} and was stopped. ` +
      'Look for a join that multiplies rows (a missing join condition), a subquery that rescans a table for every row, or a recursive CTE that never ends.'
    )
  }
  if (failure.kind === 'too-many-rows') {
    const expected = expectedRows === undefined ? '' : ` (the expected result has ${countOf(expectedRows, 'row')})`
    return `Your query returned too many rows ${where}${expected}${detail ? `: ${detail}` : '.'} Check your joins and your GROUP BY.`
  }
  const line = failure.line === undefined ? '' : ` at line ${failure.line}`
  const hint = failure.hint ? ` Hint: ${withFullStop(failure.hint)}` : ''
  return `Your query failed ${where}${line}: ${detail}${hint}`
}

/** A short phrase for check messages: "the query failed at line 3: no such column: x". */
export function summarizeFailure(failure: SqlFailure): string {
  if (failure.kind === 'timeout') return 'stopped at the time limit'
  if (failure.kind === 'too-many-rows') return 'too many rows'
  return `the query failed${failure.line === undefined ? '' : ` at line ${failure.line}`}: ${messageWithoutLine(failure).replace(/\.$/, '')}`
}

/** The sandbox prefixes located errors with "Line 3: "; the sentences here place the line themselves. */
function messageWithoutLine(failure: SqlFailure): string {
  const message = failure.message.trim()
  return failure.line === undefined ? message : message.replace(/^line \d+:\s*/i, '')
}

/** "Note: column 4 is called ratio; the statement asks for dau_mau_ratio (...)." */
export function describeNameNote(note: NameNote): string {
  return (
    `Note: column ${note.column + 1} is called ${note.actual}; the statement asks for ${note.expected} ` +
    `(write AS ${note.expected}). Names do not affect grading.`
  )
}

function withFullStop(text: string): string {
  return text === '' || /[.!?]$/.test(text) ? text : text + '.'
}
