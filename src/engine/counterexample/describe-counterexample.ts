import { compareResultSets } from '../compare/compare-result-sets'
import { formatRow, formatValue } from '../compare/values'
import { countOf } from '../sql/datasets'
import type { QueryResult, SqlValue } from '../types'

/**
 * One sentence saying what differs between the reference's and the answer's output on a
 * small example: "On these 2 rows the reference returns (2024-06-03, 1) and your query
 * returns nothing." `orderBy` holds positional column indexes, as for `compareResultSets`.
 */
export function describeCounterexample(expected: QueryResult, actual: QueryResult, inputRows: number, orderBy?: number[]): string {
  const on = inputRows === 1 ? 'On this 1 input row' : `On these ${countOf(inputRows, 'input row')}`
  const c = compareResultSets(expected, actual, { orderBy })
  if (c.equal) return `${on} your query returns the same result as the reference.`
  if (c.columnCountMismatch) {
    const { expected: e, actual: a } = c.columnCountMismatch
    return `${on} your query returns ${countOf(a, 'column')} where the reference returns ${e}.`
  }
  if (c.orderOnly) return `${on} your query returns the right rows in the wrong order: expected ${listRows(expected.rows)}, got ${listRows(actual.rows)}.`
  const near = c.smallestDifference
  if (near?.nearMatch && near.columns.length === 1) {
    const { column, first } = near.columns[0]
    const which = first.context ? ` for ${expected.columns[first.context.column]} ${formatValue(first.context.value)}` : ''
    return `${on} column ${expected.columns[column]} should be ${formatValue(first.expected)}${which}, but your query gives ${formatValue(first.actual)}.`
  }
  const missing = c.missing.map((i) => expected.rows[i])
  const extra = c.extra.map((i) => actual.rows[i])
  if (extra.length === 0) return `${on} the reference returns ${listRows(missing)}, which your query leaves out.`
  if (missing.length === 0) return `${on} your query also returns ${listRows(extra)}, which the reference does not.`
  return `${on} the reference returns ${listRows(missing)}, but your query returns ${listRows(extra)} instead.`
}

/** "(a, 1)", "(a, 1) and (b, 2)", "3 rows starting with (a, 1)". */
function listRows(rows: readonly SqlValue[][]): string {
  if (rows.length === 0) return 'no rows'
  if (rows.length === 1) return formatRow(rows[0])
  if (rows.length === 2) return `${formatRow(rows[0])} and ${formatRow(rows[1])}`
  return `${rows.length} rows starting with ${formatRow(rows[0])}`
}
